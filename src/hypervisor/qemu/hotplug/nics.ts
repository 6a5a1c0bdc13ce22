/**
 * A NIC hot-plugged as virtio-net on a free PCIe root port, over a tap that already exists in
 * QEMU's network namespace (netdev_add opens it by name; QEMU may create nothing itself).
 * Unplugging waits for the guest to let go (DEVICE_DELETED) before the netdev goes.
 */
import type { QmpClient } from '../qmp.js';

const netdev = (id: string) => `${id}-netdev`;

export async function plugNic(qmp: QmpClient, nic: { id: string; tap: string; mac: string; vhost?: boolean }, port: string): Promise<void> {
  await qmp.execute('netdev_add', { type: 'tap', id: netdev(nic.id), ifname: nic.tap, script: 'no', downscript: 'no', ...(nic.vhost ? { vhost: true } : {}) });
  try {
    // romfile: no option ROM, as for the NICs a VM boots with.
    await qmp.execute('device_add', { driver: 'virtio-net-pci', id: nic.id, netdev: netdev(nic.id), mac: nic.mac.toLowerCase(), bus: port, romfile: '' });
  } catch (err) {
    await qmp.execute('netdev_del', { id: netdev(nic.id) }).catch(() => undefined);
    throw err;
  }
}

export async function unplugNic(qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  const gone = qmp.nextEvent((e) => e.event === 'DEVICE_DELETED' && e.data.device === id, timeoutMs, `acknowledgement from the guest that NIC ${id} is unplugged`);
  gone.catch(() => undefined);
  await qmp.execute('device_del', { id });
  await gone;
  await qmp.execute('netdev_del', { id: netdev(id) });
}
