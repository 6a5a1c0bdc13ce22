/**
 * Memory given to a running VM and taken back through its one virtio-mem device: the host
 * moves the device's requested size, the guest's driver plugs or unplugs blocks to match and
 * the device's `size` follows. Plugged blocks come online by themselves (the kernel parameter
 * memhp_default_state=online_movable); unplugging takes what the guest can free, which may be
 * less than asked.
 */
import type { QmpClient } from '../qmp.js';
import { VIRTIO_MEM_ID } from '../command-line.js';

const MIB = 1024 * 1024;
const PATH = `/machine/peripheral/${VIRTIO_MEM_ID}`;
const POLL_MS = 100;

/** MiB the device has given the guest now. */
export async function pluggedMemoryMiB(qmp: QmpClient): Promise<number> {
  return Number(await qmp.execute<number>('qom-get', { path: PATH, property: 'size' })) / MIB;
}

/**
 * Asks for `targetMiB` plugged and waits up to `timeoutMs` for the guest to get there;
 * resolves with what is plugged then (less than asked when shrinking, if the guest could not
 * free it all; the request stays, and the guest goes on trying).
 */
export async function setPluggedMemory(qmp: QmpClient, targetMiB: number, timeoutMs: number): Promise<number> {
  await qmp.execute('qom-set', { path: PATH, property: 'requested-size', value: targetMiB * MIB });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await pluggedMemoryMiB(qmp);
    if (now === targetMiB || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
