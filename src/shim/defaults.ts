/** What a pod's VM is unless its annotations say otherwise, and where the guest image is. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HotplugRoom } from '../hypervisor/hypervisor.js';
import type { VmSize } from '../sandbox/vm-size.js';

export const DEFAULT_VM: VmSize = { memoryMiB: 512, vcpus: 1 };

/** The guest image next to the built code unless HUSK_GUEST_DIR says otherwise. */
export function defaultImageDir(): string {
  return process.env.HUSK_GUEST_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build', 'guest');
}

/**
 * The room for live changes every pod's VM boots with (VmConfig.hotplug), from the
 * environment until husk has a config file: HUSK_VM_HOTPLUG=0 (off, false, no) for none;
 * HUSK_VM_MAX_VCPUS (default: the host's CPUs), HUSK_VM_MAX_MEMORY_MIB (default: the host's
 * memory), HUSK_VM_HOTPLUG_PORTS (free PCIe ports for disks and NICs, default 2). A pod
 * bigger than the maximum boots at its size with no room to grow.
 */
export function hotplugRoomFromEnv(env: NodeJS.ProcessEnv = process.env, host = { cpus: os.cpus().length, memoryMiB: Math.floor(os.totalmem() / 2 ** 20) }): HotplugRoom | undefined {
  if (/^(0|off|false|no)$/i.test(env.HUSK_VM_HOTPLUG ?? '')) return undefined;
  const n = (name: string, fallback: number, min: number, max: number): number => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new Error(`${name}=${JSON.stringify(v)}: want an integer from ${min} to ${max}`);
    return Number(v);
  };
  return { maxVcpus: n('HUSK_VM_MAX_VCPUS', host.cpus, 1, 255), maxMemoryMiB: n('HUSK_VM_MAX_MEMORY_MIB', host.memoryMiB, 128, 1024 * 1024), ports: n('HUSK_VM_HOTPLUG_PORTS', 2, 0, 30) };
}
