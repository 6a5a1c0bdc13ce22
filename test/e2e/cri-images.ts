/**
 * Every image the CRI validation suite (critest v1.36.0) pulls, built on this machine from
 * Debian packages and pushed to a local registry under its original name, so that a
 * containerd whose hosts.toml mirrors registry.k8s.io, gcr.io, k8s.gcr.io and docker.io to
 * that registry (`writeMirrorHosts`) pulls them with no network.
 *
 * In the registry an image lives under its full original name: registry.k8s.io/pause:3.9 is
 * 127.0.0.1:5000/registry.k8s.io/pause:3.9, and the mirror's override_path maps one onto
 * the other. critest compares RepoTags with its own names and pulls by them, which rules out
 * -registry-prefix.
 *
 * What is not the upstream software: busybox is Debian's (dynamic) busybox 1.35 with its
 * libraries and every applet (plus pgrep and ipcs scripts, which it lacks); nginx is Debian's 1.22 with its shared
 * libraries; "httpd" is busybox httpd; nnp is a small C program under images/, pause the guest's (scripts/guest/pause.c).
 * test-image-digest is left out: critest pulls it by an upstream digest no local build has.
 */
import { execa } from 'execa';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { busyboxAppletPaths, busyboxEntries } from './busybox-image.js';
import { E2E_DIR, REPO_DIR } from './containerd.js';
import { DEFAULT_PATH, dir, file, goArch, image, layer, parseRef, symlink, type Image, type Layer, type RunConfig, type TarEntry } from './oci-image.js';
import { RegistryClient } from './registry.js';

const IMAGES_SRC = path.join(E2E_DIR, 'images');
/** The guest's own pause, also the pause image here. */
const PAUSE_SRC = path.join(REPO_DIR, 'scripts', 'guest', 'pause.c');
const HOST_NGINX = '/usr/sbin/nginx';
/**
 * Unpacked by scripts/install.sh. Not busybox-static: its shell runs applets without looking
 * at PATH, so a masked /bin/ls would still run, where upstream's busybox execs it and fails.
 */
const DYNAMIC_BUSYBOX = path.join(E2E_DIR, 'bin', 'busybox-dynamic', 'bin', 'busybox');
const K8S_E2E = 'registry.k8s.io/e2e-test-images';
const CRI_TOOLS = 'gcr.io/k8s-staging-cri-tools';

/** The names critest v1.36.0 uses (pkg/validate/consts.go and friends). */
export const CRITEST_IMAGES = {
  busybox: `${K8S_E2E}/busybox:1.29-2`,
  nginx: `${K8S_E2E}/nginx:1.14-2`,
  httpd: `${K8S_E2E}/httpd:2.4.39-4`,
  nonewprivs: `${K8S_E2E}/nonewprivs:1.3`,
  tagTest: `${CRI_TOOLS}/test-image-tag:test`,
  tagAll: `${CRI_TOOLS}/test-image-tag:all`,
  latest: `${CRI_TOOLS}/test-image-latest:latest`,
  list: [1, 2, 3].map((n) => `${CRI_TOOLS}/test-image-${n}:latest`),
  tags: [1, 2, 3].map((n) => `${CRI_TOOLS}/test-image-tags:${n}`),
  userUid: `${CRI_TOOLS}/test-image-user-uid:latest`,
  userUsername: `${CRI_TOOLS}/test-image-user-username:latest`,
  userUidGroup: `${CRI_TOOLS}/test-image-user-uid-group:latest`,
  userUsernameGroup: `${CRI_TOOLS}/test-image-user-username-group:latest`,
  predefinedGroup: `${CRI_TOOLS}/test-image-predefined-group:latest`,
  hostnetNginx: `${CRI_TOOLS}/hostnet-nginx-${goArch()}:latest`,
  pause: ['registry.k8s.io/pause:3.9', 'k8s.gcr.io/pause:3.9'],
} as const;

/**
 * The pod sandbox ("pause") image for containerd's podsandbox mode: containerd 2.4's default
 * `pinned_images.sandbox`, so it needs no config. It must not be critest's pause:3.9 image:
 * CRI's RemoveImage removes every name of an image id, and critest removes pause:3.9 and
 * counts its tags, so the two differ in their config (and so their id).
 */
export const SANDBOX_IMAGE = 'registry.k8s.io/pause:3.10.2';

/** The registries whose names critest uses, mirrored by writeMirrorHosts. */
export const MIRRORED_REGISTRIES = ['registry.k8s.io', 'gcr.io', 'k8s.gcr.io', 'docker.io'] as const;

export interface CriImage {
  /** The names it is pushed under, as critest spells them. */
  refs: string[];
  image: Image;
}

// Users and groups of every busybox-based image; www-data is what nginx's workers run as
// and what test-image-user-username names, as in the upstream busybox image.
const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'www-data:x:33:33:www-data:/var/www:/bin/false',
  'nobody:x:65534:65534:nobody:/nonexistent:/bin/false',
];
const GROUP = ['root:x:0:', 'daemon:x:1:', 'www-data:x:33:', 'nogroup:x:65534:'];
const lines = (l: string[]) => l.join('\n') + '\n';

function readSource(name: string): Buffer {
  return fs.readFileSync(path.join(IMAGES_SRC, name));
}

/** A static binary from one C file (under images/ unless absolute) (gcc -static -Os -s). */
async function compileStatic(source: string): Promise<Buffer> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cc-'));
  try {
    const bin = path.join(out, 'a.out');
    await execa('gcc', ['-static', '-Os', '-s', '-o', bin, path.resolve(IMAGES_SRC, source)]).catch((err: Error) => {
      throw new Error(`gcc -static ${source} failed (apt-get install gcc libc6-dev): ${err.message}`);
    });
    return fs.readFileSync(bin);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** The shared objects `ldd` names for a binary, the program interpreter included. */
async function sharedLibraries(binary: string): Promise<string[]> {
  const { stdout } = await execa('ldd', [binary]);
  const libs: string[] = [];
  for (const line of stdout.split('\n')) {
    // "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)"
    const m = /(?:=>\s*)?(\/\S+)\s+\(0x[0-9a-f]+\)/.exec(line);
    if (m) libs.push(m[1]);
  }
  if (!libs.some((l) => l.includes('ld-linux'))) throw new Error(`ldd ${binary}: no program interpreter in:\n${stdout}`);
  return libs;
}

/** A host file at the same path in the image (symlinks followed: Debian's /lib is one). */
function hostFile(p: string, mode: number): TarEntry {
  return file(p.replace(/^\//, ''), fs.readFileSync(p), mode);
}

function nginxConf(port: number): string {
  return `# nginx in the foreground as the container's main process (the Cmd adds "daemon off;")
user www-data;
worker_processes 1;
# critest waits for this file before it compares pids
pid /var/run/nginx.pid;
error_log stderr notice;

events {
  worker_connections 64;
}

http {
  types {
    text/html html;
  }
  default_type application/octet-stream;
  # a file rather than /dev/stdout, which not every runtime's /dev has
  access_log /var/log/nginx/access.log;
  server {
    listen ${port};
    root /usr/share/nginx/html;
    index index.html;
  }
}
`;
}

async function nginxLayer(): Promise<Layer> {
  if (!fs.existsSync(HOST_NGINX)) throw new Error(`${HOST_NGINX} is missing: apt-get install nginx`);
  const libs = await sharedLibraries(HOST_NGINX);
  return layer(
    [
      hostFile(HOST_NGINX, 0o755),
      ...libs.map((l) => hostFile(l, 0o755)),
      // nginx looks up its worker user; files only, so glibc never reaches for an NSS
      // module the image does not have (nss_files itself is built into libc since 2.34)
      file('etc/nsswitch.conf', 'passwd: files\ngroup: files\nhosts: files dns\n'),
      file('usr/share/nginx/html/index.html', '<!DOCTYPE html>\n<title>husk nginx</title>\n<p>nginx is serving.</p>\n'),
      // the temp paths Debian's nginx is built with; nginx makes their last component itself
      dir('var/lib/nginx'),
      dir('var/log/nginx'),
      dir('run'),
      symlink('var/run', '../run'),
    ],
    `husk test/e2e/cri-images.ts: Debian's ${HOST_NGINX} and the libraries ldd lists`,
  );
}

/** Builds every image; the busybox layer is made once and shared, so are nginx's. */
export async function buildCriImages(): Promise<CriImage[]> {
  const comment = (what: string) => `husk test/e2e/cri-images.ts: ${what}`;
  if (!fs.existsSync(DYNAMIC_BUSYBOX)) throw new Error(`${DYNAMIC_BUSYBOX} is missing: run scripts/install.sh`);
  const base = layer(
    [
      ...(await busyboxEntries({
        busybox: DYNAMIC_BUSYBOX,
        dynamic: true,
        applets: await busyboxAppletPaths(DYNAMIC_BUSYBOX),
        passwd: lines(PASSWD),
        group: lines(GROUP),
        hardLinks: true,
      })),
      ...(await sharedLibraries(DYNAMIC_BUSYBOX)).map((l) => hostFile(l, 0o755)),
      file('usr/bin/pgrep', readSource('pgrep'), 0o755),
      file('usr/bin/ipcs', readSource('ipcs'), 0o755),
    ],
    comment("Debian's busybox with its libraries, every applet, pgrep and ipcs scripts"),
  );
  const onBase = (config: RunConfig, ...layers: Layer[]): Image =>
    image({ layers: [base, ...layers], config: { Env: [DEFAULT_PATH], ...config } });
  /** Upstream's image-test: busybox plus an empty file named after the image, so each differs. */
  const marked = (name: string): Image => onBase({ Cmd: ['sh'] }, layer([file(name, '')], comment(`the file /${name}`)));

  const [nginxBin, nnp, pause] = await Promise.all([nginxLayer(), compileStatic('nnp.c'), compileStatic(PAUSE_SRC)]);
  const nginxImage = (port: number) =>
    onBase(
      { ExposedPorts: { [`${port}/tcp`]: {} }, Cmd: ['nginx', '-g', 'daemon off;'] },
      nginxBin,
      layer([file('etc/nginx/nginx.conf', nginxConf(port))], comment(`nginx.conf, port ${port}`)),
    );
  const httpdForeground = `#!/bin/sh
# busybox httpd in the foreground; the first line names it, which critest looks for in the log
echo "httpd: busybox httpd serving /usr/local/apache2/htdocs on port 80"
# busybox httpd has no SIGTERM handler, so as pid 1 it would sit out a stop until SIGKILL
trap 'kill "$pid"; exit 0' TERM INT
httpd -f -v -p 80 -h /usr/local/apache2/htdocs &
pid=$!
wait "$pid"
`;
  const pauseLayer = layer([file('pause', pause, 0o755)], comment('pause from scripts/guest/pause.c'));
  const pauseConfig: RunConfig = { Env: [DEFAULT_PATH], Entrypoint: ['/pause'] };
  const user = (u: string) => onBase({ User: u, Cmd: ['sh'] });
  const I = CRITEST_IMAGES;

  return [
    { refs: [I.busybox], image: onBase({ Cmd: ['sh'] }) },
    { refs: [I.nginx], image: nginxImage(80) },
    { refs: [I.hostnetNginx], image: nginxImage(12003) },
    {
      refs: [I.httpd],
      image: onBase(
        { ExposedPorts: { '80/tcp': {} }, Cmd: ['httpd-foreground'] },
        layer(
          [
            file('usr/local/bin/httpd-foreground', httpdForeground, 0o755),
            file('usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n'),
          ],
          comment('busybox httpd as the httpd image'),
        ),
      ),
    },
    {
      refs: [I.nonewprivs],
      image: onBase(
        { User: '1000', Cmd: ['nnp'] },
        // setuid root: what no_new_privs must withhold
        layer([file('usr/local/bin/nnp', nnp, 0o4755)], comment('setuid-root nnp from test/e2e/images/nnp.c')),
      ),
    },
    { refs: [I.tagTest], image: marked('test') },
    { refs: [I.tagAll], image: marked('all') },
    { refs: [I.latest], image: marked('test-image-latest') },
    ...I.list.map((ref) => ({ refs: [ref], image: marked(parseRef(ref).name.split('/').pop()!) })),
    { refs: [...I.tags], image: marked('same-image') },
    { refs: [I.userUid], image: user('1002') },
    { refs: [I.userUsername], image: user('www-data') },
    { refs: [I.userUidGroup], image: user('1003:1004') },
    { refs: [I.userUsernameGroup], image: user('www-data:1004') },
    {
      refs: [I.predefinedGroup],
      image: onBase(
        { User: '1000', Cmd: ['sh'] },
        layer(
          [
            file('etc/passwd', lines([...PASSWD, 'default-user:x:1000:1000::/home/default-user:/bin/sh'])),
            file('etc/group', lines([...GROUP, 'default-user:x:1000:', 'group-defined-in-image:x:50000:default-user'])),
            dir('home/default-user'),
          ],
          comment('default-user (1000) in group-defined-in-image (50000)'),
        ),
      ),
    },
    { refs: [...I.pause], image: image({ layers: [pauseLayer], config: pauseConfig }) },
    {
      refs: [SANDBOX_IMAGE],
      image: image({ layers: [pauseLayer], config: pauseConfig, comment: comment('the pod sandbox image') }),
    },
  ];
}

/** Where an image is pushed: `registry.k8s.io/pause:3.9` → `127.0.0.1:5000/registry.k8s.io/pause:3.9`. */
export function mirroredRef(ref: string, registryHostPort: string): string {
  return `${registryHostPort}/${ref}`;
}

export interface PushedRef {
  /** critest's name. */
  ref: string;
  /** The name in the local registry. */
  local: string;
  /** The manifest digest. */
  digest: string;
  /** Blobs that were sent over the wire for this name (0 when everything was there or mounted). */
  uploaded: number;
}

/**
 * Builds every image (or takes the given ones) and pushes each under each of its names to the
 * registry at `registryUrl` (`http://127.0.0.1:5000`). Pushing again uploads nothing.
 */
export async function pushCriImages(registryUrl: string, images?: CriImage[]): Promise<PushedRef[]> {
  const client = new RegistryClient(registryUrl);
  const hostPort = new URL(registryUrl).host;
  const pushed: PushedRef[] = [];
  for (const { refs, image: img } of images ?? (await buildCriImages())) {
    for (const ref of refs) {
      const { name, tag } = parseRef(ref);
      const result = await client.pushImage(name, [tag], img);
      const uploaded = Object.values(result.blobs).filter((b) => b === 'uploaded').length;
      pushed.push({ ref, local: mirroredRef(ref, hostPort), digest: result.digest, uploaded });
    }
  }
  return pushed;
}

/**
 * Writes `<dir>/<registry>/hosts.toml` for each of MIRRORED_REGISTRIES, pointing containerd
 * (its CRI `registry.config_path`, or `ctr images pull --hosts-dir`) at the local registry.
 * `server` is the local registry too, so a name the mirror lacks fails instead of going out
 * to the internet. Returns the files written.
 */
export function writeMirrorHosts(dir: string, registryHostPort: string): string[] {
  const local = `http://${registryHostPort}`;
  return MIRRORED_REGISTRIES.map((registry) => {
    const file = path.join(dir, registry, 'hosts.toml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      [
        `# written by test/e2e/cri-images.ts: ${registry} images come from the local registry`,
        `server = ${JSON.stringify(local)}`,
        '',
        // override_path: the path below replaces /v2, so the registry's own name stays in it
        `[host.${JSON.stringify(`${local}/v2/${registry}`)}]`,
        '  capabilities = ["pull", "resolve"]',
        '  override_path = true',
        '',
      ].join('\n'),
    );
    return file;
  });
}
