/**
 * A sandbox (a pod) owns one VM and the containers in it. States: created → running →
 * stopped; delete() then removes what it left on the host. The VM dying at any moment moves
 * it to stopped and reports every process as exited, so nothing waits forever on a dead VM.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { GuestAgent, GuestInterface } from '../agent/guest-agent.js';
import { alreadyExists, failedPrecondition, GrpcCode, HuskError, notFound, validateId } from '../errors.js';
import type { AdoptedVm, Accel, HotplugRoom, HotplugState, Vm, VmDisk, VmExit, VmFactory, VmSize } from '../hypervisor/hypervisor.js';
import type { Admission, Slot, WorkKind } from '../host/admission-queue.js';
import { Container, type ContainerRecord } from './container.js';
import { connectionLost } from './process.js';
import { baseVmSize, fitRoom, mayUseTemplate, vmSize } from './vm-size.js';
import { limitsOf, PodResources, type PodResourcesRecord } from './pod-resources.js';
import { annotateBlockDevices, annotateRootDisk, specBlockDevices, type RootDisk, type SpecBlockDevice } from './block-devices.js';
import { LiveVm, type LiveVmState } from './live-vm.js';
import { liveVmPid, removeSandboxDir } from './leftovers.js';
import { bindMount } from './mounts.js';
import { PodNetwork, validateNetns, type PodNetworkRecord } from './pod-network.js';
import { containerShare, releaseContainerShare, shareBindMounts, type OciMount } from './shared-mounts.js';
import { childLogger } from '../log.js';
import { processStartTime } from '../host/proc.js';

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
  /** Takes over a VM another shim left running (Sandbox.resume); NotFound when it has gone. */
  resumeVm?(spec: AdoptedVm): Promise<Vm>;
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


/**
 * What a shim hands the next one (Sandbox.record, Sandbox.resume): the sandbox's config, its
 * QEMU as a process (pid and start time, so a reused pid is never taken for it), the taps and
 * devices it has, and its containers.
 */
export interface SandboxRecord {
  config: SandboxConfig;
  state: SandboxState;
  vm?: {
    pid: number;
    startTime: string;
    stateDir: string;
    accel: Accel;
    restored: boolean;
    consoleLog: string;
    hotplug?: { room: HotplugRoom; boot: VmSize; state: HotplugState };
  };
  network?: PodNetworkRecord;
  resources?: PodResourcesRecord;
  live?: LiveVmState;
  containers: ContainerRecord[];
}

/** Why the processes of a sandbox whose VM died while no shim was attached are over. */
export const DIED_UNATTENDED = 'the VM died while no shim was attached';

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
  /** Its live changes, once the VM runs and its agent answers. */
  private liveVm: LiveVm | undefined;
  /** Why the guest was judged hung, once it was. */
  private hung: string | undefined;
  /** When QEMU started (/proc), read once: the record names the process, not just its pid. */
  private vmStartTime: string | undefined;
  /** Let go of for another shim (release): nothing it hears from now on is its business. */
  private released = false;
  private readonly stopping = new AbortController();
  private readonly dir: string;
  private readonly log: Logger;

  private constructor(
    readonly config: SandboxConfig,
    private readonly deps: SandboxDeps,
  ) {
    this.dir = path.join(config.stateRoot, config.id);
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
    this.resources = new PodResources(baseVmSize(defaults, c.annotations), { memoryMiB: size.memoryMiB, vcpus: size.vcpus });
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
    this.vmStartTime = processStartTime(vm.pid);
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
    this.liveVm = this.makeLiveVm(vm);
    this.state = 'running';
    this.watch(vm);
  }

  private makeLiveVm(vm: Vm, state?: LiveVmState): LiveVm {
    const c = this.config;
    return new LiveVm({
      sandboxId: c.id,
      hotplug: vm.hotplug,
      agent: this.agent!,
      network: this.network,
      resources: this.resources!,
      defaults: { memoryMiB: c.memoryMiB, vcpus: c.vcpus },
      annotations: c.annotations ?? {},
      running: () => this.state === 'running',
      log: this.log,
      ...(state ? { state } : {}),
    });
  }

  /** From running on: the VM's end, a hung guest, and OOM kills. */
  private watch(vm: Vm): void {
    void vm.monitor.then((exit) => this.onVmExit(exit));
    void this.agent!.unresponsive?.then((err) => this.onAgentUnresponsive(err));
    void this.watchOom();
  }

  /** Everything the next shim needs to take this sandbox over (see resume). */
  record(): SandboxRecord {
    const vm = this.vm;
    const startTime = vm && this.state === 'running' ? this.vmStartTime : undefined;
    return {
      config: this.config,
      state: this.state,
      ...(vm && startTime
        ? {
            vm: {
              pid: vm.pid,
              startTime,
              stateDir: path.join(this.dir, 'vm'),
              accel: vm.accel,
              restored: vm.restored,
              consoleLog: vm.consoleLogPath,
              ...(vm.hotplug && this.resources ? { hotplug: { room: vm.hotplug.room, boot: this.resources.record().boot, state: vm.hotplug.state() } } : {}),
            },
          }
        : {}),
      ...(this.network ? { network: this.network.record() } : {}),
      ...(this.resources ? { resources: this.resources.record() } : {}),
      ...(this.liveVm ? { live: this.liveVm.state() } : {}),
      containers: [...this.containers.values()].map((c) => c.record()),
    };
  }

  /**
   * Takes over a sandbox another shim released (or left by dying): its QEMU is adopted, its
   * agent reconnected, its containers and their processes watched again. A VM that has gone
   * meanwhile leaves a stopped sandbox whose processes all exited (255, DIED_UNATTENDED).
   * Anything else that fails lets go of the VM again, untouched, and rejects.
   */
  static async resume(r: SandboxRecord, deps: SandboxDeps): Promise<Sandbox> {
    validateId('sandbox', r.config.id);
    const s = new Sandbox(r.config, deps);
    s.resources = r.resources ? PodResources.from(r.resources) : undefined;
    if (r.network) s.network = PodNetwork.restore(r.network, s.log);
    const gone = (why: string) => {
      for (const c of r.containers) {
        const container = new Container(c.id, s.unreachableAgent(), s.log.child({ container: c.id }), s.turn, c);
        container.lost(why);
        s.containers.set(c.id, container);
      }
      s.state = 'stopped';
      s.finish({ reason: 'qemu-exit', at: new Date() });
      s.log.warn({ why }, 'sandbox taken over stopped');
      return s;
    };
    if (r.state !== 'running' || !r.vm) return gone(`the sandbox was ${r.state} when its shim let go`);
    if (!deps.resumeVm) throw failedPrecondition(`sandbox ${r.config.id}: this shim cannot take over a running VM`);
    let vm: Vm;
    try {
      vm = await deps.resumeVm({
        id: r.config.id,
        name: r.config.id,
        pid: r.vm.pid,
        startTime: r.vm.startTime,
        stateDir: r.vm.stateDir,
        accel: r.vm.accel,
        restored: r.vm.restored,
        ...(r.vm.hotplug ? { hotplug: r.vm.hotplug } : {}),
      });
    } catch (err) {
      if ((err as { grpcCode?: number }).grpcCode === GrpcCode.NotFound) return gone(DIED_UNATTENDED);
      throw err;
    }
    s.vm = vm;
    s.vmStartTime = r.vm.startTime;
    try {
      s.agent = await deps.connectAgent(vm, { signal: AbortSignal.timeout(60_000) });
    } catch (err) {
      vm.detach?.();
      throw err;
    }
    s.liveVm = s.makeLiveVm(vm, r.live);
    for (const c of r.containers) s.containers.set(c.id, new Container(c.id, s.agent, s.log.child({ container: c.id }), s.turn, c));
    s.state = 'running';
    s.watch(vm);
    s.log.info({ qemuPid: vm.pid, containers: r.containers.length }, 'sandbox taken over');
    return s;
  }

  /**
   * Lets go of the sandbox for another shim (see resume): the agent ends the reads it holds
   * for this one, every read already asked for is answered (its bytes in the processes'
   * output streams, for the caller to hand over), then the agent and QMP connections close.
   * QEMU, the guest and everything in it run on. The sandbox is inert afterwards.
   */
  async release(): Promise<void> {
    if (this.state !== 'running' || this.released) return;
    this.released = true;
    const reads = Promise.all([...this.containers.values()].map((c) => c.release()));
    const woken = this.agent!.release
      ? await this.agent!.release().catch((err: unknown) => {
          this.log.warn({ err }, 'the agent did not end its waits; output read at this moment may be lost');
          return -1;
        })
      : -1;
    // Reads nobody ends would hold the handover forever: closing the connection ends them
    // (what an answer in flight carried is lost, as the warnings say).
    if (woken === -1) {
      this.log.warn('the agent cannot end its waits (an older guest): output read at this moment may be lost');
      this.agent!.close();
    }
    await reads;
    this.stopping.abort();
    this.agent!.close();
    this.vm!.detach?.();
    this.log.info({ qemuPid: this.vm!.pid }, 'sandbox released: its VM runs on for the next shim');
  }

  /** For containers of a VM that is gone: every call fails as for a lost connection. */
  private unreachableAgent(): GuestAgent {
    const fail = () => Promise.reject(new HuskError(GrpcCode.Unavailable, `sandbox ${this.config.id}: its VM is gone`));
    return new Proxy({} as GuestAgent, { get: (_t, name) => (name === 'close' ? () => undefined : fail) });
  }

  /**
   * Creates a container whose root filesystem is the host directory `rootfs`, exposed to the
   * guest through the shared directory. `spec` is its OCI runtime spec (JSON); root.path is
   * set here.
   */
  async createContainer(id: string, spec: Record<string, unknown>, rootfs: string | RootDisk): Promise<Container> {
    validateId('container', id);
    const live = this.live();
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
      await live.fit(this.resources!.wanted({ id, limits }), `container ${id} created`);
      blocks = await specBlockDevices(spec);
      await live.attachBlockDevices(id, blocks);
      const rooted = typeof rootfs === 'string' ? spec : annotateRootDisk(spec, await live.attachRootDisk(id, rootfs, (spec.root as { readonly?: boolean } | undefined)?.readonly === true), rootfs);
      const mounts = await shareBindMounts((spec.mounts as OciMount[] | undefined) ?? [], share.volumes, path.posix.join(GUEST_SHARED_DIR, id, 'mounts'), this.log);
      await this.turn(`create container ${id}`, () => this.agent!.createContainer(id, annotateBlockDevices({ ...rooted, root, mounts }, blocks)));
    } catch (err) {
      await live.detachRootDisk(id);
      await live.detachBlockDevices(id);
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
    const live = this.live();
    const limits = limitsOf(resources);
    const wanted = this.resources!.wanted({ id, limits });
    const why = `container ${id} updated`;
    const now = await live.size();
    const grows = wanted.memoryMiB > now.memoryMiB || wanted.vcpus > now.vcpus;
    if (grows) await live.fit(wanted, why);
    await container.update(resources);
    this.resources!.set(id, limits);
    if (!grows) await live.fit(wanted, why);
  }

  /**
   * Its live changes (size, disks, NICs) and what its guest has: FailedPrecondition unless it
   * runs.
   */
  live(): LiveVm {
    this.expectRunning();
    return this.liveVm!;
  }

  /** What the VM is now, for husk's Status. */
  async status(): Promise<SandboxStatus> {
    const live = this.state === 'running' ? this.liveVm : undefined;
    return {
      state: this.state,
      pid: this.vm?.pid,
      accel: this.vm?.accel,
      restored: this.restored,
      size: live ? await live.size() : undefined,
      room: this.vm?.hotplug?.room,
      containers: [...this.containers.values()].map((c) => ({ id: c.id, state: c.state })),
      disks: live?.disks() ?? [],
      netns: this.config.netns,
      interfaces: live?.interfaces() ?? [],
    };
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
    await this.liveVm?.detachRootDisk(id);
    await this.liveVm?.detachBlockDevices(id);
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
    if (this.state !== 'running' || this.released) return;
    this.hung = err.message;
    this.log.error({ err, console: this.vm?.consoleLogPath }, 'the guest stopped answering; ending its VM');
    await this.vm?.stop({ force: true }).catch((e: unknown) => this.log.error({ err: e }, 'cannot end the VM of a hung guest'));
  }

  private onVmExit(exit: VmExit): void {
    if (this.state !== 'running' || this.released) return;
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
        if (!this.stopping.signal.aborted && !this.released && !connectionLost(err)) this.log.warn({ err }, 'OOM watch ended');
        return;
      }
    }
  }
}
