/**
 * Host block devices a container's spec names (linux.devices of type "b": CRI Devices, `ctr
 * run --device`). The spec carries the container path and the host's major:minor only; the
 * host device is found by that number (/sys/dev/block/M:m), hot-plugged into the VM as a
 * disk whose serial names it, and the spec tells the agent which container path is which
 * serial (BLOCK_DEVICES_ANNOTATION), so that it can put the guest's numbers in their place.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BLOCK_DEVICES_ANNOTATION } from '../api/oci.js';
import { invalidArgument, notFound } from '../errors.js';


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

/** The block devices of a spec, each resolved to its host device; NotFound for a number the host has no device for. */
export async function specBlockDevices(spec: Record<string, unknown>, sysDevBlock = '/sys/dev/block'): Promise<SpecBlockDevice[]> {
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
