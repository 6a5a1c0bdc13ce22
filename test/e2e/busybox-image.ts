/**
 * Builds a busybox OCI image archive for the end-to-end tests, with no registry and no
 * Docker: the host's static /bin/busybox plus applet links, packed into one gzipped layer,
 * with its config, manifest, index.json and oci-layout, all in an OCI image layout tar that
 * `ctr images import` (containerd 1.6 and 2.x) accepts. The image model and the tar writer
 * are in oci-image.ts, so the same busybox gives the same digests on every run and machine.
 */
import { execa } from 'execa';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertStaticElf, DEFAULT_PATH, dir, file, image, layer, layerTar, symlink, tar, writeOciLayout, type TarEntry, hardlink } from './oci-image.js';

export { tar };

export const BUSYBOX_REF = 'docker.io/library/husk-busybox:latest';
const HOST_BUSYBOX = '/bin/busybox';

/** Applets linked to /bin/busybox in the image (the tests' list plus a few everyday ones). */
export const APPLETS = [
  'sh', 'echo', 'cat', 'ls', 'sleep', 'true', 'false', 'head', 'tail', 'tr', 'wc', 'grep',
  'stty', 'hostname', 'id', 'env', 'ps', 'top', 'uname',
  'cp', 'date', 'dd', 'df', 'expr', 'free', 'kill', 'ln', 'mkdir', 'mount', 'mv', 'nproc',
  'printf', 'pwd', 'rm', 'sed', 'seq', 'test', 'timeout', 'touch', 'umount', 'yes',
];

/** Every applet the host busybox has, at the path its own installer would link it to (`bin/sh`, `usr/sbin/httpd`, …). */
export async function busyboxAppletPaths(busybox = HOST_BUSYBOX): Promise<string[]> {
  const { stdout } = await execa(busybox, ['--list-full']);
  // linuxrc is busybox's init for initramfs use, not a command; bin/busybox is the binary itself
  return stdout.split('\n').map((l) => l.trim()).filter((l) => l && l !== 'linuxrc' && l !== 'bin/busybox');
}

export interface BusyboxRootfs {
  busybox?: string;
  /** Link paths relative to / (`bin/sh`); default: APPLETS, all in bin/. */
  applets?: string[];
  passwd?: string;
  group?: string;
  /**
   * Applets as hard links, as the upstream busybox images have them: masking one path (a
   * spec's maskedPaths) must not mask the busybox binary behind every symlink.
   */
  hardLinks?: boolean;
  /** `busybox` is dynamically linked: the caller adds its libraries. */
  dynamic?: boolean;
}

/** The entries of a busybox root filesystem: the binary, its links and a minimal /etc. */
export async function busyboxEntries(opts: BusyboxRootfs = {}): Promise<TarEntry[]> {
  const busybox = opts.busybox ?? HOST_BUSYBOX;
  const bin = await fs.readFile(busybox);
  if (!opts.dynamic) assertStaticElf(bin, busybox, 'install busybox-static');
  const links = opts.applets ?? APPLETS.map((a) => `bin/${a}`);
  return [
    file('bin/busybox', bin, 0o755),
    // relative targets, so the links also resolve in an unpacked rootfs seen from the host
    ...links.map((l) => (opts.hardLinks ? hardlink(l, 'bin/busybox') : symlink(l, path.posix.relative(path.posix.dirname(l), 'bin/busybox')))),
    dir('dev'),
    dir('etc'),
    file('etc/group', opts.group ?? 'root:x:0:\n'),
    file('etc/passwd', opts.passwd ?? 'root:x:0:0:root:/root:/bin/sh\n'),
    dir('proc'),
    dir('root', 0o700),
    dir('sys'),
    dir('tmp', 0o1777),
  ];
}

/** The image's root filesystem as one uncompressed tar. */
export async function busyboxRootfsTar(busybox = HOST_BUSYBOX): Promise<Buffer> {
  return layerTar(await busyboxEntries({ busybox }));
}

/**
 * Writes `<dir>/husk-busybox.oci.tar` (an OCI image layout tar) and returns its path and the
 * image reference `ctr images import` gives it.
 */
export async function buildBusyboxImage(dir: string): Promise<{ archive: string; ref: string }> {
  const img = image({
    layers: [layer(await busyboxEntries(), 'husk test/e2e/busybox-image.ts: host busybox and applet links')],
    config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
  });
  const archive = path.join(dir, 'husk-busybox.oci.tar');
  await writeOciLayout(archive, [{ ref: BUSYBOX_REF, image: img }]);
  return { archive, ref: BUSYBOX_REF };
}
