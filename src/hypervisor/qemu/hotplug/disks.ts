/**
 * A host block device (or a disk image file) hot-plugged as a virtio-blk disk on a free PCIe
 * root port: its node (blockdev-add, raw over host_device or file), then the device carrying the id as its serial, which
 * is how the guest finds it (/sys/block/<vd?>/serial). Unplugging waits for the guest to let
 * go (DEVICE_DELETED) before the node goes.
 */
import type { QmpClient } from '../qmp.js';
import { addOverBackend, deleteDevice } from './device.js';

const node = (id: string) => `${id}-node`;

export async function plugDisk(qmp: QmpClient, disk: { id: string; path: string; readOnly: boolean; image: boolean }, port: string): Promise<void> {
  const file = { driver: disk.image ? 'file' : 'host_device', filename: disk.path, 'read-only': disk.readOnly };
  await qmp.execute('blockdev-add', { driver: 'raw', 'node-name': node(disk.id), 'read-only': disk.readOnly, file });
  await addOverBackend(qmp, { driver: 'virtio-blk-pci', id: disk.id, drive: node(disk.id), bus: port, serial: disk.id }, () => qmp.execute('blockdev-del', { 'node-name': node(disk.id) }));
}

export async function unplugDisk(qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  await deleteDevice(qmp, id, `disk ${id}`, timeoutMs);
  await qmp.execute('blockdev-del', { 'node-name': node(id) });
}
