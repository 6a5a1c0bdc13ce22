/**
 * VmHotplug for a QEMU VM started with room for it (command-line.ts HotplugRoom): what is
 * asked is checked here (ids, paths, limits, free ports), then done over QMP by the module of
 * its kind (cpus.ts, memory.ts, disks.ts, nics.ts), one change at a time per VM.
 */
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { GrpcCode } from '../../../errors.js';
import { HypervisorError, type HotplugRoom, type HotplugState, type VmDisk, type VmHotplug, type VmNic, type VmSize } from '../../hypervisor.js';
import { HOTPLUG_PORT_PREFIX, MEMORY_BLOCK_MIB, validateNetdev } from '../command-line.js';
import type { QmpClient } from '../qmp.js';
import { presentVcpus, setVcpus } from './cpus.js';
import { plugDisk, unplugDisk } from './disks.js';
import { pluggedMemoryMiB, setPluggedMemory } from './memory.js';
import { plugNic, unplugNic } from './nics.js';

/** QEMU device ids and virtio-blk serials (at most 20 bytes). */
const DEVICE_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,19}$/;

export interface QemuHotplugOptions {
  qmp: QmpClient;
  room: HotplugRoom;
  boot: VmSize;
  log: Logger;
  /** How long the guest may take to let go of a device or vCPU, or to plug or free memory. Default 30 s. */
  timeoutMs?: number;
  /** vhost-net for hot-plugged NICs, as for the boot ones. */
  vhost?: boolean;
  /**
   * How vCPUs come and go. 'acpi': plugged into free slots and unplugged over QMP (KVM).
   * 'guest': every vCPU the room allows is there from boot and the guest brings up only the
   * boot count (command-line.ts), so a resize only moves the count the guest should have
   * online, and the agent onlines or offlines to match. That is TCG's way: with QEMU 7.2 a
   * vCPU hot-added after the translation cache filled aborts QEMU (tcg_region_initial_alloc),
   * and the next device plug after a vCPU unplug crashes it (double free).
   */
  vcpus: 'acpi' | 'guest';
  /** What an earlier owner of this VM had plugged (state()), for a VM taken over running. */
  state?: HotplugState;
}

const fail = (code: GrpcCode, message: string) => new HypervisorError(code, message);

export class QemuHotplug implements VmHotplug {
  readonly room: HotplugRoom;
  private readonly attached = new Map<string, HotplugState['attached'][number]>();
  private turn: Promise<unknown> = Promise.resolve();
  /** The vCPUs the guest should have online, where they are all there from boot. */
  private guestVcpus: number;

  constructor(private readonly o: QemuHotplugOptions) {
    this.room = o.room;
    this.guestVcpus = o.state?.guestVcpus ?? o.boot.vcpus;
    for (const a of o.state?.attached ?? []) this.attached.set(a.kind === 'disk' ? a.disk.id : a.nic.id, a);
  }

  state(): HotplugState {
    return { guestVcpus: this.guestVcpus, attached: [...this.attached.values()].map((a) => ({ ...a })) };
  }

  size(): Promise<VmSize> {
    return this.serial(() => this.current());
  }

  async resize(target: VmSize): Promise<VmSize> {
    const { boot } = this.o;
    if (!Number.isInteger(target.vcpus) || !Number.isInteger(target.memoryMiB)) throw fail(GrpcCode.InvalidArgument, `VM size ${JSON.stringify(target)}: whole vCPUs and MiB`);
    if (target.vcpus > this.room.maxVcpus) throw fail(GrpcCode.OutOfRange, `${target.vcpus} vCPUs: the VM was started with room for at most ${this.room.maxVcpus}`);
    if (target.memoryMiB > this.room.maxMemoryMiB) throw fail(GrpcCode.OutOfRange, `${target.memoryMiB} MiB: the VM was started with room for at most ${this.room.maxMemoryMiB} MiB`);
    if (target.vcpus < boot.vcpus) throw fail(GrpcCode.FailedPrecondition, `${target.vcpus} vCPUs: the VM booted with ${boot.vcpus}, which cannot be taken away`);
    if (target.memoryMiB < boot.memoryMiB) throw fail(GrpcCode.FailedPrecondition, `${target.memoryMiB} MiB: the VM booted with ${boot.memoryMiB} MiB, which cannot be taken away`);
    return this.serial(async () => {
      const timeoutMs = this.timeoutMs;
      const before = await this.current();
      // Memory in whole blocks of what virtio-mem plugs, rounded up: never less than asked.
      const hot = Math.ceil((target.memoryMiB - boot.memoryMiB) / MEMORY_BLOCK_MIB) * MEMORY_BLOCK_MIB;
      const vcpus = target.vcpus === before.vcpus ? before.vcpus : this.o.vcpus === 'guest' ? (this.guestVcpus = target.vcpus) : await setVcpus(this.o.qmp, target.vcpus, timeoutMs);
      const memoryMiB = target.memoryMiB === before.memoryMiB ? before.memoryMiB : boot.memoryMiB + (await setPluggedMemory(this.o.qmp, hot, timeoutMs));
      this.o.log.info({ from: before, to: { vcpus, memoryMiB }, asked: target }, 'VM resized');
      return { vcpus, memoryMiB };
    });
  }

  async addDisk(disk: VmDisk): Promise<void> {
    validateDeviceId(disk.id);
    const device = path.resolve(disk.path);
    const what = disk.image ? 'disk image' : 'device';
    if (device !== disk.path || (!disk.image && !device.startsWith('/dev/'))) throw fail(GrpcCode.InvalidArgument, `disk ${disk.id}: ${JSON.stringify(disk.path)} is not ${disk.image ? 'an absolute path' : 'a device path under /dev'}`);
    const st = await fs.stat(device).catch((err: NodeJS.ErrnoException) => {
      throw fail(err.code === 'ENOENT' ? GrpcCode.NotFound : GrpcCode.InvalidArgument, `disk ${disk.id}: ${device}: ${err.code === 'ENOENT' ? `no such ${what}` : err.message}`);
    });
    if (disk.image ? !st.isFile() : !st.isBlockDevice()) throw fail(GrpcCode.InvalidArgument, `disk ${disk.id}: ${device} is not ${disk.image ? 'a regular file' : 'a block device'}`);
    // A device the host uses (mounted, or held by device-mapper, md, another VM) is never
    // handed to a guest: an exclusive open fails with EBUSY then.
    if (!disk.image) {
      await (await fs.open(device, fsConstants.O_RDONLY | fsConstants.O_EXCL).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EBUSY') throw fail(GrpcCode.FailedPrecondition, `disk ${disk.id}: ${device} is in use on the host (mounted, or held by another driver)`);
        const denied = err.code === 'EPERM' || err.code === 'EACCES';
        throw fail(denied ? GrpcCode.PermissionDenied : GrpcCode.InvalidArgument, `disk ${disk.id}: ${device} cannot be opened on the host: ${err.message}`);
      })).close();
    }
    // The same device or file under another name (/dev/block/7:0 for /dev/loop0) is the same disk.
    const identity = disk.image ? `file ${st.dev}:${st.ino}` : `device ${st.rdev}`;
    await this.serial(async () => {
      this.expectNew(disk.id);
      for (const a of this.attached.values()) {
        if (a.kind === 'disk' && a.identity === identity) throw fail(GrpcCode.AlreadyExists, `${device} is already attached to this VM as disk ${a.disk.id}`);
      }
      const port = this.freePort(`disk ${disk.id}`);
      await plugDisk(this.o.qmp, { id: disk.id, path: device, readOnly: disk.readOnly, image: disk.image ?? false }, port);
      this.attached.set(disk.id, { kind: 'disk', disk: { ...disk, path: device }, identity, port });
      this.o.log.info({ disk: disk.id, path: device, port, readOnly: disk.readOnly }, 'disk hot-plugged');
    });
  }

  removeDisk(id: string): Promise<void> {
    return this.detach('disk', id, unplugDisk);
  }

  async addNic(nic: VmNic): Promise<void> {
    validateDeviceId(nic.id);
    try {
      validateNetdev(nic);
    } catch (err) {
      throw fail(GrpcCode.InvalidArgument, `NIC ${nic.id}: ${(err as Error).message}`);
    }
    await this.serial(async () => {
      this.expectNew(nic.id);
      if ([...this.attached.values()].some((a) => a.kind === 'nic' && a.nic.tap === nic.tap)) throw fail(GrpcCode.AlreadyExists, `tap ${nic.tap} is already attached to this VM`);
      const port = this.freePort(`NIC ${nic.id}`);
      await plugNic(this.o.qmp, { ...nic, vhost: this.o.vhost }, port);
      this.attached.set(nic.id, { kind: 'nic', nic, port });
      this.o.log.info({ nic: nic.id, tap: nic.tap, mac: nic.mac, port }, 'NIC hot-plugged');
    });
  }

  removeNic(id: string): Promise<void> {
    return this.detach('nic', id, unplugNic);
  }

  /** Unplugs a device of that kind this VM has; it stays listed unless the guest lets go. */
  private detach(kind: 'disk' | 'nic', id: string, unplug: (qmp: QmpClient, id: string, timeoutMs: number) => Promise<void>): Promise<void> {
    const name = kind === 'disk' ? 'disk' : 'NIC';
    return this.serial(async () => {
      if (this.attached.get(id)?.kind !== kind) throw fail(GrpcCode.NotFound, `no ${name} ${JSON.stringify(id)} in this VM`);
      await unplug(this.o.qmp, id, this.timeoutMs);
      this.attached.delete(id);
      this.o.log.info({ [kind]: id }, `${name} unplugged`);
    });
  }

  /** How long the guest may take to let go of a device, or to plug or free memory. */
  private get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }

  disks(): VmDisk[] {
    return [...this.attached.values()].flatMap((a) => (a.kind === 'disk' ? [a.disk] : []));
  }

  nics(): VmNic[] {
    return [...this.attached.values()].flatMap((a) => (a.kind === 'nic' ? [a.nic] : []));
  }

  private async current(): Promise<VmSize> {
    const vcpus = this.o.vcpus === 'guest' ? this.guestVcpus : await presentVcpus(this.o.qmp);
    const hot = this.room.maxMemoryMiB > this.o.boot.memoryMiB ? await pluggedMemoryMiB(this.o.qmp) : 0;
    return { vcpus, memoryMiB: this.o.boot.memoryMiB + hot };
  }

  private expectNew(id: string): void {
    if (this.attached.has(id)) throw fail(GrpcCode.AlreadyExists, `this VM already has a device ${JSON.stringify(id)}`);
  }

  private freePort(what: string): string {
    const used = new Set([...this.attached.values()].map((a) => a.port));
    for (let i = 0; i < this.room.ports; i++) if (!used.has(`${HOTPLUG_PORT_PREFIX}${i}`)) return `${HOTPLUG_PORT_PREFIX}${i}`;
    throw fail(GrpcCode.ResourceExhausted, `${what}: all ${this.room.ports} hotplug ports of this VM are taken`);
  }

  /** One change at a time: QMP would take them concurrently, the guest and the port bookkeeping not. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work);
    this.turn = next.catch(() => undefined);
    return next;
  }
}

function validateDeviceId(id: string): void {
  if (typeof id !== 'string' || !DEVICE_ID.test(id)) throw fail(GrpcCode.InvalidArgument, `device id ${JSON.stringify(id)}: want 1-20 of [A-Za-z0-9_.-], a letter first`);
}
