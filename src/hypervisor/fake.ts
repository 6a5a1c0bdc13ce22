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
  readonly id: string;
  readonly pid = ++nextPid;
  readonly accel: Accel;
  readonly agentSocketPath: string;
  readonly consoleLogPath: string;
  readonly restored: boolean;
  readonly monitor: Promise<VmExit>;
  readonly hotplug: FakeHotplug | undefined;
  /** Every stop() call, in order, with its options. */
  readonly stopCalls: StopOptions[] = [];
  /** How many times the VM was actually torn down; stays at most 1. */
  teardowns = 0;
  private report!: (exit: VmExit) => void;
  private exitReport: VmExit | undefined;
  private state: VmStatus = 'running';
  private stopping: Promise<void> | undefined;
  private readonly stopDelayMs: number;

  constructor(readonly config: VmConfig, options: FakeVmOptions = {}) {
    this.id = config.id;
    this.accel = options.accel ?? 'tcg';
    this.stopDelayMs = options.stopDelayMs ?? 0;
    this.agentSocketPath = path.join(config.stateDir, 'agent.sock');
    this.consoleLogPath = path.join(config.stateDir, 'console.log');
    this.restored = config.memory?.mode === 'clone';
    this.monitor = new Promise((resolve) => (this.report = resolve));
    this.hotplug = config.hotplug ? new FakeHotplug(config.hotplug, { vcpus: config.vcpus, memoryMiB: config.memoryMiB }) : undefined;
  }

  get exit(): VmExit | undefined {
    return this.exitReport;
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
    if (this.exitReport) return;
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
    if (this.vms.some((vm) => vm.id === config.id && vm.exit === undefined)) {
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
  ) {
    this.now = { ...boot };
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
