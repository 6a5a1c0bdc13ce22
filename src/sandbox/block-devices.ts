/**
 * Host block devices a container's spec names (linux.devices of type "b": CRI Devices, `ctr
 * run --device`). The spec carries the container path and the host's major:minor only; the
 * host device is found by that number (/sys/dev/block/M:m), hot-plugged into the VM as a
 * disk whose serial names it, and the spec tells the agent which container path is which
 * serial (BLOCK_DEVICES_ANNOTATION), so that it can put the guest's numbers in their place.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BLOCK_DEVICES_ANNOTATION, ROOTFS_DISK_ANNOTATION } from '../agent/annotations.js';
import { invalidArgument, notFound } from '../errors.js';
import type { Mount } from './mounts.js';

export interface SpecBlockDevice {
  /** Where the container sees it. */
  containerPath: string;
  major: number;
  minor: number;
  /** The disk's id in the VM, and its serial there. */
  diskId: string;
  /** The host device, found by its number. */
  hostPath: string;
}

interface OciDevice {
  type?: string;
  path?: string;
  major?: number;
  minor?: number;
}

/**
 * Whether the spec's device cgroup lets everything through: a privileged container, to which
 * CRI also lists every device of the host. In a VM it gets the guest's devices; the host's are
 * never handed over wholesale (its own disks among them).
 */
export function allowsAllDevices(spec: Record<string, unknown>): boolean {
  const rules = (spec.linux as { resources?: { devices?: Array<{ allow?: boolean; type?: string; major?: number; minor?: number }> } } | undefined)?.resources?.devices ?? [];
  return rules.some((r) => r.allow === true && (r.type === undefined || r.type === 'a') && (r.major ?? -1) < 0 && (r.minor ?? -1) < 0);
}

/**
 * The block devices of a spec, each resolved to its host device; NotFound for a number the
 * host has no device for. None for a privileged container (allowsAllDevices).
 */
export async function specBlockDevices(spec: Record<string, unknown>, sysDevBlock = '/sys/dev/block'): Promise<SpecBlockDevice[]> {
  if (allowsAllDevices(spec)) return [];
  const devices = ((spec.linux as { devices?: OciDevice[] } | undefined)?.devices ?? []).filter((d) => d.type === 'b');
  const out: SpecBlockDevice[] = [];
  for (const d of devices) {
    const { major, minor } = d;
    if (!d.path || !path.isAbsolute(d.path) || !Number.isInteger(major) || !Number.isInteger(minor) || major! < 0 || minor! < 0) {
      throw invalidArgument(`block device ${JSON.stringify(d)}: want an absolute path and a major and minor number`);
    }
    const uevent = await fs.readFile(path.join(sysDevBlock, `${major}:${minor}`, 'uevent'), 'utf8').catch(() => '');
    const name = /^DEVNAME=(.+)$/m.exec(uevent)?.[1];
    if (!name || name.includes('..')) throw notFound(`block device ${d.path}: the host has no block device ${major}:${minor}`);
    out.push({ containerPath: d.path, major: major!, minor: minor!, diskId: `blk-${major}-${minor}`, hostPath: path.join('/dev', name) });
  }
  return out;
}

/** The spec with the annotation that tells the agent which serial each container path is. */
export function annotateBlockDevices(spec: Record<string, unknown>, devices: SpecBlockDevice[]): Record<string, unknown> {
  if (devices.length === 0) return spec;
  const map = Object.fromEntries(devices.map((d) => [d.containerPath, d.diskId]));
  return { ...spec, annotations: { ...((spec.annotations as Record<string, string> | undefined) ?? {}), [BLOCK_DEVICES_ANNOTATION]: JSON.stringify(map) } };
}

/**
 * A container root filesystem that is a disk: a block-based snapshot (devmapper's thin device,
 * or blockfile's image file mounted with "loop"), hot-plugged and mounted in the guest instead
 * of mounted on the host and shared over 9p.
 */
export interface RootDisk {
  /** The device, or with `image` the file. */
  path: string;
  image: boolean;
  fstype: string;
  /** Mount options, "loop" taken out. */
  options: string[];
}

/** File systems the guest can mount a root disk of (build-guest.sh ships ext4). */
const DISK_FSTYPES = new Set(['ext4', 'ext3', 'ext2']);

/**
 * The root disk a snapshot's mounts describe, or undefined for any other rootfs (overlay,
 * bind, several mounts): exactly one mount of a disk file system whose source is a block
 * device, or a regular file mounted with "loop".
 */
export async function rootDisk(mounts: readonly Mount[]): Promise<RootDisk | undefined> {
  if (mounts.length !== 1) return undefined;
  const [m] = mounts;
  if (!m || !DISK_FSTYPES.has(m.type) || !path.isAbsolute(m.source)) return undefined;
  const st = await fs.stat(m.source).catch(() => undefined);
  const loop = m.options.includes('loop');
  if (!st || !(st.isBlockDevice() || (loop && st.isFile()))) return undefined;
  return { path: m.source, image: st.isFile(), fstype: m.type, options: m.options.filter((o) => o !== 'loop') };
}

/** The annotation telling the agent which disk is the container's root. */
export function annotateRootDisk(spec: Record<string, unknown>, serial: string, disk: RootDisk): Record<string, unknown> {
  const value = JSON.stringify({ serial, fstype: disk.fstype, options: disk.options });
  return { ...spec, annotations: { ...((spec.annotations as Record<string, string> | undefined) ?? {}), [ROOTFS_DISK_ANNOTATION]: value } };
}
