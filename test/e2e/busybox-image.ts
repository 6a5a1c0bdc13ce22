/**
 * Builds a busybox OCI image archive for the end-to-end tests, with no registry and no
 * Docker: the host's static /bin/busybox plus applet links, packed into one gzipped layer,
 * with its config, manifest, index.json and oci-layout, all in an OCI image layout tar that
 * `ctr images import` (containerd 1.6 and 2.x) accepts.
 *
 * The tars are written here byte by byte (ustar, fixed owner and mtime, sorted entries) and
 * gzip output from zlib carries no timestamp, so the same busybox gives the same digests
 * on every run and every machine.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUSYBOX_REF = 'docker.io/library/husk-busybox:latest';
const HOST_BUSYBOX = '/bin/busybox';
const MTIME = 1577836800; // 2020-01-01T00:00:00Z: fixed, so digests do not change between runs
const CREATED = new Date(MTIME * 1000).toISOString();

/** Applets linked to /bin/busybox in the image (the tests' list plus a few everyday ones). */
export const APPLETS = [
  'sh', 'echo', 'cat', 'ls', 'sleep', 'true', 'false', 'head', 'tail', 'tr', 'wc', 'grep',
  'stty', 'hostname', 'id', 'env', 'ps', 'top', 'uname',
  'cp', 'date', 'dd', 'df', 'expr', 'free', 'kill', 'ln', 'mkdir', 'mount', 'mv', 'nproc',
  'printf', 'pwd', 'rm', 'sed', 'seq', 'test', 'timeout', 'touch', 'umount', 'yes',
];

interface TarEntry {
  name: string; // relative, no leading slash; directories without trailing slash
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  data?: Buffer;
  target?: string;
}

function octal(value: number, width: number): string {
  // width includes the terminating NUL
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function tarHeader(e: TarEntry): Buffer {
  const h = Buffer.alloc(512);
  const name = e.type === 'dir' ? `${e.name}/` : e.name;
  if (Buffer.byteLength(name) > 100) throw new Error(`tar name too long: ${name}`);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(e.mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii'); // uid
  h.write(octal(0, 8), 116, 'ascii'); // gid
  h.write(octal(e.type === 'file' ? e.data!.length : 0, 12), 124, 'ascii');
  h.write(octal(MTIME, 12), 136, 'ascii');
  h.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  h.write(e.type === 'file' ? '0' : e.type === 'symlink' ? '2' : '5', 156, 'ascii');
  if (e.target) h.write(e.target, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write('root', 265, 32, 'ascii');
  h.write('root', 297, 32, 'ascii');
  h.write(octal(0, 8), 329, 'ascii'); // devmajor
  h.write(octal(0, 8), 337, 'ascii'); // devminor
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

/** A ustar archive of the entries, in the order given, with the two closing zero blocks. */
export function tar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(tarHeader(e));
    if (e.type === 'file') {
      parts.push(e.data!);
      const pad = (512 - (e.data!.length % 512)) % 512;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

function sha256(data: Buffer | string): string {
  return 'sha256:' + crypto.createHash('sha256').update(data).digest('hex');
}

/** Throws unless the ELF file has no program interpreter (a static binary runs in the image). */
function assertStaticElf(bin: Buffer, file: string): void {
  if (bin.readUInt32BE(0) !== 0x7f454c46 || bin[4] !== 2) throw new Error(`${file} is not a 64-bit ELF file`);
  const phoff = Number(bin.readBigUInt64LE(0x20));
  const phentsize = bin.readUInt16LE(0x36);
  const phnum = bin.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    if (bin.readUInt32LE(phoff + i * phentsize) === 3 /* PT_INTERP */) {
      throw new Error(`${file} is dynamically linked: install busybox-static`);
    }
  }
}

function goArch(): string {
  const map: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  const arch = map[process.arch];
  if (!arch) throw new Error(`no OCI architecture for node's ${process.arch}`);
  return arch;
}

/** The image's root filesystem as one uncompressed tar. */
export async function busyboxRootfsTar(busybox = HOST_BUSYBOX): Promise<Buffer> {
  const bin = await fs.readFile(busybox);
  assertStaticElf(bin, busybox);
  const dir = (name: string, mode = 0o755): TarEntry => ({ name, type: 'dir', mode });
  const file = (name: string, data: string | Buffer, mode = 0o644): TarEntry => ({
    name, type: 'file', mode, data: Buffer.isBuffer(data) ? data : Buffer.from(data),
  });
  const entries: TarEntry[] = [
    dir('bin'),
    file('bin/busybox', bin, 0o755),
    ...[...APPLETS].sort().map((a): TarEntry => ({ name: `bin/${a}`, type: 'symlink', mode: 0o777, target: 'busybox' })),
    dir('dev'),
    dir('etc'),
    file('etc/group', 'root:x:0:\n'),
    file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n'),
    dir('proc'),
    dir('root', 0o700),
    dir('sys'),
    dir('tmp', 0o1777),
  ];
  return tar(entries);
}

interface Blob {
  digest: string;
  size: number;
  data: Buffer;
}

function blob(data: Buffer | string): Blob {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { digest: sha256(buf), size: buf.length, data: buf };
}

/**
 * Writes `<dir>/husk-busybox.oci.tar` (an OCI image layout tar) and returns its path and the
 * image reference `ctr images import` gives it.
 */
export async function buildBusyboxImage(dir: string): Promise<{ archive: string; ref: string }> {
  const rootfs = await busyboxRootfsTar();
  const layer = blob(zlib.gzipSync(rootfs, { level: 9 }));
  const arch = goArch();
  const config = blob(
    JSON.stringify({
      created: CREATED,
      architecture: arch,
      os: 'linux',
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['sh'],
      },
      rootfs: { type: 'layers', diff_ids: [sha256(rootfs)] },
      history: [{ created: CREATED, created_by: 'husk test/e2e/busybox-image.ts: host busybox and applet links' }],
    }),
  );
  const manifest = blob(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size }],
    }),
  );
  // ref.name carries the tag, as the OCI layout spec and `docker save` do; containerd's
  // importer names the image from io.containerd.image.name when it is present.
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifest.digest,
        size: manifest.size,
        platform: { architecture: arch, os: 'linux' },
        annotations: {
          'io.containerd.image.name': BUSYBOX_REF,
          'org.opencontainers.image.ref.name': 'latest',
        },
      },
    ],
  });
  const hex = (b: Blob) => b.digest.slice('sha256:'.length);
  const blobs = [config, layer, manifest].sort((a, b) => a.digest.localeCompare(b.digest));
  const archiveBytes = tar([
    { name: 'blobs', type: 'dir', mode: 0o755 },
    { name: 'blobs/sha256', type: 'dir', mode: 0o755 },
    ...blobs.map((b): TarEntry => ({ name: `blobs/sha256/${hex(b)}`, type: 'file', mode: 0o644, data: b.data })),
    { name: 'index.json', type: 'file', mode: 0o644, data: Buffer.from(index) },
    { name: 'oci-layout', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
  ]);
  await fs.mkdir(dir, { recursive: true });
  const archive = path.join(dir, 'husk-busybox.oci.tar');
  await fs.writeFile(`${archive}.tmp`, archiveBytes);
  await fs.rename(`${archive}.tmp`, archive);
  return { archive, ref: BUSYBOX_REF };
}
