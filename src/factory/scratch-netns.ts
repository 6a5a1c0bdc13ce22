/**
 * A network namespace of the factory's own for the VM that becomes a template, with taps of
 * the names the pod's VM uses: the template's boot never sends a frame into a pod's network,
 * and a template can be made while the pod that asked for it holds its own taps.
 */
import fs from 'node:fs/promises';
import { execa } from 'execa';

const NETNS_DIR = '/var/run/netns';

/** The namespace's path, for VmConfig.netns. */
export function scratchNetnsPath(name: string): string {
  return `${NETNS_DIR}/${name}`;
}

/** Makes namespace `name` with tap devices `taps`, up; any earlier one of that name is replaced. */
export async function makeScratchNetns(name: string, taps: string[]): Promise<string> {
  await removeScratchNetns(name);
  await execa('ip', ['netns', 'add', name]);
  try {
    for (const tap of taps) {
      await execa('ip', ['-n', name, 'tuntap', 'add', 'dev', tap, 'mode', 'tap', 'vnet_hdr']);
      await execa('ip', ['-n', name, 'link', 'set', 'dev', tap, 'up']);
    }
  } catch (err) {
    await removeScratchNetns(name);
    throw err;
  }
  return scratchNetnsPath(name);
}

/** Removes namespace `name` (its taps go with it) if it exists. */
export async function removeScratchNetns(name: string): Promise<void> {
  if (await fs.access(scratchNetnsPath(name)).then(() => true, () => false)) await execa('ip', ['netns', 'del', name], { reject: false });
}
