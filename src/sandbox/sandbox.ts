/**
 * A sandbox (a pod) owns one VM and the containers in it. States: created → running →
 * stopped; delete() then removes what it left on the host. The VM dying at any moment moves
 * it to stopped and reports every process as exited, so nothing waits forever on a dead VM.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { GuestAgent, GuestInterface, GuestRoute } from '../agent/guest-agent.js';
import { alreadyExists, failedPrecondition, GrpcCode, HuskError, invalidArgument, notFound, validateId } from '../errors.js';
import { MEMORY_BLOCK_MIB, type HotplugRoom, type Vm, type VmDisk, type VmExit, type VmFactory, type VmHotplug, type VmSize } from '../hypervisor/hypervisor.js';
import type { Admission, Slot, WorkKind } from '../host/admission-queue.js';
import { Container } from './container.js';
import { connectionLost } from './process.js';
import { baseVmSize, fitRoom, mayUseTemplate, vmSize } from './vm-size.js';
import { limitsOf, PodResources } from './pod-resources.js';
import { annotateBlockDevices, annotateRootDisk, specBlockDevices, type RootDisk, type SpecBlockDevice } from './block-devices.js';
import { liveVmPid, removeSandboxDir } from './leftovers.js';
import { bindMount } from './mounts.js';
import { PodNetwork, validateNetns } from './pod-network.js';
import { containerShare, releaseContainerShare, shareBindMounts, type OciMount } from './shared-mounts.js';
import { childLogger } from '../log.js';

export interface GuestImage {
  kernelPath: string;
  initrdPath: string;
  rootfsImagePath: string;
}

export interface SandboxConfig {
  id: string;
  /** The sandbox keeps its host state in <stateRoot>/<id>: the VM's sockets and the shared directory. */
  stateRoot: string;
  image: GuestImage;
  /** The VM size unless the pod's annotations choose another (see vm-size.ts). */
  memoryMiB: number;
  vcpus: number;
  annotations?: Record<string, string>;
  hostname?: string;
  debug?: boolean;
  /**
   * The pod's network namespace, a path (/var/run/netns/cni-…): its CNI-configured
   * interfaces become the VM's NICs (see pod-network.ts) and QEMU runs in it. Without
   * one the VM has no network.
   */
  netns?: string;
  /**
   * Room for live changes (vCPUs, memory, disks, NICs) the VM boots with, fitted to its
   * size (vm-size.ts fitRoom); without it the VM keeps its boot size and devices.
   */
  hotplug?: HotplugRoom;
}

export interface SandboxDeps {
  vms: VmFactory;
  /** Connects to the agent of `vm` (behind its agentSocketPath), waiting for the guest to come up. */
  connectAgent(vm: Vm, options: { signal: AbortSignal }): Promise<GuestAgent>;
  /** Host-wide turns for guest-heavy work (boots, container steps); without it work runs at once. */
  admission?: Admission;
  log: Logger;
  /** Called for each container the guest kernel OOM-killed in. */
  onOom?(containerId: string): void;
}

export type SandboxState = 'created' | 'running' | 'stopped';

export interface SandboxStatus {
  state: SandboxState;
  pid?: number;
  accel?: string;
  restored: boolean;
  size?: VmSize;
  room?: HotplugRoom;
  containers: Array<{ id: string; state: string }>;
  disks: VmDisk[];
  netns?: string;
  interfaces: GuestInterface[];
}

/** A Linux interface name that can also name a NIC to QEMU (nicId). */
function validateInterfaceName(name: string): void {
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,15}$/.test(name)) throw invalidArgument(`interface name ${JSON.stringify(name)}: want 1-15 of [A-Za-z0-9_.-]`);
}

/** The QEMU id of the NIC added for an interface. */
const nicId = (name: string) => `nic-${name}`;

export interface SandboxExit {
  /** Why the sandbox ended: "stopped" for stop(), else the VM's exit reason. */
  reason: string;
  vm?: VmExit;
  at: Date;
}

/** Where the agent mounts the shared directory, and the tag QEMU exports it under. */
export const GUEST_SHARED_DIR = '/run/husk/shared';
const SHARE_TAG = 'husk-shared';

export class Sandbox {
  state: SandboxState = 'created';
  readonly containers = new Map<string, Container>();
  /** Settles once, when the sandbox stops for whatever reason. */
  readonly monitor: Promise<SandboxExit>;
  private resolveMonitor!: (e: SandboxExit) => void;
  private vm: Vm | undefined;
  private agent: GuestAgent | undefined;
  private network: PodNetwork | undefined;
  /** What the VM should have by its containers' limits; set at start. */
  private resources: PodResources | undefined;
  /** The sizing annotations as the last resizeByAnnotations left them. */
  private sizing: Record<string, string>;
  /** The disk each container's root filesystem came in as, for those that did. */
  private readonly rootDisks = new Map<string, string>();
  /** Which containers use each disk hot-plugged for a spec's block device. */
  private readonly blockUsers = new Map<string, Set<string>>();
  /** Live changes one at a time: each starts from what the one before left. */
  private changing: Promise<unknown> = Promise.resolve();
  /** Why the guest was judged hung, once it was. */
  private hung: string | undefined;
  private readonly stopping = new AbortController();
  private readonly dir: string;
  private readonly log: Logger;

  private constructor(
    readonly config: SandboxConfig,
    private readonly deps: SandboxDeps,
  ) {
    this.dir = path.join(config.stateRoot, config.id);
    this.sizing = { ...config.annotations };
    this.log = childLogger(deps.log, { sandbox: config.id });
    this.monitor = new Promise((r) => (this.resolveMonitor = r));
  }

  static async create(config: SandboxConfig, deps: SandboxDeps): Promise<Sandbox> {
    validateId('sandbox', config.id);
    if (config.netns !== undefined) await validateNetns(config.netns);
    const s = new Sandbox(config, deps);
    await fs.mkdir(config.stateRoot, { recursive: true, mode: 0o700 });
    await fs.mkdir(s.dir, { mode: 0o700 }).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
      // Left by a shim that was killed with nobody to clean up after it: reclaim it, unless
      // its VM still runs.
      if (await liveVmPid(s.dir, config.id)) throw alreadyExists(`sandbox ${config.id} already exists`);
      deps.log.warn({ sandbox: config.id, dir: s.dir }, 'reclaiming the state of a dead sandbox');
      await removeSandboxDir(s.dir);
      await fs.mkdir(s.dir, { mode: 0o700 });
    });
    await fs.mkdir(s.sharedDir, { mode: 0o700 });
    return s;
  }

  get sharedDir(): string {
    return path.join(this.dir, 'shared');
  }

  /** The VM's pid (QEMU), once started. */
  get pid(): number | undefined {
    return this.vm?.pid;
  }

  get consoleLogPath(): string | undefined {
    return this.vm?.consoleLogPath;
  }

  /** Whether the VM was restored from a template (a clone) rather than booted. */
  get restored(): boolean {
    return this.vm?.restored ?? false;
  }

  /**
   * Boots the VM and waits until its agent has set the sandbox up. The boot waits its turn in
   * the host's admission queue first and holds its slot until the guest is set up.
   */
  async start(): Promise<void> {
    if (this.state !== 'created') throw failedPrecondition(`sandbox ${this.config.id} is ${this.state}`);
    const c = this.config;
    const defaults = { memoryMiB: c.memoryMiB, vcpus: c.vcpus };
    const size = { ...vmSize(defaults, c.annotations), fromTemplate: mayUseTemplate(c.annotations) };
    this.resources = new PodResources(baseVmSize(defaults, c.annotations), size);
    if (c.netns) this.network = await PodNetwork.setup(c.netns, this.log);
    const slot = await this.slot('boot', 'boot').catch(async (err: unknown) => {
      await this.network?.teardown();
      throw err;
    });
    try {
      await this.boot(size);
    } finally {
      slot?.release();
    }
    this.log.info({ qemuPid: this.vm!.pid, accel: this.vm!.accel }, 'sandbox running');
  }

  /**
   * Runs a heavy step in the guest (container create, start, exec) in its turn; an urgent one
   * (an exec someone waits for) ahead of other pods' steps still waiting.
   */
  private readonly turn = async <T>(what: string, work: () => Promise<T>, options: { urgent?: boolean } = {}): Promise<T> => {
    const slot = await this.slot('step', what, options.urgent);
    try {
      return await work();
    } finally {
      slot?.release();
    }
  };

  /**
   * A turn in the admission queue, or undefined without one. Stopping the sandbox while it
   * waits ends the wait; a broken queue (no flock, unwritable run directory) is logged and
   * the work goes ahead: a pod never fails because admission does.
   */
  private async slot(kind: WorkKind, what: string, urgent = false): Promise<Slot | undefined> {
    if (!this.deps.admission) return undefined;
    const level = kind === 'boot' ? 'info' : 'debug';
    try {
      const slot = await this.deps.admission.acquire(`${this.config.id} ${what}`, {
        kind,
        urgent,
        signal: this.stopping.signal,
        onQueued: (ahead, slots) => this.log[level]({ ahead, admissionSlots: slots, work: what }, 'waiting for a turn in the admission queue'),
      });
      if (slot.aheadAtArrival > 0) this.log[level]({ waitedMs: slot.waitedMs, ahead: slot.aheadAtArrival, work: what }, 'admitted');
      return slot;
    } catch (err) {
      if (this.stopping.signal.aborted) throw failedPrecondition(`sandbox ${this.config.id} was stopped while waiting to ${what}`);
      this.log.warn({ err, work: what }, 'the admission queue failed; going ahead without a turn');
      return undefined;
    }
  }

  private async boot(size: { memoryMiB: number; vcpus: number; fromTemplate: boolean }): Promise<void> {
    const c = this.config;
    const room = fitRoom(c.hotplug, size);
    const vm = await this.deps.vms
      .create({
        id: c.id,
        stateDir: path.join(this.dir, 'vm'),
        sharedDir: this.sharedDir,
        ...size,
        ...(room ? { hotplug: room } : {}),
        kernelPath: c.image.kernelPath,
        initrdPath: c.image.initrdPath,
        rootfsImagePath: c.image.rootfsImagePath,
        debug: c.debug,
        ...(this.network ? { netns: c.netns, networkDevices: this.network.devices } : {}),
      })
      .catch(async (err: unknown) => {
        await this.network?.teardown();
        throw err;
      });
    this.vm = vm;
    try {
      // A VM handed over running (a factory's cache) brings its NICs on taps of its own.
      if (vm.taps) {
        if (!this.network) throw failedPrecondition(`sandbox ${c.id}: its VM came with NICs and the pod has no network`);
        await this.network.takeTaps(vm.taps);
      }
      const booting = new AbortController();
      // A guest that dies while booting must fail the start now, not at the agent's timeout.
      void vm.monitor.then(() => booting.abort(new Error('the VM died while booting')));
      const stopped = () => booting.abort(new Error('the sandbox was stopped while booting'));
      if (this.stopping.signal.aborted) stopped();
      else this.stopping.signal.addEventListener('abort', stopped, { once: true });
      this.agent = await this.deps.connectAgent(vm, { signal: booting.signal });
      // A clone starts with its template's kernel random state and clock: its own first.
      if (vm.restored) {
        await this.agent.reseedRandom(crypto.randomBytes(64));
        await this.agent.setClock(new Date());
      }
      await this.agent.createSandbox({
        sandboxId: c.id,
        hostname: c.hostname ?? '',
        storages: [{ source: SHARE_TAG, fstype: '9p', options: ['trans=virtio', 'version=9p2000.L', 'msize=262144', 'cache=mmap'], mountPoint: GUEST_SHARED_DIR }],
      });
      await this.network?.configureGuest(this.agent, { restored: vm.restored });
      if (this.stopping.signal.aborted) throw failedPrecondition(`sandbox ${c.id} was stopped while booting`);
    } catch (err) {
      this.log.error({ err, console: vm.consoleLogPath }, 'sandbox start failed');
      this.agent?.close();
      await vm.stop({ force: true });
      await this.network?.teardown();
      this.finish({ reason: 'start failed', vm: vm.exit, at: new Date() });
      throw err;
    }
    this.state = 'running';
    void vm.monitor.then((exit) => this.onVmExit(exit));
    void this.agent.unresponsive?.then((err) => this.onAgentUnresponsive(err));
    void this.watchOom();
  }

  /**
   * Creates a container whose root filesystem is the host directory `rootfs`, exposed to the
   * guest through the shared directory. `spec` is its OCI runtime spec (JSON); root.path is
   * set here.
   */
  async createContainer(id: string, spec: Record<string, unknown>, rootfs: string | RootDisk): Promise<Container> {
    validateId('container', id);
    this.expectRunning();
    if (this.containers.has(id)) throw alreadyExists(`container ${id} already exists`);
    const share = containerShare(this.sharedDir, id);
    if (typeof rootfs === 'string') await bindMount(rootfs, share.rootfs);
    else await fs.mkdir(share.rootfs, { recursive: true, mode: 0o700 });
    const guestRoot = path.posix.join(GUEST_SHARED_DIR, id, 'rootfs');
    const root = { ...((spec.root as object | undefined) ?? {}), path: guestRoot };
    const limits = limitsOf((spec.linux as { resources?: unknown } | undefined)?.resources);
    let blocks: SpecBlockDevice[] = [];
    try {
      // The VM grows first, so the container finds what its limits promise (within the room).
      await this.fitVm(this.resources!.wanted({ id, limits }), { exact: false, why: `container ${id} created` });
      blocks = await specBlockDevices(spec);
      await this.attachBlockDevices(id, blocks);
      const rooted = typeof rootfs === 'string' ? spec : annotateRootDisk(spec, await this.attachRootDisk(id, rootfs, (spec.root as { readonly?: boolean } | undefined)?.readonly === true), rootfs);
      const mounts = await shareBindMounts((spec.mounts as OciMount[] | undefined) ?? [], share.volumes, path.posix.join(GUEST_SHARED_DIR, id, 'mounts'), this.log);
      await this.turn(`create container ${id}`, () => this.agent!.createContainer(id, annotateBlockDevices({ ...rooted, root, mounts }, blocks)));
    } catch (err) {
      await this.detachRootDisk(id);
      await this.detachBlockDevices(id);
      await this.releaseRootfs(id);
      throw err;
    }
    this.resources!.set(id, limits);
    const container = new Container(id, this.agent!, this.log.child({ container: id }), this.turn);
    this.containers.set(id, container);
    return container;
  }

  /**
   * A container's new limits (OCI LinuxResources): the VM grows before its cgroups are
   * raised, and gives back what it can after they are lowered. Past the VM's room the VM
   * grows as far as it can and the cgroups take the limits anyway (as Kata does: a kubelet
   * update must not fail over the VM's ceiling); the log says so.
   */
  async updateContainer(id: string, resources: Record<string, unknown>): Promise<void> {
    const container = this.container(id);
    this.expectRunning();
    const limits = limitsOf(resources);
    const wanted = this.resources!.wanted({ id, limits });
    const why = `container ${id} updated`;
    const now = await this.vm!.hotplug?.size();
    const grows = now !== undefined && (wanted.memoryMiB > now.memoryMiB || wanted.vcpus > now.vcpus);
    if (grows) await this.fitVm(wanted, { exact: false, why });
    await container.update(resources);
    this.resources!.set(id, limits);
    if (!grows) await this.fitVm(wanted, { exact: false, why });
  }

  /** The VM's size now: boot size plus what was hot-added. */
  async size(): Promise<VmSize> {
    this.expectRunning();
    return (await this.vm!.hotplug?.size()) ?? this.resources!.wanted();
  }

  /**
   * Resizes the VM to `target` exactly (UpdateSandbox, husk's own API): OutOfRange past its
   * room, FailedPrecondition below its boot size or what its containers' limits need, or for
   * a VM started without room.
   */
  async resize(target: VmSize): Promise<VmSize> {
    this.expectRunning();
    const room = this.vm!.hotplug?.room;
    if (!room) throw failedPrecondition(`sandbox ${this.config.id}: its VM was started without room for live changes (HUSK_VM_HOTPLUG)`);
    if (target.vcpus > room.maxVcpus) throw new HuskError(GrpcCode.OutOfRange, `${target.vcpus} vCPUs: the VM was started with room for at most ${room.maxVcpus}`);
    if (target.memoryMiB > room.maxMemoryMiB) throw new HuskError(GrpcCode.OutOfRange, `${target.memoryMiB} MiB: the VM was started with room for at most ${room.maxMemoryMiB} MiB`);
    const floor = this.resources!.wanted();
    if (target.memoryMiB < floor.memoryMiB) throw failedPrecondition(`${target.memoryMiB} MiB: this pod needs at least ${floor.memoryMiB} MiB (its boot size and its containers' limits)`);
    if (target.vcpus < floor.vcpus) throw failedPrecondition(`${target.vcpus} vCPUs: this pod needs at least ${floor.vcpus} (its boot size and its containers' limits)`);
    return this.fitVm(target, { exact: true, why: 'resize asked for' });
  }

  /**
   * Resizes the VM to what its sizing annotations (vm-size.ts) say with `changes` applied to
   * those it has (from its start and earlier changes): UpdateSandbox's way to resize a pod.
   */
  async resizeByAnnotations(changes: Record<string, string>): Promise<VmSize> {
    const c = this.config;
    const sizing = { ...this.sizing, ...changes };
    const target = vmSize({ memoryMiB: c.memoryMiB, vcpus: c.vcpus }, sizing);
    const size = await this.resize(target);
    this.sizing = sizing;
    return size;
  }

  /**
   * Brings the VM to `wanted`, one resize at a time, and onlines new vCPUs in the guest:
   * as far as its room goes (resize() refused more already). A VM without room keeps its
   * size, and the log says so.
   */
  private fitVm(wanted: VmSize, o: { exact: boolean; why: string }): Promise<VmSize> {
    const work = async (): Promise<VmSize> => {
      const hp = this.vm?.hotplug;
      if (!hp) {
        const boot = this.resources!.wanted();
        if (wanted.memoryMiB > boot.memoryMiB || wanted.vcpus > boot.vcpus) this.log.warn({ wanted, why: o.why }, 'the VM cannot grow (started without room for live changes); it keeps its size');
        return boot;
      }
      const { maxVcpus, maxMemoryMiB } = hp.room;
      const now = await hp.size();
      const target = { vcpus: Math.min(wanted.vcpus, maxVcpus), memoryMiB: Math.min(wanted.memoryMiB, maxMemoryMiB) };
      if (target.vcpus < wanted.vcpus || target.memoryMiB < wanted.memoryMiB) this.log.warn({ wanted, room: hp.room, why: o.why }, 'the VM grows only as far as its room');
      // Memory comes in whole blocks, rounded up: within one block above the target is there.
      if (target.vcpus === now.vcpus && target.memoryMiB <= now.memoryMiB && now.memoryMiB - target.memoryMiB < MEMORY_BLOCK_MIB) return now;
      const t0 = performance.now();
      const got = await hp.resize(target);
      if (got.vcpus !== now.vcpus) await this.agent!.setOnlineCpus(got.vcpus);
      this.log.info({ from: now, to: got, asked: wanted, ms: Math.round(performance.now() - t0), why: o.why }, 'VM resized');
      return got;
    };
    return this.serially(work);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.changing.then(work);
    this.changing = next.catch(() => undefined);
    return next;
  }

  /**
   * Hot-plugs the host block devices a container's spec names, each once per VM however many
   * containers use it (a VM without room cannot take them: FailedPrecondition).
   */
  private async attachBlockDevices(containerId: string, blocks: SpecBlockDevice[]): Promise<void> {
    if (blocks.length === 0) return;
    const hp = this.liveChanges();
    for (const b of blocks) {
      await this.serially(async () => {
        if (!hp.disks().some((d) => d.id === b.diskId)) {
          await hp.addDisk({ id: b.diskId, path: b.hostPath, readOnly: false });
          this.log.info({ container: containerId, device: b.hostPath, containerPath: b.containerPath, disk: b.diskId }, 'block device hot-plugged for a container');
        }
        const users = this.blockUsers.get(b.diskId) ?? new Set<string>();
        users.add(containerId);
        this.blockUsers.set(b.diskId, users);
      });
    }
  }

  /** Whether the VM can take disks now: a block-based root filesystem goes in as one then, else over the share. */
  canTakeDisks(): boolean {
    return this.state === 'running' && (this.vm?.hotplug?.room.ports ?? 0) > 0;
  }

  /** Hot-plugs a container's root disk; its id (and serial) is derived from the container's. */
  private async attachRootDisk(containerId: string, disk: RootDisk, readOnly: boolean): Promise<string> {
    const hp = this.liveChanges();
    const diskId = `root-${crypto.createHash('sha256').update(containerId).digest('hex').slice(0, 12)}`;
    await this.serially(() => hp.addDisk({ id: diskId, path: disk.path, image: disk.image, readOnly: readOnly || disk.options.includes('ro') }));
    this.rootDisks.set(containerId, diskId);
    this.log.info({ container: containerId, disk: diskId, path: disk.path, fstype: disk.fstype }, 'container root filesystem hot-plugged as a disk');
    return diskId;
  }

  /** Unplugs a container's root disk once the guest has let go of it; a failure is logged. */
  private async detachRootDisk(containerId: string): Promise<void> {
    const diskId = this.rootDisks.get(containerId);
    if (!diskId) return;
    this.rootDisks.delete(containerId);
    if (this.state !== 'running') return;
    await this.serially(() => this.vm!.hotplug!.removeDisk(diskId)).catch((err: unknown) => this.log.warn({ err, disk: diskId }, 'cannot unplug a container root disk'));
  }

  /** Unplugs the block devices no container of the pod uses any more; a failure is logged, the device stays listed. */
  private async detachBlockDevices(containerId: string): Promise<void> {
    for (const [diskId, users] of this.blockUsers) {
      if (!users.delete(containerId) || users.size > 0) continue;
      this.blockUsers.delete(diskId);
      if (this.state !== 'running') continue;
      await this.serially(() => this.vm!.hotplug!.removeDisk(diskId)).catch((err: unknown) => this.log.warn({ err, disk: diskId }, 'cannot unplug a block device no container uses'));
    }
  }

  /** A host block device given to the running VM (husk's AddDevice); the guest knows it by its id (serial). */
  async addDisk(disk: VmDisk): Promise<void> {
    const hp = this.liveChanges();
    await this.serially(() => hp.addDisk(disk));
  }

  async removeDisk(id: string): Promise<void> {
    const hp = this.liveChanges();
    const users = this.blockUsers.get(id);
    if (users?.size) throw failedPrecondition(`disk ${id} is in use by container ${[...users].join(', ')}`);
    await this.serially(() => hp.removeDisk(id));
  }

  disks(): VmDisk[] {
    return this.vm?.hotplug?.disks() ?? [];
  }

  /**
   * Gives the VM a NIC for an interface of the pod's network namespace made after the pod
   * started: a tap joined to it, a hot-plugged NIC with its MAC, the guest NIC named and
   * addressed as the interface is, and the guest's routes with the interface's added. On
   * failure nothing of it is left.
   */
  async addInterface(name: string): Promise<GuestInterface> {
    validateInterfaceName(name);
    const hp = this.liveChanges();
    const network = this.network;
    if (!network) throw failedPrecondition(`sandbox ${this.config.id} has no network namespace to take an interface from`);
    return this.serially(() => this.plugInterface(name, hp, network));
  }

  private async plugInterface(name: string, hp: VmHotplug, network: PodNetwork): Promise<GuestInterface> {
    const ep = await network.addEndpoint(name);
    let plugged = false;
    try {
      await hp.addNic({ id: nicId(name), tap: ep.tap, mac: ep.iface.hwAddr });
      plugged = true;
      await this.agent!.updateInterface(ep.iface);
      await this.agent!.updateRoutes([...network.routes]);
    } catch (err) {
      if (plugged) await hp.removeNic(nicId(name)).catch((e: unknown) => this.log.warn({ err: e, interface: name }, 'cannot unplug the NIC of an interface that failed to come up'));
      await network.removeEndpoint(name).catch((e: unknown) => this.log.warn({ err: e, interface: name }, 'cannot remove the tap of an interface that failed to come up'));
      throw err;
    }
    this.log.info({ interface: name, mac: ep.iface.hwAddr, tap: ep.tap }, 'interface added');
    return ep.iface;
  }

  /** Takes away a NIC addInterface gave (those the VM booted with stay): the guest lets go first. */
  async removeInterface(name: string): Promise<void> {
    validateInterfaceName(name);
    const hp = this.liveChanges();
    await this.serially(async () => {
      if (!hp.nics().some((n) => n.id === nicId(name))) throw notFound(`interface ${name} was not added to sandbox ${this.config.id} (those it started with stay)`);
      await hp.removeNic(nicId(name));
      await this.network!.removeEndpoint(name);
    });
    // The guest dropped the NIC's routes with it; the rest stay as they were.
    this.log.info({ interface: name }, 'interface removed');
  }

  /** The interfaces of the pod's network namespace the VM has a NIC for. */
  interfaces(): GuestInterface[] {
    return this.network?.endpoints.map((e) => e.iface) ?? [];
  }

  guestInterfaces(): Promise<GuestInterface[]> {
    this.expectRunning();
    return this.agent!.listInterfaces();
  }

  guestRoutes(): Promise<GuestRoute[]> {
    this.expectRunning();
    return this.agent!.listRoutes();
  }

  /** Replaces the guest's routing table; answers with what the guest has then. */
  async updateGuestRoutes(routes: GuestRoute[]): Promise<GuestRoute[]> {
    this.expectRunning();
    await this.agent!.updateRoutes(routes);
    return this.agent!.listRoutes();
  }

  /** What the VM is now, for husk's Status. */
  async status(): Promise<SandboxStatus> {
    const hp = this.vm?.hotplug;
    return {
      state: this.state,
      pid: this.vm?.pid,
      accel: this.vm?.accel,
      restored: this.restored,
      size: this.state === 'running' ? await this.size() : undefined,
      room: hp?.room,
      containers: [...this.containers.values()].map((c) => ({ id: c.id, state: c.state })),
      disks: this.disks(),
      netns: this.config.netns,
      interfaces: this.interfaces(),
    };
  }

  private liveChanges(): VmHotplug {
    this.expectRunning();
    const hp = this.vm!.hotplug;
    if (!hp) throw failedPrecondition(`sandbox ${this.config.id}: its VM was started without room for live changes (HUSK_VM_HOTPLUG)`);
    return hp;
  }

  /** The guest agent's metrics (Prometheus text). */
  guestMetrics(): Promise<string> {
    this.expectRunning();
    return this.agent!.metrics();
  }

  container(id: string): Container {
    const c = this.containers.get(id);
    if (!c) throw notFound(`container ${id} not found in sandbox ${this.config.id}`);
    return c;
  }

  async deleteContainer(id: string): Promise<void> {
    const c = this.container(id);
    if (this.state === 'running') await c.delete();
    this.containers.delete(id);
    this.resources?.delete(id);
    await this.detachRootDisk(id);
    await this.detachBlockDevices(id);
    await this.releaseRootfs(id);
  }

  /**
   * Stops the VM: gracefully (the agent removes the containers and powers off) unless
   * `force` or the agent does not answer, then QEMU is ended. Idempotent.
   */
  async stop(options: { force?: boolean; timeoutMs?: number } = {}): Promise<void> {
    if (this.state === 'created') {
      this.state = 'stopped';
      // A start() waiting for a boot slot or for the guest gives up.
      this.stopping.abort();
      this.finish({ reason: 'stopped', at: new Date() });
      return;
    }
    if (this.state === 'running') {
      this.state = 'stopped';
      this.stopping.abort();
      if (!options.force && this.agent) {
        await this.agent.destroySandbox().catch((err) => this.log.warn({ err }, 'agent did not destroy the sandbox; forcing'));
      }
      for (const c of this.containers.values()) c.lost('the sandbox was stopped');
      this.agent?.close();
    }
    await this.vm?.stop({ force: options.force, timeoutMs: options.timeoutMs });
    // The namespace is given back as soon as QEMU is gone; delete() retries a failure.
    await this.network?.teardown().catch((err: unknown) => this.log.warn({ err }, 'cannot remove the pod network taps yet'));
    this.finish({ reason: 'stopped', vm: this.vm?.exit, at: new Date() });
  }

  /** Removes the sandbox's host state: mounts, sockets, the shared directory, the taps in the pod's netns. Stops it first if needed. */
  async delete(): Promise<void> {
    if (this.state !== 'stopped') await this.stop({ force: true });
    for (const id of [...this.containers.keys()]) await this.deleteContainer(id);
    await fs.rm(this.dir, { recursive: true, force: true });
    await this.network?.teardown();
  }

  private releaseRootfs(id: string): Promise<void> {
    return releaseContainerShare(this.sharedDir, id);
  }

  private expectRunning(): void {
    if (this.state !== 'running') throw failedPrecondition(`sandbox ${this.config.id} is ${this.state}`);
  }

  /**
   * The agent answered nothing, not even heartbeats, for the silence limit while calls waited:
   * the guest is hung. Nothing it runs can be reached again, so the VM is ended and every
   * process reported exited, as when the VM dies (the calls themselves failed already).
   */
  private async onAgentUnresponsive(err: Error): Promise<void> {
    if (this.state !== 'running') return;
    this.hung = err.message;
    this.log.error({ err, console: this.vm?.consoleLogPath }, 'the guest stopped answering; ending its VM');
    await this.vm?.stop({ force: true }).catch((e: unknown) => this.log.error({ err: e }, 'cannot end the VM of a hung guest'));
  }

  private onVmExit(exit: VmExit): void {
    if (this.state !== 'running') return;
    this.state = 'stopped';
    const why = this.hung
      ? `the guest stopped answering (${this.hung})`
      : `the VM died (${exit.reason}${exit.signal ? `, ${exit.signal}` : ''}${exit.code !== undefined ? `, exit code ${exit.code}` : ''})`;
    this.log.error({ exit, console: this.vm?.consoleLogPath }, why);
    this.stopping.abort();
    for (const c of this.containers.values()) c.lost(why);
    this.agent?.close();
    this.finish({ reason: exit.reason, vm: exit, at: exit.at });
  }

  private finish(exit: SandboxExit): void {
    this.resolveMonitor(exit);
  }

  /** One OOM request stays pending in the guest for the life of the sandbox. */
  private async watchOom(): Promise<void> {
    while (this.state === 'running' && this.agent) {
      try {
        const id = await this.agent.nextOom(this.stopping.signal);
        this.log.warn({ container: id }, 'container was OOM-killed');
        this.deps.onOom?.(id);
      } catch (err) {
        if (!this.stopping.signal.aborted && !connectionLost(err)) this.log.warn({ err }, 'OOM watch ended');
        return;
      }
    }
  }
}
