/**
 * A NIC hot-plugged as virtio-net on a free PCIe root port, over a tap that already exists in
 * QEMU's network namespace (netdev_add opens it by name; QEMU may create nothing itself).
 * Unplugging waits for the guest to let go (DEVICE_DELETED) before the netdev goes.
 */
import type { QmpClient } from '../qmp.js';
import { addOverBackend, deleteDevice } from './device.js';

const netdev = (id: string) => `${id}-netdev`;

export async function plugNic(qmp: QmpClient, nic: { id: string; tap: string; mac: string; vhost?: boolean }, port: string): Promise<void> {
  await qmp.execute('netdev_add', { type: 'tap', id: netdev(nic.id), ifname: nic.tap, script: 'no', downscript: 'no', ...(nic.vhost ? { vhost: true } : {}) });
  // romfile: no option ROM, as for the NICs a VM boots with.
  const device = { driver: 'virtio-net-pci', id: nic.id, netdev: netdev(nic.id), mac: nic.mac.toLowerCase(), bus: port, romfile: '' };
  await addOverBackend(qmp, device, () => qmp.execute('netdev_del', { id: netdev(nic.id) }));
}

export async function unplugNic(qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  await deleteDevice(qmp, id, `NIC ${id}`, timeoutMs);
  await qmp.execute('netdev_del', { id: netdev(id) });
}
