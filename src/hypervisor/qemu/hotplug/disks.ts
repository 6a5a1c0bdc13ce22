/**
 * A host block device (or a disk image file) hot-plugged as a virtio-blk disk on a free PCIe
 * root port: its node (blockdev-add, raw over host_device or file), then the device carrying the id as its serial, which
 * is how the guest finds it (/sys/block/<vd?>/serial). Unplugging waits for the guest to let
 * go (DEVICE_DELETED) before the node goes.
 */
import type { QmpClient } from '../qmp.js';

const node = (id: string) => `${id}-node`;

export async function plugDisk(qmp: QmpClient, disk: { id: string; path: string; readOnly: boolean; image: boolean }, port: string): Promise<void> {
  const file = { driver: disk.image ? 'file' : 'host_device', filename: disk.path, 'read-only': disk.readOnly };
  await qmp.execute('blockdev-add', { driver: 'raw', 'node-name': node(disk.id), 'read-only': disk.readOnly, file });
  try {
    await qmp.execute('device_add', { driver: 'virtio-blk-pci', id: disk.id, drive: node(disk.id), bus: port, serial: disk.id });
  } catch (err) {
    await qmp.execute('blockdev-del', { 'node-name': node(disk.id) }).catch(() => undefined);
    throw err;
  }
}

export async function unplugDisk(qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  const gone = qmp.nextEvent((e) => e.event === 'DEVICE_DELETED' && e.data.device === id, timeoutMs, `acknowledgement from the guest that disk ${id} is unplugged`);
  gone.catch(() => undefined);
  await qmp.execute('device_del', { id });
  await gone;
  await qmp.execute('blockdev-del', { 'node-name': node(id) });
}
