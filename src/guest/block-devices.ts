/**
 * The guest's side of a container's block devices (linux.devices of type "b"): the host
 * hot-plugged each as a disk and named its serial in the spec (BLOCK_DEVICES_ANNOTATION);
 * here each is found by that serial (/sys/block/<vd?>/serial), and the guest's major:minor
 * replace the host's in the device list and in the device cgroup rules, so that the runtime
 * makes the right node in the container and lets it through.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BLOCK_DEVICES_ANNOTATION, ROOTFS_DISK_ANNOTATION } from '../agent/annotations.js';
import { failedPrecondition, invalidArgument } from '../errors.js';

type Json = Record<string, unknown>;
interface OciDevice {
  type?: string;
  path?: string;
  major?: number;
  minor?: number;
}
interface DeviceRule {
  allow?: boolean;
  type?: string;
  major?: number;
  minor?: number;
  access?: string;
}

const SERIAL = /^[A-Za-z][A-Za-z0-9_.-]{0,19}$/;
const POLL_MS = 50;

/** The spec with guest device numbers for the host's disks; unchanged without the annotation. */
export async function resolveBlockDevices(spec: Json, timeoutMs: number, sysBlock = '/sys/block'): Promise<Json> {
  const annotations = { ...((spec.annotations as Record<string, string> | undefined) ?? {}) };
  const raw = annotations[BLOCK_DEVICES_ANNOTATION];
  if (raw === undefined) return spec;
  delete annotations[BLOCK_DEVICES_ANNOTATION];
  let map: Record<string, string>;
  try {
    map = JSON.parse(raw) as Record<string, string>;
  } catch {
    throw invalidArgument(`annotation ${BLOCK_DEVICES_ANNOTATION} is not JSON`);
  }
  if (typeof map !== 'object' || map === null || Object.values(map).some((s) => typeof s !== 'string' || !SERIAL.test(s))) {
    throw invalidArgument(`annotation ${BLOCK_DEVICES_ANNOTATION}: want container paths to disk serials`);
  }
  const linux = { ...((spec.linux as Json | undefined) ?? {}) };
  const devices = ((linux.devices as OciDevice[] | undefined) ?? []).map((d) => ({ ...d }));
  let rules = ((linux.resources as { devices?: DeviceRule[] } | undefined)?.devices ?? []).map((r) => ({ ...r }));
  for (const d of devices) {
    const serial = d.type === 'b' && d.path ? map[d.path] : undefined;
    if (!serial) continue;
    const { major, minor } = await findDisk(serial, timeoutMs, sysBlock);
    const guest = { major, minor };
    rules = rules.map((r) => (r.type === 'b' && r.major === d.major && r.minor === d.minor ? { ...r, ...guest } : r));
    Object.assign(d, guest);
  }
  linux.devices = devices;
  if (linux.resources) linux.resources = { ...(linux.resources as Json), devices: rules };
  return { ...spec, linux, annotations };
}

/** The disk with this serial (its name under /dev and its numbers), waiting for the kernel to have probed it. */
export async function findDisk(serial: string, timeoutMs: number, sysBlock = '/sys/block'): Promise<{ name: string; major: number; minor: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const name of await fs.readdir(sysBlock).catch(() => [] as string[])) {
      const s = await fs.readFile(path.join(sysBlock, name, 'serial'), 'utf8').catch(() => '');
      if (s.trim() !== serial) continue;
      const m = /^(\d+):(\d+)$/.exec((await fs.readFile(path.join(sysBlock, name, 'dev'), 'utf8')).trim());
      if (m) return { name, major: Number(m[1]), minor: Number(m[2]) };
    }
    if (Date.now() > deadline) throw failedPrecondition(`no disk with serial ${serial} appeared in the guest within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** What the host asks for a container whose root filesystem is a disk it hot-plugged. */
export interface RootfsDisk {
  serial: string;
  fstype: string;
  options: string[];
}

/** File systems the guest kernel has (ext2 and ext3 through ext4). */
const ROOT_FSTYPES = new Set(['ext4', 'ext3', 'ext2']);
/** Mount options a root filesystem may ask for; anything else (loop included) is dropped. */
const ROOT_OPTIONS = new Set(['ro', 'rw', 'noatime', 'relatime', 'nodiratime', 'nodev', 'nosuid', 'noexec', 'sync', 'dirsync', 'discard', 'nodiscard']);

/** The spec's root disk, and the spec without the annotation; undefined without one. */
export function rootfsDisk(spec: Json): { disk: RootfsDisk; spec: Json } | undefined {
  const annotations = { ...((spec.annotations as Record<string, string> | undefined) ?? {}) };
  const raw = annotations[ROOTFS_DISK_ANNOTATION];
  if (raw === undefined) return undefined;
  delete annotations[ROOTFS_DISK_ANNOTATION];
  let d: Partial<RootfsDisk>;
  try {
    d = JSON.parse(raw) as Partial<RootfsDisk>;
  } catch {
    throw invalidArgument(`annotation ${ROOTFS_DISK_ANNOTATION} is not JSON`);
  }
  if (typeof d.serial !== 'string' || !SERIAL.test(d.serial)) throw invalidArgument(`annotation ${ROOTFS_DISK_ANNOTATION}: bad serial ${JSON.stringify(d.serial)}`);
  if (typeof d.fstype !== 'string' || !ROOT_FSTYPES.has(d.fstype)) throw invalidArgument(`annotation ${ROOTFS_DISK_ANNOTATION}: file system ${JSON.stringify(d.fstype)} is not one the guest has (${[...ROOT_FSTYPES].join(', ')})`);
  const options = (Array.isArray(d.options) ? d.options : []).filter((o): o is string => typeof o === 'string' && ROOT_OPTIONS.has(o));
  return { disk: { serial: d.serial, fstype: d.fstype, options }, spec: { ...spec, annotations } };
}
