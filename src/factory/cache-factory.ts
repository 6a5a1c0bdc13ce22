/**
 * The seed's CreateFromCache, the shim's side: a pod's VM taken ready from the `husk factory
 * serve` daemon (cache-daemon.ts), else from the next factory (templates, then a cold boot).
 * The daemon being absent, empty, slow or broken only costs the pod that path: a pod never
 * fails because the cache does.
 *
 * Taking a VM: the daemon answers with its directory; renaming its vm/ into the sandbox's
 * VM state directory is the commit (its shared/ first, onto the sandbox's empty shared
 * directory: QEMU's 9p export holds the directory, not its path). Then QEMU is adopted over
 * QMP and resumed, its agent checked, and its taps left for the sandbox to move into the
 * pod's namespace (Vm.taps).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { AdoptedVm, Vm, VmConfig, VmFactory } from '../hypervisor/index.js';
import { liveQemuPid, untilEnded, validateVmId } from '../hypervisor/index.js';
import { killQuietly, sameProcess } from '../host/proc.js';
import { leaveAgentConnection, type AgentConnection } from './handoff.js';
import type { VmShape } from './cache-pool.js';
import type { Handoff } from './cache-service.js';

export interface CacheSource {
  take(sandboxId: string, shape: VmShape): Promise<Handoff | undefined>;
}

export interface CacheVmFactoryOptions {
  cache: CacheSource;
  /** Where the daemon keeps its VMs (<root>/vms): a handoff naming anything else is refused. */
  vmsDir: string;
  /** The daemon's network namespace, where a VM with NICs has its taps: a handoff naming another is refused. */
  netns: string;
  adopt(spec: AdoptedVm): Promise<Vm>;
  /** Resolves once an adopted VM's agent answers, with the connection it answered on. */
  agentReady(vm: Vm, signal: AbortSignal): Promise<AgentConnection>;
  /** Where VMs come from when the cache has none. */
  next: VmFactory;
  /** Called when the daemon cannot be reached: it may have died and left VMs behind. */
  onUnreachable?(err: Error): void;
  log: Logger;
}

const TAP = /^[A-Za-z0-9_.-]{1,15}$/;

export class CacheVmFactory implements VmFactory {
  constructor(private readonly o: CacheVmFactoryOptions) {}

  async create(config: VmConfig): Promise<Vm> {
    // A template being made, or a pod that shares no pages: never a cached clone.
    if (config.memory || config.fromTemplate === false) return this.o.next.create(config);
    const log = this.o.log.child({ sandbox: config.id });
    const t0 = performance.now();
    let handed: Handoff | undefined;
    try {
      handed = await this.o.cache.take(config.id, shapeOf(config));
    } catch (err) {
      log.warn({ err, origin: 'cache-unavailable' }, `the VM cache did not answer: ${(err as Error).message}`);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ECONNREFUSED' || code === 'ENOENT') this.o.onUnreachable?.(err as Error);
      return this.o.next.create(config);
    }
    if (!handed) {
      log.info({ origin: 'cache-empty' }, 'the VM cache had no ready VM of this shape');
      return this.o.next.create(config);
    }
    try {
      const vm = await this.takeOver(config, handed);
      log.info({ origin: 'cache', was: handed.vmId, from: handed.origin, ms: Math.round(performance.now() - t0) }, 'VM taken from the cache');
      return vm;
    } catch (err) {
      log.warn({ err, origin: 'cache-failed', vm: handed.vmId }, `a VM from the cache could not be taken over: ${(err as Error).message}`);
      return this.o.next.create(config);
    }
  }

  private async takeOver(config: VmConfig, h: Handoff): Promise<Vm> {
    validateVmId(h.vmId);
    if (path.resolve(h.dir) !== path.join(this.o.vmsDir, h.vmId)) throw new Error(`the daemon handed a VM in ${h.dir}, outside ${this.o.vmsDir}`);
    const nics = config.networkDevices?.length ?? 0;
    if (h.taps.length !== nics || !h.taps.every((t) => TAP.test(t))) throw new Error(`the daemon handed a VM with taps ${JSON.stringify(h.taps)} for ${nics} NICs`);
    if (nics > 0 && h.netns !== this.o.netns) throw new Error(`the daemon handed a VM with taps in ${JSON.stringify(h.netns)}, not its namespace ${this.o.netns}`);
    if (h.accel !== 'kvm' && h.accel !== 'tcg') throw new Error(`the daemon handed a VM with accelerator ${JSON.stringify(h.accel)}`);
    if (!Number.isInteger(h.pid) || h.pid <= 1) throw new Error(`the daemon handed a VM with pid ${h.pid}`);
    await fs.rename(path.join(h.dir, 'shared'), config.sharedDir);
    // The commit: from here the VM is this shim's, and ends with it. Until this rename the
    // daemon may still claim it (cache-daemon.ts claimVm), and then this one fails.
    await fs.rename(path.join(h.dir, 'vm'), config.stateDir);
    await fs.rmdir(h.dir).catch(() => undefined);
    let vm: Vm | undefined;
    try {
      // The pid the daemon named must be the QEMU of the directory now ours (its pid file and
      // command line) and still the process that started then: only that one is ours to drive.
      const pid = await liveQemuPid(config.stateDir, h.vmId);
      if (pid !== h.pid || !sameProcess(h.pid, h.startTime)) throw new Error(`the daemon handed pid ${h.pid}, but the VM's QEMU is ${pid ?? 'not running'}`);
      vm = await this.o.adopt({
        id: config.id,
        name: h.vmId,
        pid: h.pid,
        startTime: h.startTime,
        stateDir: config.stateDir,
        accel: h.accel,
        restored: true,
        ...(config.hotplug ? { hotplug: { room: config.hotplug, boot: { vcpus: config.vcpus, memoryMiB: config.memoryMiB } } } : {}),
        // QEMU's own namespace, where its taps are: the daemon may remove the name of its
        // namespace (stopping) before this pod has moved them out.
        ...(nics > 0 ? { taps: { netns: `/proc/${h.pid}/ns/net`, names: h.taps } } : {}),
      });
      await vm.resume();
      leaveAgentConnection(vm, await this.o.agentReady(vm, untilEnded(vm)));
      return vm;
    } catch (err) {
      if (vm) await vm.stop({ force: true }).catch(() => undefined);
      else await endCommitted(config.stateDir, h.vmId);
      // What it left in the state directory would mislead the next VM's start there.
      await fs.rm(config.stateDir, { recursive: true, force: true });
      throw err;
    }
  }
}

/** What the daemon keys its pools by, from a pod's VM config. */
export function shapeOf(c: VmConfig): VmShape {
  return {
    memoryMiB: c.memoryMiB,
    vcpus: c.vcpus,
    kernelPath: c.kernelPath,
    initrdPath: c.initrdPath,
    rootfsImagePath: c.rootfsImagePath,
    debug: c.debug ?? false,
    nics: c.networkDevices?.length ?? 0,
    ...(c.hotplug ? { hotplug: c.hotplug } : {}),
  };
}

/**
 * Ends the QEMU of a taken VM that could not be adopted: the one its state directory, now
 * this shim's, names (pid file and command line), whatever pid the daemon said.
 */
async function endCommitted(stateDir: string, vmId: string): Promise<void> {
  const pid = await liveQemuPid(stateDir, vmId);
  if (pid) killQuietly(pid, 'SIGKILL');
}
