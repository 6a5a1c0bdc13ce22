/**
 * The two halves every hot-plugged device shares, whatever its backend (a block node, a
 * netdev): plugging the guest-visible device over a backend already added, and unplugging
 * it, which the guest has to grant.
 */
import type { QmpClient } from '../qmp.js';

/** device_add over a backend just added; the backend goes again if the device cannot be added. */
export async function addOverBackend(qmp: QmpClient, device: Record<string, unknown>, removeBackend: () => Promise<unknown>): Promise<void> {
  try {
    await qmp.execute('device_add', device);
  } catch (err) {
    await removeBackend().catch(() => undefined);
    throw err;
  }
}

/**
 * device_del, then waits for the guest to let go (DEVICE_DELETED) up to `timeoutMs`; only
 * then may the backend go. `what` names it in the timeout's error.
 */
export async function deleteDevice(qmp: QmpClient, id: string, what: string, timeoutMs: number): Promise<void> {
  const gone = qmp.nextEvent((e) => e.event === 'DEVICE_DELETED' && e.data.device === id, timeoutMs, `acknowledgement from the guest that ${what} is unplugged`);
  gone.catch(() => undefined);
  await qmp.execute('device_del', { id });
  await gone;
}
