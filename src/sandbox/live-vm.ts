/**
 * Live changes to a running sandbox's VM, within the room it booted with: its size (what the
 * pod's containers' limits want, or what UpdateSandbox and husk's Resize ask), disks (husk's
 * AddDevice, the block devices of container specs, block-based root filesystems) and NICs for
 * interfaces that appear in the pod's network namespace later; and what the guest has. One
 * change at a time. The Sandbox makes one once its VM runs and its agent answers.
 */
import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { GuestAgent, GuestInterface, GuestRoute } from '../agent/guest-agent.js';
import { failedPrecondition, GrpcCode, HuskError, invalidArgument, notFound } from '../errors.js';
import { MEMORY_BLOCK_MIB, type VmDisk, type VmHotplug, type VmSize } from '../hypervisor/hypervisor.js';
import type { RootDisk, SpecBlockDevice } from './block-devices.js';
import type { PodNetwork } from './pod-network.js';
import type { PodResources } from './pod-resources.js';
import { vmSize } from './vm-size.js';

export interface LiveVmOptions {
  sandboxId: string;
  /** Absent for a VM started without room: it keeps its size and devices. */
  hotplug: VmHotplug | undefined;
  agent: GuestAgent;
  network: PodNetwork | undefined;
  resources: PodResources;
  /** husk's default size and the pod's annotations, which resizeByAnnotations starts from. */
  defaults: VmSize;
  annotations: Record<string, string>;
  /** Whether the VM still runs: nothing is unplugged from one that does not. */
  running(): boolean;
  log: Logger;
  /** What an earlier owner's LiveVm had (state()), for a sandbox taken over running. */
  state?: LiveVmState;
}

/** Which containers use which disks, and the sizing last asked for. */
export interface LiveVmState {
  sizing: Record<string, string>;
  rootDisks: Record<string, string>;
  blockUsers: Record<string, string[]>;
}

export class LiveVm {
  /** The sizing annotations as the last resizeByAnnotations left them. */
  private sizing: Record<string, string>;
  /** The disk each container's root filesystem came in as, for those that did. */
  private readonly rootDisks = new Map<string, string>();
  /** Which containers use each disk hot-plugged for a spec's block device. */
  private readonly blockUsers = new Map<string, Set<string>>();
  /** Each change starts from what the one before left. */
  private changing: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: LiveVmOptions) {
    this.sizing = { ...(o.state?.sizing ?? o.annotations) };
    for (const [c, d] of Object.entries(o.state?.rootDisks ?? {})) this.rootDisks.set(c, d);
    for (const [d, users] of Object.entries(o.state?.blockUsers ?? {})) this.blockUsers.set(d, new Set(users));
  }

  state(): LiveVmState {
    return {
      sizing: { ...this.sizing },
      rootDisks: Object.fromEntries(this.rootDisks),
      blockUsers: Object.fromEntries([...this.blockUsers].map(([d, users]) => [d, [...users]])),
    };
  }

  /** The VM's size now: boot size plus what was hot-added. */
  async size(): Promise<VmSize> {
    return (await this.o.hotplug?.size()) ?? this.o.resources.wanted();
  }

  /**
   * Resizes the VM to `target` exactly (UpdateSandbox, husk's Resize): OutOfRange past its
   * room, FailedPrecondition below its boot size or what its containers' limits need, or for
   * a VM started without room.
   */
  async resize(target: VmSize): Promise<VmSize> {
    const { room } = this.hotplug();
    if (target.vcpus > room.maxVcpus) throw new HuskError(GrpcCode.OutOfRange, `${target.vcpus} vCPUs: the VM was started with room for at most ${room.maxVcpus}`);
    if (target.memoryMiB > room.maxMemoryMiB) throw new HuskError(GrpcCode.OutOfRange, `${target.memoryMiB} MiB: the VM was started with room for at most ${room.maxMemoryMiB} MiB`);
    const floor = this.o.resources.wanted();
    if (target.memoryMiB < floor.memoryMiB) throw failedPrecondition(`${target.memoryMiB} MiB: this pod needs at least ${floor.memoryMiB} MiB (its boot size and its containers' limits)`);
    if (target.vcpus < floor.vcpus) throw failedPrecondition(`${target.vcpus} vCPUs: this pod needs at least ${floor.vcpus} (its boot size and its containers' limits)`);
    return this.fit(target, 'resize asked for');
  }

  /**
   * Resizes the VM to what its sizing annotations (vm-size.ts) say with `changes` applied to
   * those it has (from its start and earlier changes): UpdateSandbox's way to resize a pod.
   */
  async resizeByAnnotations(changes: Record<string, string>): Promise<VmSize> {
    const sizing = { ...this.sizing, ...changes };
    const size = await this.resize(vmSize(this.o.defaults, sizing));
    this.sizing = sizing;
    return size;
  }

  /**
   * Brings the VM to `wanted` as far as its room goes (resize() refused more already) and
   * brings the guest's online vCPUs along. A VM without room keeps its size; the log says
   * when either stops short.
   */
  fit(wanted: VmSize, why: string): Promise<VmSize> {
    return this.serially(async () => {
      const hp = this.o.hotplug;
      if (!hp) {
        const boot = this.o.resources.wanted();
        if (wanted.memoryMiB > boot.memoryMiB || wanted.vcpus > boot.vcpus) this.o.log.warn({ wanted, why }, 'the VM cannot grow (started without room for live changes); it keeps its size');
        return boot;
      }
      const { maxVcpus, maxMemoryMiB } = hp.room;
      const now = await hp.size();
      const target = { vcpus: Math.min(wanted.vcpus, maxVcpus), memoryMiB: Math.min(wanted.memoryMiB, maxMemoryMiB) };
      if (target.vcpus < wanted.vcpus || target.memoryMiB < wanted.memoryMiB) this.o.log.warn({ wanted, room: hp.room, why }, 'the VM grows only as far as its room');
      // Memory comes in whole blocks, rounded up: within one block above the target is there.
      if (target.vcpus === now.vcpus && target.memoryMiB <= now.memoryMiB && now.memoryMiB - target.memoryMiB < MEMORY_BLOCK_MIB) return now;
      const t0 = performance.now();
      const got = await hp.resize(target);
      if (got.vcpus !== now.vcpus) await this.o.agent.setOnlineCpus(got.vcpus);
      this.o.log.info({ from: now, to: got, asked: wanted, ms: Math.round(performance.now() - t0), why }, 'VM resized');
      return got;
    });
  }

  /** Whether the VM can take disks: a block-based root filesystem goes in as one then, else over the share. */
  canTakeDisks(): boolean {
    return (this.o.hotplug?.room.ports ?? 0) > 0;
  }

  /** A host block device given to the VM (husk's AddDevice); the guest knows it by its id (serial). */
  async addDisk(disk: VmDisk): Promise<void> {
    const hp = this.hotplug();
    await this.serially(() => hp.addDisk(disk));
  }

  async removeDisk(id: string): Promise<void> {
    const hp = this.hotplug();
    const users = this.blockUsers.get(id);
    if (users?.size) throw failedPrecondition(`disk ${id} is in use by container ${[...users].join(', ')}`);
    await this.serially(() => hp.removeDisk(id));
  }

  disks(): VmDisk[] {
    return this.o.hotplug?.disks() ?? [];
  }

  /** Hot-plugs the block devices a container's spec names, each once per VM however many containers use it. */
  async attachBlockDevices(containerId: string, blocks: SpecBlockDevice[]): Promise<void> {
    if (blocks.length === 0) return;
    const hp = this.hotplug();
    for (const b of blocks) {
      await this.serially(async () => {
        if (!hp.disks().some((d) => d.id === b.diskId)) {
          await hp.addDisk({ id: b.diskId, path: b.hostPath, readOnly: false });
          this.o.log.info({ container: containerId, device: b.hostPath, containerPath: b.containerPath, disk: b.diskId }, 'block device hot-plugged for a container');
        }
        const users = this.blockUsers.get(b.diskId) ?? new Set<string>();
        users.add(containerId);
        this.blockUsers.set(b.diskId, users);
      });
    }
  }

  /** Unplugs the block devices no container uses any more; a failure is logged, the device stays listed. */
  async detachBlockDevices(containerId: string): Promise<void> {
    for (const [diskId, users] of this.blockUsers) {
      if (!users.delete(containerId) || users.size > 0) continue;
      this.blockUsers.delete(diskId);
      if (this.o.running()) await this.serially(() => this.o.hotplug!.removeDisk(diskId)).catch((err: unknown) => this.o.log.warn({ err, disk: diskId }, 'cannot unplug a block device no container uses'));
    }
  }

  /** Hot-plugs a container's root disk; its id (and serial) comes from the container's. */
  async attachRootDisk(containerId: string, disk: RootDisk, readOnly: boolean): Promise<string> {
    const hp = this.hotplug();
    const diskId = `root-${crypto.createHash('sha256').update(containerId).digest('hex').slice(0, 12)}`;
    await this.serially(() => hp.addDisk({ id: diskId, path: disk.path, image: disk.image, readOnly: readOnly || disk.options.includes('ro') }));
    this.rootDisks.set(containerId, diskId);
    this.o.log.info({ container: containerId, disk: diskId, path: disk.path, fstype: disk.fstype }, 'container root filesystem hot-plugged as a disk');
    return diskId;
  }

  /** Unplugs a container's root disk (the guest let go of it with the container); a failure is logged. */
  async detachRootDisk(containerId: string): Promise<void> {
    const diskId = this.rootDisks.get(containerId);
    if (!diskId) return;
    this.rootDisks.delete(containerId);
    if (this.o.running()) await this.serially(() => this.o.hotplug!.removeDisk(diskId)).catch((err: unknown) => this.o.log.warn({ err, disk: diskId }, 'cannot unplug a container root disk'));
  }

  /**
   * Gives the VM a NIC for an interface of the pod's network namespace made after the pod
   * started: a tap joined to it, a hot-plugged NIC with its MAC, the guest NIC named and
   * addressed as the interface is, and the guest's routes with the interface's added. On
   * failure nothing of it is left.
   */
  async addInterface(name: string): Promise<GuestInterface> {
    validateInterfaceName(name);
    const hp = this.hotplug();
    const network = this.o.network;
    if (!network) throw failedPrecondition(`sandbox ${this.o.sandboxId} has no network namespace to take an interface from`);
    return this.serially(() => this.plugInterface(name, hp, network));
  }

  private async plugInterface(name: string, hp: VmHotplug, network: PodNetwork): Promise<GuestInterface> {
    const ep = await network.addEndpoint(name);
    let plugged = false;
    try {
      await hp.addNic({ id: nicId(name), tap: ep.tap, mac: ep.iface.hwAddr });
      plugged = true;
      await this.o.agent.updateInterface(ep.iface);
      await this.o.agent.updateRoutes([...network.routes]);
    } catch (err) {
      if (plugged) await hp.removeNic(nicId(name)).catch((e: unknown) => this.o.log.warn({ err: e, interface: name }, 'cannot unplug the NIC of an interface that failed to come up'));
      await network.removeEndpoint(name).catch((e: unknown) => this.o.log.warn({ err: e, interface: name }, 'cannot remove the tap of an interface that failed to come up'));
      throw err;
    }
    this.o.log.info({ interface: name, mac: ep.iface.hwAddr, tap: ep.tap }, 'interface added');
    return ep.iface;
  }

  /** Takes away a NIC addInterface gave (those the VM booted with stay): the guest lets go first. */
  async removeInterface(name: string): Promise<void> {
    validateInterfaceName(name);
    const hp = this.hotplug();
    await this.serially(async () => {
      if (!hp.nics().some((n) => n.id === nicId(name))) throw notFound(`interface ${name} was not added to sandbox ${this.o.sandboxId} (those it started with stay)`);
      await hp.removeNic(nicId(name));
      // The guest dropped the NIC's routes with it; the rest stay as they were.
      await this.o.network!.removeEndpoint(name);
    });
    this.o.log.info({ interface: name }, 'interface removed');
  }

  /** The interfaces of the pod's network namespace the VM has a NIC for. */
  interfaces(): GuestInterface[] {
    return this.o.network?.endpoints.map((e) => e.iface) ?? [];
  }

  /** The guest's links as its kernel has them. */
  guestInterfaces(): Promise<GuestInterface[]> {
    return this.o.agent.listInterfaces();
  }

  guestRoutes(): Promise<GuestRoute[]> {
    return this.o.agent.listRoutes();
  }

  /** Replaces the guest's routing table; answers with what the guest has then. */
  async updateGuestRoutes(routes: GuestRoute[]): Promise<GuestRoute[]> {
    await this.o.agent.updateRoutes(routes);
    return this.o.agent.listRoutes();
  }

  private hotplug(): VmHotplug {
    if (!this.o.hotplug) throw failedPrecondition(`sandbox ${this.o.sandboxId}: its VM was started without room for live changes (HUSK_VM_HOTPLUG)`);
    return this.o.hotplug;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.changing.then(work);
    this.changing = next.catch(() => undefined);
    return next;
  }
}

/** A Linux interface name that can also name a NIC to QEMU (nicId). */
function validateInterfaceName(name: string): void {
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,15}$/.test(name)) throw invalidArgument(`interface name ${JSON.stringify(name)}: want 1-15 of [A-Za-z0-9_.-]`);
}

/** The QEMU id of the NIC added for an interface. */
const nicId = (name: string) => `nic-${name}`;
