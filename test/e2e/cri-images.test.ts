/**
 * The critest images, offline: built from Debian packages (cri-images.ts), pushed to a private
 * docker-registry (registry.ts) and read back as a puller would. Where the tools are there
 * (root, unshare, chroot, setpriv) the images' programs are also run in a chroot with a network
 * namespace of their own, to show they do what critest asks of them; with containerd 2 built,
 * one image is pulled through the hosts.toml mirror. Skipped, with a message, without
 * /usr/bin/docker-registry.
 */
import { execa } from 'execa';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { alive } from '../unit/hypervisor/helpers.js';
import { missingGeneration, startContainerd } from './containerd.js';
import {
  buildCriImages,
  CRITEST_IMAGES,
  MIRRORED_REGISTRIES,
  pushCriImages,
  SANDBOX_IMAGE,
  writeMirrorHosts,
  type CriImage,
  type PushedRef,
} from './cri-images.js';
import { goArch, MEDIA_TYPE, parseRef, sha256 } from './oci-image.js';
import { missingRegistry, RegistryClient, startRegistry, type Registry } from './registry.js';

const missing = missingRegistry();
if (missing) console.log(`e2e: skipping the CRI image tests: ${missing}`);
const describe_ = missing ? describe.skip : describe;

/** A port on 127.0.0.1 nothing listens on right now, so a registry on 5000 elsewhere does not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface ImageConfigJson {
  architecture: string;
  os: string;
  config: { User?: string; Cmd?: string[]; Entrypoint?: string[]; Env?: string[] };
  rootfs: { diff_ids: string[] };
}

/** name → mode of each entry of a gzipped ustar layer. */
function layerModes(gz: Buffer): Map<string, number> {
  const raw = zlib.gunzipSync(gz);
  const modes = new Map<string, number>();
  for (let off = 0; off + 512 <= raw.length; ) {
    const h = raw.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.toString('utf8', 0, 100).replace(/\0.*$/s, '').replace(/\/$/, '');
    modes.set(name, parseInt(h.toString('ascii', 100, 107), 8));
    const size = parseInt(h.toString('ascii', 124, 135), 8);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return modes;
}

describe_('critest images in a local registry', () => {
  let images: CriImage[];
  let reg: Registry;
  let client: RegistryClient;
  let pushed: PushedRef[];
  let workDir: string;

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cri-images-'));
    images = await buildCriImages();
    reg = await startRegistry({ port: await freePort() });
    client = new RegistryClient(reg.url);
    pushed = await pushCriImages(reg.url, images);
  }, 60_000);

  afterAll(async () => {
    await reg?.stop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  const byRef = (ref: string) => {
    const p = pushed.find((x) => x.ref === ref);
    if (!p) throw new Error(`${ref} was not pushed`);
    return p;
  };
  const configOf = async (ref: string): Promise<{ manifest: { config: { digest: string }; layers: { digest: string }[] }; config: ImageConfigJson }> => {
    const { name } = parseRef(ref);
    const m = await client.getManifest(name, byRef(ref).digest);
    const manifest = JSON.parse(m.body.toString());
    const config = JSON.parse((await client.getBlob(name, manifest.config.digest)).toString());
    return { manifest, config };
  };

  it('pushes every image critest pulls, under its own name, and the sandbox image', async () => {
    const I = CRITEST_IMAGES;
    const expected = [
      I.busybox, I.nginx, I.httpd, I.nonewprivs, I.tagTest, I.tagAll, I.latest, ...I.list, ...I.tags,
      I.userUid, I.userUsername, I.userUidGroup, I.userUsernameGroup, I.predefinedGroup, I.hostnetNginx,
      ...I.pause, SANDBOX_IMAGE,
    ];
    expect(pushed.map((p) => p.ref).sort()).toEqual([...expected].sort());
    for (const p of pushed) expect(p.local).toBe(`${reg.hostPort}/${p.ref}`);
    const repos = await client.catalog();
    expect(repos.sort()).toEqual([...new Set(expected.map((r) => parseRef(r).name))].sort());
  });

  it('serves each manifest by tag with the OCI media type and a config for this platform', async () => {
    for (const p of pushed) {
      const { name, tag } = parseRef(p.ref);
      const m = await client.getManifest(name, tag);
      expect(m.mediaType).toBe(MEDIA_TYPE.manifest);
      expect(m.digest).toBe(p.digest);
      expect(sha256(m.body)).toBe(p.digest);
      const manifest = JSON.parse(m.body.toString());
      const configBytes = await client.getBlob(name, manifest.config.digest);
      expect(sha256(configBytes)).toBe(manifest.config.digest);
      const config = JSON.parse(configBytes.toString()) as ImageConfigJson;
      expect([config.os, config.architecture]).toEqual(['linux', goArch()]);
      expect(config.rootfs.diff_ids).toHaveLength(manifest.layers.length);
      // containerd refuses to start an image with neither
      expect([...(config.config.Entrypoint ?? []), ...(config.config.Cmd ?? [])].length).toBeGreaterThan(0);
      for (const l of manifest.layers) expect(await client.hasBlob(name, l.digest)).toBe(true);
    }
  });

  it('gives each image the user, command and identity critest expects', async () => {
    const I = CRITEST_IMAGES;
    const users: [string, string | undefined][] = [
      [I.userUid, '1002'], [I.userUsername, 'www-data'], [I.userUidGroup, '1003:1004'],
      [I.userUsernameGroup, 'www-data:1004'], [I.predefinedGroup, '1000'], [I.nonewprivs, '1000'], [I.busybox, undefined],
    ];
    for (const [ref, user] of users) expect((await configOf(ref)).config.config.User).toBe(user);
    expect((await configOf(I.nginx)).config.config.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect((await configOf(I.nonewprivs)).config.config.Cmd).toEqual(['nnp']);
    expect((await configOf(SANDBOX_IMAGE)).config.config.Entrypoint).toEqual(['/pause']);

    // the nnp probe is setuid root in its layer
    const nnp = await configOf(I.nonewprivs);
    const top = nnp.manifest.layers[nnp.manifest.layers.length - 1].digest;
    const modes = layerModes(await client.getBlob(parseRef(I.nonewprivs).name, top));
    expect(modes.get('usr/local/bin/nnp')).toBe(0o4755);

    // same image under several names; distinct images where critest counts them
    const digests = (refs: readonly string[]) => new Set(refs.map((r) => byRef(r).digest));
    expect(digests(I.tags).size).toBe(1);
    expect(digests(I.pause).size).toBe(1);
    expect(digests([...I.list, I.tagTest, I.tagAll, I.latest, I.tags[0], I.busybox]).size).toBe(8);
    // an image id is its config digest: the sandbox image must not share pause:3.9's
    const ids = await Promise.all([I.pause[0], SANDBOX_IMAGE].map(async (r) => (await configOf(r)).manifest.config.digest));
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('pushes again without uploading anything, and builds the same digests again', async () => {
    const again = await pushCriImages(reg.url, images);
    expect(again.map((p) => p.uploaded)).toEqual(again.map(() => 0));
    expect(again.map((p) => p.digest)).toEqual(pushed.map((p) => p.digest));
    const rebuilt = await buildCriImages();
    expect(rebuilt.map((i) => i.image.digest)).toEqual(images.map((i) => i.image.digest));
  });

  it('writes hosts.toml mirrors that keep each registry name in the path', () => {
    const hostsDir = path.join(workDir, 'certs.d');
    const files = writeMirrorHosts(hostsDir, reg.hostPort);
    expect(files).toEqual(MIRRORED_REGISTRIES.map((r) => path.join(hostsDir, r, 'hosts.toml')));
    const gcr = fs.readFileSync(path.join(hostsDir, 'gcr.io', 'hosts.toml'), 'utf8');
    expect(gcr).toContain(`server = "http://${reg.hostPort}"`);
    expect(gcr).toContain(`[host."http://${reg.hostPort}/v2/gcr.io"]`);
    expect(gcr).toContain('override_path = true');
  });

  describe('the images run', () => {
    const tools = ['unshare', 'chroot', 'setpriv', 'tar', 'mknod'];
    const runnable = process.getuid?.() === 0 && tools.every((t) => ['/usr/bin', '/usr/sbin', '/bin'].some((d) => fs.existsSync(`${d}/${t}`)));
    if (!runnable) console.log(`e2e: not running the CRI images' programs: needs root and ${tools.join(', ')}`);
    const it_ = runnable ? it : it.skip;

    /** The image's layers unpacked in order into a fresh directory (no whiteouts are used). */
    const unpack = async (ref: string): Promise<string> => {
      const img = images.find((i) => i.refs.includes(ref))!.image;
      const root = fs.mkdtempSync(path.join(workDir, 'rootfs-'));
      fs.chmodSync(root, 0o755); // mkdtemp's 0700 would keep non-root users out of /
      for (const l of img.layers) await execa('tar', ['-xzpf', '-', '-C', root], { input: l.blob.data });
      // what a runtime's /dev always has; sh opens it for background jobs' stdin
      await execa('mknod', ['-m', '666', path.join(root, 'dev', 'null'), 'c', '1', '3']);
      return root;
    };
    /** A script run by the image's own sh, in the image's root, in new network, pid and mount namespaces. */
    const inPod = (root: string, script: string) =>
      execa('unshare', ['--net', '--pid', '--fork', `--mount-proc=${root}/proc`, 'chroot', root, '/bin/sh', '-c', script], {
        timeout: 20_000,
        reject: false,
      });

    it_('nginx writes its pid file, is found by pidof and answers 200 on 80 and on 12003 (hostnet)', async () => {
      for (const [ref, port] of [[CRITEST_IMAGES.nginx, 80], [CRITEST_IMAGES.hostnetNginx, 12003]] as const) {
        const root = await unpack(ref);
        const r = await inPod(
          root,
          `ip link set lo up
           nginx -g 'daemon off;' &
           n=0; while [ ! -s /var/run/nginx.pid ]; do n=$((n+1)); [ $n -gt 100 ] && exit 9; sleep 0.1; done
           pid=$(cat /var/run/nginx.pid)
           echo "pid=$pid"; echo "pidof=$(pidof nginx)"; echo "cmdline=$(tr '\\0' ' ' < /proc/$pid/cmdline)"
           wget -qO /dev/null http://127.0.0.1:${port}/ && echo http=200
           kill $pid; wait`,
        );
        expect(r.exitCode).toBe(0);
        const pid = /pid=(\d+)/.exec(r.stdout)?.[1];
        expect(pid).toBeDefined();
        expect(/pidof=(.*)/.exec(r.stdout)?.[1].split(' ')).toContain(pid);
        expect(r.stdout).toContain('cmdline=nginx: master process nginx -g daemon off;');
        expect(r.stdout).toContain('http=200');
      }
    });

    it_('httpd logs "httpd", answers 200 on 80 and stops on SIGTERM', async () => {
      const root = await unpack(CRITEST_IMAGES.httpd);
      const r = await inPod(
        root,
        `ip link set lo up
         httpd-foreground &
         n=0; until wget -qO /dev/null http://127.0.0.1:80/; do n=$((n+1)); [ $n -gt 100 ] && exit 9; sleep 0.1; done
         echo http=200
         kill -TERM $!; wait $!; echo "stopped=$?"`,
      );
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('httpd: busybox httpd');
      expect(r.stdout).toContain('http=200');
      expect(r.stdout).toContain('stopped=0');
    });

    it_('nnp reports euid 0 from its setuid bit, and its own uid under no_new_privs', async () => {
      const root = await unpack(CRITEST_IMAGES.nonewprivs);
      const plain = await execa('chroot', ['--userspec=1000:1000', root, '/usr/local/bin/nnp']);
      expect(plain.stdout + '\n').toBe('Effective uid: 0\n');
      const nnp = await execa('setpriv', ['--no-new-privs', 'chroot', '--userspec=1000:1000', root, '/usr/local/bin/nnp']);
      expect(nnp.stdout + '\n').toBe('Effective uid: 1000\n');
    });

    it_('busybox has the commands critest runs, pgrep and ipcs included', async () => {
      const root = await unpack(CRITEST_IMAGES.busybox);
      const r = await inPod(
        root,
        `for c in sh echo sleep top ls cat grep hostname id ipcs pidof pgrep ping netstat touch mkdir mount chmod brctl; do
           command -v $c >/dev/null || echo "missing $c"
         done
         sleep 30 & s=$!
         echo "pgrep=$(pgrep sleep)"; kill $s
         pgrep no-such-process; echo "none=$?"
         ipcs -m | head -1`,
      );
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toContain('missing');
      expect(r.stdout).toMatch(/pgrep=\d+\n/);
      expect(r.stdout).toContain('none=1');
      expect(r.stdout).toMatch(/shmid/);
    });

    it_('the predefined-group image puts default-user in group-defined-in-image', async () => {
      const root = await unpack(CRITEST_IMAGES.predefinedGroup);
      const r = await execa('chroot', [root, 'id', 'default-user']);
      expect(r.stdout).toBe('uid=1000(default-user) gid=1000(default-user) groups=1000(default-user),50000(group-defined-in-image)');
    });
  });

  const gen2 = missingGeneration('2');
  (gen2 ? it.skip : it)('containerd 2 pulls critest names through the hosts.toml mirror', async () => {
    const hostsDir = path.join(workDir, 'pull-certs.d');
    writeMirrorHosts(hostsDir, reg.hostPort);
    const h = await startContainerd('2');
    try {
      for (const ref of [CRITEST_IMAGES.nonewprivs, CRITEST_IMAGES.pause[1]]) {
        await h.ctrOk(['images', 'pull', '--hosts-dir', hostsDir, ref], { timeoutMs: 60_000 });
        const ls = await h.ctrOk(['images', 'ls']);
        expect(ls).toContain(`${ref} `);
        expect(ls).toContain(byRef(ref).digest);
      }
    } finally {
      await h.stop();
    }
  }, 90_000);

  it('stop() leaves no registry process and no directory; a taken port is an error, not a hang', async () => {
    const other = await startRegistry({ port: await freePort() });
    const { pid, dir } = other;
    expect(pid).toBeDefined();
    await expect(startRegistry({ port: Number(other.hostPort.split(':')[1]), readyTimeoutMs: 5000 })).rejects.toThrow(/already in use/);
    await other.stop();
    expect(alive(pid!)).toBe(false);
    expect(other.pid).toBeUndefined();
    expect(fs.existsSync(dir)).toBe(false);
  });
});
