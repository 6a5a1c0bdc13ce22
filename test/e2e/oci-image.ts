/**
 * A small model of an OCI image for the e2e tests, with no Docker and no registry tools:
 * layers are lists of tar entries, an image is layers plus a config, and what comes out are
 * the blobs (layers, config, manifest) a registry or an OCI image layout holds.
 *
 * Everything is deterministic, so an image has the same digest on every run and machine
 * that has the same input files: the ustar bytes are written here (owner root, fixed mtime,
 * entries sorted), and zlib's gzip output carries no timestamp.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export const MTIME = 1577836800; // 2020-01-01T00:00:00Z: fixed, so digests do not change between runs
export const CREATED = new Date(MTIME * 1000).toISOString();

export const MEDIA_TYPE = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

export interface TarEntry {
  name: string; // relative, no leading slash; directories without trailing slash
  /** hardlink: `target` is the archive path (no leading slash) of a file earlier in the tar. */
  type: 'file' | 'dir' | 'symlink' | 'hardlink';
  /** Permission bits, setuid/setgid/sticky included (0o4755 for a setuid-root binary). */
  mode: number;
  data?: Buffer;
  target?: string;
}

export const dir = (name: string, mode = 0o755): TarEntry => ({ name, type: 'dir', mode });
export const file = (name: string, data: string | Buffer, mode = 0o644): TarEntry => ({
  name, type: 'file', mode, data: Buffer.isBuffer(data) ? data : Buffer.from(data),
});
export const symlink = (name: string, target: string): TarEntry => ({ name, type: 'symlink', mode: 0o777, target });
export const hardlink = (name: string, target: string): TarEntry => ({ name, type: 'hardlink', mode: 0o755, target });

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
  h.write({ file: '0', hardlink: '1', symlink: '2', dir: '5' }[e.type], 156, 'ascii');
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

export function sha256(data: Buffer | string): string {
  return 'sha256:' + crypto.createHash('sha256').update(data).digest('hex');
}

export interface Blob {
  digest: string;
  size: number;
  data: Buffer;
}

export function blob(data: Buffer | string): Blob {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { digest: sha256(buf), size: buf.length, data: buf };
}

/** Throws unless the ELF file has no program interpreter (a static binary runs in any image). */
export function assertStaticElf(bin: Buffer, file: string, hint = 'link it statically'): void {
  if (bin.readUInt32BE(0) !== 0x7f454c46 || bin[4] !== 2) throw new Error(`${file} is not a 64-bit ELF file`);
  const phoff = Number(bin.readBigUInt64LE(0x20));
  const phentsize = bin.readUInt16LE(0x36);
  const phnum = bin.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    if (bin.readUInt32LE(phoff + i * phentsize) === 3 /* PT_INTERP */) {
      throw new Error(`${file} is dynamically linked: ${hint}`);
    }
  }
}

/** The OCI architecture of this machine, which is what the images' binaries are built for. */
export function goArch(): string {
  const map: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  const arch = map[process.arch];
  if (!arch) throw new Error(`no OCI architecture for node's ${process.arch}`);
  return arch;
}

export interface Layer {
  /** Digest of the uncompressed tar (the config's rootfs.diff_ids). */
  diffId: string;
  /** The gzipped tar, as pushed and stored. */
  blob: Blob;
  /** The image history line for this layer. */
  createdBy: string;
}

/**
 * A layer's uncompressed tar. Entries are sorted by name (hard links after everything else)
 * and missing parent directories are added (0755), so callers list only what matters and the
 * bytes do not depend on their order.
 */
export function layerTar(entries: TarEntry[]): Buffer {
  const byName = new Map<string, TarEntry>();
  for (const e of entries) {
    if (byName.has(e.name)) throw new Error(`layer has ${e.name} twice`);
    byName.set(e.name, e);
  }
  for (const name of [...byName.keys()]) {
    for (let p = path.posix.dirname(name); p !== '.'; p = path.posix.dirname(p)) {
      if (!byName.has(p)) byName.set(p, dir(p));
    }
  }
  const byNameOrder = (a: TarEntry, b: TarEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const all = [...byName.values()];
  // A hard link names a file the extractor must already have written: links go last.
  return tar([...all.filter((e) => e.type !== 'hardlink').sort(byNameOrder), ...all.filter((e) => e.type === 'hardlink').sort(byNameOrder)]);
}

export function layer(entries: TarEntry[], createdBy: string): Layer {
  const raw = layerTar(entries);
  return { diffId: sha256(raw), blob: blob(zlib.gzipSync(raw, { level: 9 })), createdBy };
}

/** The image config's `config` object: the fields the CRI and the tests read. */
export interface RunConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
}

export interface ImageSpec {
  layers: Layer[];
  config: RunConfig;
  /**
   * A history line of the image's own (an empty_layer entry). Two images with the same layers
   * and run config but a different comment get different configs and so different image ids.
   */
  comment?: string;
  os?: string;
  architecture?: string;
}

export interface Image {
  layers: Layer[];
  config: Blob;
  manifest: Blob;
  /** The manifest's digest: what a pull by digest and the registry's Docker-Content-Digest name. */
  digest: string;
  os: string;
  architecture: string;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function image(spec: ImageSpec): Image {
  const os = spec.os ?? 'linux';
  const architecture = spec.architecture ?? goArch();
  // Keys in a fixed order (JSON.stringify keeps insertion order), so the digest is stable.
  const runConfig: RunConfig = {};
  for (const key of ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'WorkingDir', 'Labels'] as const) {
    if (spec.config[key] !== undefined) (runConfig as Record<string, unknown>)[key] = spec.config[key];
  }
  const history: Record<string, unknown>[] = spec.layers.map((l) => ({ created: CREATED, created_by: l.createdBy }));
  if (spec.comment) history.push({ created: CREATED, created_by: spec.comment, empty_layer: true });
  const config = blob(
    JSON.stringify({
      created: CREATED,
      architecture,
      os,
      config: runConfig,
      rootfs: { type: 'layers', diff_ids: spec.layers.map((l) => l.diffId) },
      history,
    }),
  );
  const manifest = blob(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.manifest,
      config: { mediaType: MEDIA_TYPE.config, digest: config.digest, size: config.size },
      layers: spec.layers.map((l) => ({ mediaType: MEDIA_TYPE.layer, digest: l.blob.digest, size: l.blob.size })),
    }),
  );
  return { layers: spec.layers, config, manifest, digest: manifest.digest, os, architecture };
}

/**
 * `registry.k8s.io/pause:3.9` → { name: 'registry.k8s.io/pause', tag: '3.9' }. A reference
 * without a tag gets `latest`, as every image client does; digests are not handled.
 */
export function parseRef(ref: string): { name: string; tag: string } {
  if (ref.includes('@')) throw new Error(`parseRef: digest references are not supported: ${ref}`);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { name: ref, tag: 'latest' };
}

/**
 * Writes an OCI image layout tar holding the images under their references, the form that
 * `ctr images import` (containerd 1.6 and 2.x) loads without a registry.
 */
export async function writeOciLayout(archive: string, images: { ref: string; image: Image }[]): Promise<void> {
  const blobs = new Map<string, Blob>();
  for (const { image: img } of images) {
    for (const b of [img.config, ...img.layers.map((l) => l.blob), img.manifest]) blobs.set(b.digest, b);
  }
  // ref.name carries the tag, as the OCI layout spec and `docker save` do; containerd's
  // importer names the image from io.containerd.image.name when it is present.
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.index,
    manifests: images.map(({ ref, image: img }) => ({
      mediaType: MEDIA_TYPE.manifest,
      digest: img.manifest.digest,
      size: img.manifest.size,
      platform: { architecture: img.architecture, os: img.os },
      annotations: {
        'io.containerd.image.name': ref,
        'org.opencontainers.image.ref.name': parseRef(ref).tag,
      },
    })),
  });
  const hex = (b: Blob) => b.digest.slice('sha256:'.length);
  const sorted = [...blobs.values()].sort((a, b) => a.digest.localeCompare(b.digest));
  const bytes = tar([
    dir('blobs'),
    dir('blobs/sha256'),
    ...sorted.map((b) => file(`blobs/sha256/${hex(b)}`, b.data)),
    file('index.json', index),
    file('oci-layout', JSON.stringify({ imageLayoutVersion: '1.0.0' })),
  ]);
  await fs.mkdir(path.dirname(archive), { recursive: true });
  await fs.writeFile(`${archive}.tmp`, bytes);
  await fs.rename(`${archive}.tmp`, archive);
}
