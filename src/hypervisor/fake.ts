/**
 * A test double for the hypervisor, for the unit tests of the layers above it (sandbox,
 * shim services). It runs nothing and touches no files but a template's state (saveState
 * writes it, a clone's create() reads it): it keeps the Vm state machine and lets a test end
 * a VM the ways a real one ends. It is not a hypervisor and never counts
 * as one.
 *
 * - pids are above Linux's largest possible pid (2^22), so no test can signal a real process.
 * - agentSocketPath and consoleLogPath are paths in config.stateDir that nobody creates;
 *   a test that needs an agent listens on agentSocketPath itself.
 * - Handing a VM over (a shim's successor, Sandbox.resume): detach() lets go of it as
 *   QemuVm.detach does (the owner hears nothing more of it, stop() still ends it), and
 *   FakeVmFactory.adopt() gives the same FakeVm to its next owner, as QemuVmFactory.adopt
 *   takes a running QEMU over by pid: NotFound once it has exited, Unavailable while an owner
 *   still holds it (QEMU serves one QMP client at a time).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { GrpcCode } from '../errors.js';
import {
  HypervisorError,
  validateVmId,
  type Accel,
  type StopOptions,
  type Vm,
  type VmConfig,
  type VmExit,
  type VmExitReason,
  type VmFactory,
  type VmStatus,
  type HotplugRoom,
  type HotplugState,
  type VmDisk,
  type VmHotplug,
  type VmNic,
  type VmSize,
  type AdoptedVm,
  MEMORY_BLOCK_MIB,
} from './hypervisor.js';

const FAKE_PID_BASE = 5_000_000;
/** What FakeVm.saveState writes, and what a clone's create() wants to read. */
const FAKE_STATE = 'husk fake VM state of ';
let nextPid = FAKE_PID_BASE;

export interface FakeVmOptions {
  accel?: Accel;
  /** How long stop() takes, to exercise callers' concurrency. Default 0. */
  stopDelayMs?: number;
}

export class FakeVm implements Vm {
  readonly pid = ++nextPid;
  readonly accel: Accel;
  /** Every stop() call, in order, with its options. */
  readonly stopCalls: StopOptions[] = [];
  /** How many times the VM was actually torn down; stays at most 1. */
  teardowns = 0;
  /** How many times an owner let go of it (detach). */
  detaches = 0;
  /** Every takeover (FakeVmFactory.adopt), in order, as the new owner asked for it. */
  readonly adoptions: AdoptedVm[] = [];
  private currentId: string;
  private stateDir: string;
  private isRestored: boolean;
  private currentHotplug: FakeHotplug | undefined;
  private currentMonitor!: Promise<VmExit>;
  private report!: (exit: VmExit) => void;
  private exitReport: VmExit | undefined;
  /** How it ended, whether or not anyone heard (a detached VM reports to nobody). */
  private ended: VmExit | undefined;
  /** Let go of by its owner (detach), and nobody has adopted it since. */
  private detached = false;
  private stopRequested = false;
  private state: VmStatus = 'running';
  private stopping: Promise<void> | undefined;
  private readonly stopDelayMs: number;

  constructor(readonly config: VmConfig, options: FakeVmOptions = {}) {
    this.currentId = config.id;
    this.stateDir = config.stateDir;
    this.accel = options.accel ?? 'tcg';
    this.stopDelayMs = options.stopDelayMs ?? 0;
    this.isRestored = config.memory?.mode === 'clone';
    this.newOwner();
    this.currentHotplug = config.hotplug ? new FakeHotplug(config.hotplug, { vcpus: config.vcpus, memoryMiB: config.memoryMiB }) : undefined;
  }

  get id(): string {
    return this.currentId;
  }

  get agentSocketPath(): string {
    return path.join(this.stateDir, 'agent.sock');
  }

  get consoleLogPath(): string {
    return path.join(this.stateDir, 'console.log');
  }

  get restored(): boolean {
    return this.isRestored;
  }

  /** The current owner's: an owner that detached keeps a promise that never settles. */
  get monitor(): Promise<VmExit> {
    return this.currentMonitor;
  }

  get hotplug(): FakeHotplug | undefined {
    return this.currentHotplug;
  }

  get exit(): VmExit | undefined {
    return this.exitReport;
  }

  /** Whether the VM still runs (or is on its way out), whoever owns it. */
  get alive(): boolean {
    return this.state !== 'stopped';
  }

  /** Whether an owner let go of it and nobody has taken it over since. */
  get isDetached(): boolean {
    return this.detached;
  }

  /** As QemuVm.detach: the owner hears nothing more (not even the exit); stop() still ends it. */
  detach(): void {
    this.detaches++;
    this.detached = true;
  }

  /** FakeVmFactory.adopt: a new owner, with a monitor of its own, under the id and state dir it gives. */
  adoptedBy(spec: AdoptedVm): void {
    this.adoptions.push(spec);
    this.detached = false;
    this.currentId = spec.id;
    this.stateDir = spec.stateDir;
    this.isRestored = spec.restored;
    this.newOwner();
    // The hardware (its size) is the VM's; what is plugged where is bookkeeping the new owner
    // only knows from what it is given, as QemuHotplug does.
    const size = this.currentHotplug?.current();
    this.currentHotplug = spec.hotplug ? new FakeHotplug(spec.hotplug.room, spec.hotplug.boot, { size, state: spec.hotplug.state }) : undefined;
  }

  private newOwner(): void {
    this.exitReport = undefined;
    this.currentMonitor = new Promise((resolve) => (this.report = resolve));
  }

  async pause(): Promise<void> {
    this.assertLive('pause');
    this.state = 'paused';
  }

  async resume(): Promise<void> {
    this.assertLive('resume');
    this.state = 'running';
  }

  async status(): Promise<VmStatus> {
    return this.state;
  }

  stop(options: StopOptions = {}): Promise<void> {
    this.stopCalls.push(options);
    this.stopRequested = true;
    this.stopping ??= this.tearDown(options.force ? 0 : this.stopDelayMs);
    return this.stopping;
  }

  /** Template VMs: writes a state file a clone's create() accepts, then ends, as QEMU does. */
  async saveState(statePath: string): Promise<void> {
    if (this.config.memory?.mode !== 'template') throw new HypervisorError(GrpcCode.FailedPrecondition, `VM ${this.id} has no memory file to save`);
    this.assertLive('save');
    await fs.writeFile(statePath, `${FAKE_STATE}${this.id}\n`, { mode: 0o600 });
    await this.stop();
  }

  /** Ends the VM as if the guest or QEMU did it (default: the guest powered off). */
  die(reason: Exclude<VmExitReason, 'stopped'> = 'guest-shutdown', extra: Partial<Omit<VmExit, 'reason' | 'at'>> = {}): void {
    this.state = 'stopped';
    this.publish({ reason, ...extra, at: new Date() });
  }

  private async tearDown(delayMs: number): Promise<void> {
    if (this.state !== 'stopped') {
      this.state = 'stopping';
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      this.state = 'stopped';
      this.publish({ reason: 'stopped', code: 0, at: new Date() });
    }
    this.teardowns++;
  }

  private assertLive(what: string): void {
    if (this.state === 'stopped' || this.state === 'stopping') {
      throw new HypervisorError(GrpcCode.FailedPrecondition, `cannot ${what} VM ${this.id}: it has stopped or is stopping`);
    }
  }

  private publish(exit: VmExit): void {
    if (this.ended) return;
    this.ended = exit;
    // A detached VM's end is nobody's news, unless its last owner ended it (as QemuVm).
    if (this.detached && !this.stopRequested) return;
    this.exitReport = exit;
    this.report(exit);
  }
}

export interface FakeVmFactoryOptions extends FakeVmOptions {
  /** When set, create() rejects with it (a copy per call is not made). */
  failWith?: Error;
}

export class FakeVmFactory implements VmFactory {
  /** Every VM created, in order. */
  readonly vms: FakeVm[] = [];
  failWith: Error | undefined;

  constructor(private readonly options: FakeVmFactoryOptions = {}) {
    this.failWith = options.failWith;
  }

  /** What a QEMU identity would hold for the config: its sizes and devices, no paths. */
  async identity(config: VmConfig): Promise<{ qemu: { binary: string; version: string; size: number; mtimeMs: number }; accel: Accel; argv: string[] }> {
    const { vcpus, memoryMiB, networkDevices, debug, kernelParams } = config;
    return { qemu: { binary: 'fake', version: 'fake', size: 0, mtimeMs: 0 }, accel: this.options.accel ?? 'tcg', argv: [JSON.stringify({ vcpus, memoryMiB, networkDevices, debug, kernelParams })] };
  }

  async create(config: VmConfig): Promise<FakeVm> {
    validateVmId(config.id);
    if (this.failWith) throw this.failWith;
    if (this.vms.some((vm) => vm.id === config.id && vm.alive)) {
      throw new HypervisorError(GrpcCode.AlreadyExists, `VM ${config.id} is already running`);
    }
    if (config.memory?.mode === 'clone') {
      // QEMU refuses a state stream it cannot read: so does the double.
      const state = await fs.readFile(config.memory.statePath, 'utf8').catch((err: Error) => err.message);
      if (!state.startsWith(FAKE_STATE)) throw new HypervisorError(GrpcCode.Internal, `VM ${config.id}: cannot restore from ${config.memory.statePath}: not a saved state`);
    }
    const vm = new FakeVm(config, this.options);
    this.vms.push(vm);
    return vm;
  }

  /**
   * Takes over a running VM this factory created, by its pid, as QemuVmFactory.adopt takes
   * over a QEMU another process left running: NotFound when there is none or it has exited,
   * Unavailable while its owner has not let go of it (detach). Its hotplug bookkeeping is
   * what spec.hotplug.state says (none without it). The start time is not checked: a fake
   * pid has none.
   */
  async adopt(spec: AdoptedVm): Promise<FakeVm> {
    const id = validateVmId(spec.id);
    validateVmId(spec.name);
    const vm = this.vms.find((v) => v.pid === spec.pid && v.alive);
    if (!vm) throw new HypervisorError(GrpcCode.NotFound, `VM ${id}: its QEMU (pid ${spec.pid}) is no longer running`);
    if (!vm.isDetached) throw new HypervisorError(GrpcCode.Unavailable, `VM ${id}: cannot reach QMP of adopted QEMU pid ${spec.pid}: its owner still holds it`);
    vm.adoptedBy(spec);
    return vm;
  }
}

/**
 * Live changes as bookkeeping only: the size and devices a VM would have, within its room,
 * with the real one's checks on limits and ids. Every call is recorded.
 */
export class FakeHotplug implements VmHotplug {
  readonly calls: string[] = [];
  private now: VmSize;
  private readonly devices = new Map<string, { disk?: VmDisk; nic?: VmNic }>();

  constructor(
    readonly room: HotplugRoom,
    private readonly boot: VmSize,
    /** A VM taken over: the size it has, and what its previous owner had plugged (state()). */
    resumed: { size?: VmSize; state?: HotplugState } = {},
  ) {
    this.now = { ...(resumed.size ?? boot) };
    for (const a of resumed.state?.attached ?? []) this.devices.set(a.kind === 'disk' ? a.disk.id : a.nic.id, a.kind === 'disk' ? { disk: { ...a.disk } } : { nic: { ...a.nic } });
  }

  /** The size now, synchronously (what the hardware has: a new owner's bookkeeping starts from it). */
  current(): VmSize {
    return { ...this.now };
  }

  async size(): Promise<VmSize> {
    return { ...this.now };
  }

  async resize(target: VmSize): Promise<VmSize> {
    this.calls.push(`resize ${target.vcpus} ${target.memoryMiB}`);
    if (target.vcpus > this.room.maxVcpus || target.memoryMiB > this.room.maxMemoryMiB) throw new HypervisorError(GrpcCode.OutOfRange, `past the room: ${JSON.stringify(target)}`);
    if (target.vcpus < this.boot.vcpus || target.memoryMiB < this.boot.memoryMiB) throw new HypervisorError(GrpcCode.FailedPrecondition, `below the boot size: ${JSON.stringify(target)}`);
    this.now = { vcpus: target.vcpus, memoryMiB: this.boot.memoryMiB + Math.ceil((target.memoryMiB - this.boot.memoryMiB) / MEMORY_BLOCK_MIB) * MEMORY_BLOCK_MIB };
    return { ...this.now };
  }

  async addDisk(disk: VmDisk): Promise<void> {
    this.add(disk.id, { disk });
  }

  async removeDisk(id: string): Promise<void> {
    this.remove(id, 'disk');
  }

  async addNic(nic: VmNic): Promise<void> {
    this.add(nic.id, { nic });
  }

  async removeNic(id: string): Promise<void> {
    this.remove(id, 'nic');
  }

  disks(): VmDisk[] {
    return [...this.devices.values()].flatMap((d) => (d.disk ? [d.disk] : []));
  }

  nics(): VmNic[] {
    return [...this.devices.values()].flatMap((d) => (d.nic ? [d.nic] : []));
  }

  state(): HotplugState {
    return {
      guestVcpus: this.now.vcpus,
      attached: [...this.devices.values()].map((d, i) => (d.disk ? { kind: 'disk' as const, disk: d.disk, identity: d.disk.path, port: `fake${i}` } : { kind: 'nic' as const, nic: d.nic!, port: `fake${i}` })),
    };
  }

  private add(id: string, d: { disk?: VmDisk; nic?: VmNic }): void {
    this.calls.push(`add ${id}`);
    if (this.devices.has(id)) throw new HypervisorError(GrpcCode.AlreadyExists, `device ${id} exists`);
    if (this.devices.size >= this.room.ports) throw new HypervisorError(GrpcCode.ResourceExhausted, 'no free port');
    this.devices.set(id, d);
  }

  private remove(id: string, kind: 'disk' | 'nic'): void {
    this.calls.push(`remove ${id}`);
    if (!this.devices.get(id)?.[kind]) throw new HypervisorError(GrpcCode.NotFound, `no ${kind} ${id}`);
    this.devices.delete(id);
  }
}
