/**
 * `husk factory serve`: the VM cache daemon. It keeps VMs ready (cache-pool.ts) and hands
 * them to shims over husk.factory.v1.Cache on a root-only socket (cache-service.ts).
 *
 * A cached VM is made as a pod's would be (a clone of the template when there is one, else
 * a cold boot) but for nobody yet: its QEMU runs in a session of its own, may outlive the
 * daemon, and has its files under <root>/vms/<id>: vm/ (state directory) and shared/ (its 9p
 * export, never mounted in the guest before a pod's agent call mounts it). Its NICs are on
 * taps in the daemon's network namespace (husk-cache). Once its agent has answered and run
 * one throwaway container (warm-up.ts), the daemon hangs up, waits for the guest to see the
 * session end, and pauses it: a ready VM costs memory, no CPU.
 *
 * Handing one over: the daemon lets go of its QMP connection and answers with the VM's
 * directory, pid and taps. The shim renames vm/ and shared/ into its sandbox (the commit),
 * adopts QEMU over QMP and moves the taps into the pod's namespace (the design note in
 * docs/factory.md says why taps move rather than NICs being hot-plugged). A VM whose vm/
 * is still here HANDOFF_MS later was never taken: the daemon ends it.
 *
 * The daemon is the parent of the QEMUs it starts, not their owner once handed over: killed,
 * it leaves handed VMs running (their shims own them) and ready ones behind, which the next
 * daemon, or a shim that finds the daemon gone (sweepOrphans), ends.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import type { Logger } from 'pino';
import { AgentClient, BUDGET_MS } from '../agent/client.js';
import { RemoteAgent } from '../agent/remote-agent.js';
import { AGENT_HOST_GONE, AGENT_SERVING } from '../guest/markers.js';
import { lockFile, type HeldLock } from '../host/flock.js';
import { pacer } from '../host/pace.js';
import { killQuietly, processStartTime, sameProcess } from '../host/proc.js';
import { liveQemuPid, QemuVmFactory, untilEnded, VM_NAME_FILE, type VmConfig, type VmFactory } from '../hypervisor/index.js';
import { waitForConsole } from './console.js';
import { takeAgentConnection } from './handoff.js';
import { warmUp } from './warm-up.js';
import { VmCache, describeShape, type CachedVm, type VmShape } from './cache-pool.js';
import { cacheService, type Handoff } from './cache-service.js';
import { Server } from '../ttrpc/index.js';
import { makeScratchNetns, removeScratchNetns, scratchNetnsPath } from './scratch-netns.js';
import { templateVmFactory } from './qemu-factories.js';
import { TemplateStore } from './template-store.js';

export const DEFAULT_CACHE_ROOT = '/run/husk/cache';
/** How long a handed-out VM may stay unclaimed (its vm/ not renamed away) before it is ended. */
const HANDOFF_MS = 30_000;
/** How long a daemon starting waits for the lock before it takes another daemon to be serving. */
const LOCK_WAIT_MS = 10_000;

export const cachePaths = (root: string) => ({
  socket: path.join(root, 'cache.sock'),
  lock: path.join(root, 'daemon.lock'),
  vms: path.join(root, 'vms'),
  /**
   * The namespace the cached VMs' taps (and their QEMUs) are in until handed over: husk-cache
   * for the default root, one of its own for any other (a test's daemon beside the real one).
   */
  netns: path.resolve(root) === DEFAULT_CACHE_ROOT ? 'husk-cache' : `husk-cache-${crypto.createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 8)}`,
});

export interface CacheDaemonOptions {
  root?: string;
  /** VMs kept ready per shape. */
  size: number;
  /** Shapes kept from the start, whatever the demand. */
  shapes: VmShape[];
  /** false: cached VMs boot cold instead of being cloned from templates. */
  templates: boolean;
  templateStore?: TemplateStore;
  log: Logger;
  /** How long a handed VM may stay unclaimed; default 30 s (tests shorten it). */
  handoffMs?: number;
}

export class CacheDaemon {
  readonly root: string;
  private readonly paths: ReturnType<typeof cachePaths>;
  private readonly cache: VmCache;
  private readonly vms: VmFactory;
  private readonly server: Server;
  private lock: HeldLock | undefined;
  private readonly unclaimed = new Set<NodeJS.Timeout>();

  constructor(private readonly o: CacheDaemonOptions) {
    this.root = o.root ?? DEFAULT_CACHE_ROOT;
    this.paths = cachePaths(this.root);
    const hypervisor = new QemuVmFactory({ logger: o.log, outlive: true });
    this.vms = o.templates ? templateVmFactory(o.log, o.templateStore ?? new TemplateStore({ log: o.log }), hypervisor) : hypervisor;
    this.cache = new VmCache({ make: (s) => this.make(s), discard: (c, why) => this.discard(c, why), image: imageStamp, log: o.log }, { size: o.size });
    this.server = new Server({ onError: (err, info) => o.log.debug({ err, ...info }, 'cache call failed') });
    this.server.register(...cacheService({ take: (req, signal) => this.take(req, signal), status: () => ({ pools: this.cache.status(), pid: process.pid }) }));
  }

  /** Takes the daemon's lock, clears what an earlier one left, starts filling and serving. */
  async start(): Promise<void> {
    await fs.mkdir(this.paths.vms, { recursive: true, mode: 0o700 });
    await fs.chmod(this.root, 0o700);
    // A shim clearing what a dead daemon left holds the lock for a moment (sweepOrphans).
    this.lock = await lockFile(this.paths.lock, { waitMs: LOCK_WAIT_MS });
    if (!this.lock) throw new Error(`another husk factory daemon serves ${this.root}`);
    await this.lock.truncate(0);
    await this.lock.write(`${process.pid} ${processStartTime(process.pid)}\n`, 0);
    await sweepVms(this.paths.vms, this.o.log);
    await makeScratchNetns(this.paths.netns, []);
    await fs.rm(this.paths.socket, { force: true });
    await this.server.listen(this.paths.socket);
    for (const s of this.o.shapes) this.cache.keep(s, { pinned: true });
    this.o.log.info({ socket: this.paths.socket, size: this.o.size, shapes: this.o.shapes.map(describeShape) }, 'VM cache serving');
  }

  /** Resolves once every pool is full (or waiting out a failure). */
  settled(): Promise<void> {
    return this.cache.settled();
  }

  /** QEMU pids of the VMs ready now. */
  readyPids(): number[] {
    return this.cache.readyVms().map((c) => c.vm.pid);
  }

  /** Stops serving and ends every VM it has not handed over; handed ones keep running. */
  async stop(): Promise<void> {
    await this.server.shutdown();
    await this.cache.close();
    for (const t of this.unclaimed) clearTimeout(t);
    await sweepVms(this.paths.vms, this.o.log);
    await removeScratchNetns(this.paths.netns);
    await fs.rm(this.paths.socket, { force: true });
    await this.lock?.close();
  }

  private async take(req: { sandboxId: string; shape: VmShape }, signal?: AbortSignal): Promise<Handoff | undefined> {
    // A shim that gave up waiting would leave the VM unclaimed until the reclaim timer.
    if (signal?.aborted) return undefined;
    const c = await this.cache.take(req.shape);
    if (!c) {
      this.o.log.info({ sandbox: req.sandboxId, shape: describeShape(req.shape) }, 'no ready VM of this shape');
      return undefined;
    }
    const startTime = processStartTime(c.vm.pid);
    if (!startTime) {
      await this.discard(c, 'it died just before it was handed over');
      return undefined;
    }
    c.vm.detach!();
    const timer = setTimeout(() => {
      this.unclaimed.delete(timer);
      void this.reclaim(c, startTime).catch((err: unknown) => this.o.log.error({ err, vm: c.id }, 'cannot reclaim a handed-out VM'));
    }, this.o.handoffMs ?? HANDOFF_MS);
    timer.unref();
    this.unclaimed.add(timer);
    this.o.log.info({ vm: c.id, sandbox: req.sandboxId, qemuPid: c.vm.pid, origin: c.origin }, 'VM handed over');
    return { vmId: c.id, dir: c.dir, pid: c.vm.pid, startTime, accel: c.vm.accel, netns: scratchNetnsPath(this.paths.netns), taps: c.taps, origin: c.origin };
  }

  /**
   * A handed-out VM the daemon can still claim was never taken (its shim died or gave up).
   * One that was taken may still have taps here: its shim failed before moving them.
   */
  private async reclaim(c: CachedVm, startTime: string): Promise<void> {
    if (await claimVm(c.dir)) return this.end(c, `nobody took it within ${Math.round((this.o.handoffMs ?? HANDOFF_MS) / 1000)} s of handing it over`);
    // Taken: its shim may still be about to move the taps (a slow guest under load), so they
    // go only once its QEMU has.
    if (sameProcess(c.vm.pid, startTime)) return fs.rm(c.dir, { recursive: true, force: true });
    await removeVm(c.dir, this.paths.netns, c.taps);
  }

  private async make(shape: VmShape): Promise<CachedVm> {
    const image = await imageStamp(shape);
    const id = `c${crypto.randomBytes(4).toString('hex')}`;
    const dir = path.join(this.paths.vms, id);
    const taps = Array.from({ length: shape.nics }, (_, i) => `hk${id.slice(1)}n${i}`);
    let vm: CachedVm['vm'] | undefined;
    try {
      await fs.mkdir(path.join(dir, 'vm'), { recursive: true, mode: 0o700 });
      await fs.mkdir(path.join(dir, 'shared'), { mode: 0o700 });
      await fs.writeFile(path.join(dir, 'vm', VM_NAME_FILE), `${id}\n`, { mode: 0o600 });
      for (const tap of taps) await ipIn(this.paths.netns, ['tuntap', 'add', 'dev', tap, 'mode', 'tap', 'vnet_hdr']);
      const config: VmConfig = {
        id,
        stateDir: path.join(dir, 'vm'),
        sharedDir: path.join(dir, 'shared'),
        memoryMiB: shape.memoryMiB,
        vcpus: shape.vcpus,
        kernelPath: shape.kernelPath,
        initrdPath: shape.initrdPath,
        rootfsImagePath: shape.rootfsImagePath,
        debug: shape.debug,
        ...(shape.hotplug ? { hotplug: shape.hotplug } : {}),
        ...(taps.length ? { netns: scratchNetnsPath(this.paths.netns), networkDevices: taps.map((tap) => ({ tap, mac: '02:00:00:00:00:00' })) } : {}),
      };
      vm = await this.vms.create(config);
      await readyAgent(vm);
      await vm.pause();
      return { id, vm, dir, taps, origin: vm.restored ? 'template' : 'cold', image };
    } catch (err) {
      await vm?.stop({ force: true }).catch(() => undefined);
      await removeVm(dir, this.paths.netns, taps);
      throw err;
    }
  }

  /** Ends a VM of the pool unless a shim has taken it (it was handed out and renamed away). */
  private async discard(c: CachedVm, why: string): Promise<void> {
    if (await claimVm(c.dir)) await this.end(c, why);
  }

  /** Ends a VM the daemon has claimed (claimVm) and removes what it had here. */
  private async end(c: CachedVm, why: string): Promise<void> {
    this.o.log.info({ vm: c.id, why }, 'cached VM ended');
    await c.vm.stop({ force: true });
    await removeVm(c.dir, this.paths.netns, c.taps);
  }
}

/**
 * Runs the VM's first container (warm-up.ts), then leaves its agent serving with no host
 * session open. A clone's agent has answered the factory on a connection handed to us; a cold
 * VM's is dialled once it says it serves. The session is closed and the guest seen to notice
 * (its console's first AGENT_HOST_GONE line: a clone's console starts at its restore, a cold
 * VM's agent had no session before).
 */
async function readyAgent(vm: CachedVm['vm']): Promise<void> {
  const pace = pacer(vm.accel);
  const budget = BUDGET_MS.ready * pace().factor;
  const ended = untilEnded(vm);
  const handed = takeAgentConnection(vm);
  if (!handed) await waitForConsole(vm.consoleLogPath, AGENT_SERVING, budget, ended);
  const session = handed instanceof AgentClient ? handed : await AgentClient.connect(vm.agentSocketPath, { signal: ended, pace });
  try {
    await warmUp(new RemoteAgent(session));
  } finally {
    session.close();
  }
  await waitForConsole(vm.consoleLogPath, AGENT_HOST_GONE, budget, ended);
}

/** Size and mtime of the image files: what changes when scripts/build-guest.sh runs again. */
async function imageStamp(s: VmShape): Promise<string> {
  const st = await Promise.all([s.kernelPath, s.initrdPath, s.rootfsImagePath].map((f) => fs.stat(f)));
  return st.map((x) => `${x.size}:${x.mtimeMs}`).join(',');
}

async function ipIn(netns: string, args: string[]): Promise<void> {
  await execa('ip', ['-n', netns, ...args], { timeout: 10_000 });
}

async function removeVm(dir: string, netns: string, taps: string[]): Promise<void> {
  for (const tap of taps) await execa('ip', ['-n', netns, 'link', 'del', 'dev', tap], { reject: false, timeout: 10_000 });
  await fs.rm(dir, { recursive: true, force: true });
}

const exists = (p: string) => fs.access(p).then(() => true, () => false);

/** A cached VM's state directory once the daemon (or a sweep) has claimed it for ending. */
const CLAIMED = 'vm.dead';

/**
 * Claims the cached VM in `dir` for ending: its vm/ is renamed to vm.dead, which a shim can
 * then no longer take (taking it is renaming vm/ away). One rename decides who owns the VM,
 * so the daemon never kills a QEMU a shim has just taken. True when it is ours to end
 * (claimed now, or by an earlier sweep), false when a shim has taken it.
 */
async function claimVm(dir: string): Promise<boolean> {
  try {
    await fs.rename(path.join(dir, 'vm'), path.join(dir, CLAIMED));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return exists(path.join(dir, CLAIMED));
    throw err;
  }
}

/**
 * Ends the QEMUs of cached VMs still under `vmsDir` (never taken: a taken VM's vm/ is renamed
 * away, and claimVm leaves those alone) and removes their directories. For a daemon starting
 * or stopping, and for a shim that finds the daemon dead (sweepOrphans).
 */
export async function sweepVms(vmsDir: string, log: Logger): Promise<number> {
  let n = 0;
  for (const id of await fs.readdir(vmsDir).catch(() => [] as string[])) {
    const dir = path.join(vmsDir, id);
    if (await claimVm(dir)) {
      const pid = await liveQemuPid(path.join(dir, CLAIMED), id);
      if (pid && killQuietly(pid, 'SIGKILL')) n++;
    }
    await fs.rm(dir, { recursive: true, force: true });
  }
  if (n > 0) log.warn({ vms: n, dir: vmsDir }, 'ended cached VMs no daemon owns');
  return n;
}

/**
 * When the daemon is dead (its lock free): ends the ready VMs it left and removes its
 * namespace, holding the lock meanwhile so that a daemon starting does not race it.
 * Whoever notices first does it; a live daemon's VMs are never touched.
 */
export async function sweepOrphans(root: string, log: Logger): Promise<void> {
  const p = cachePaths(root);
  if (!(await exists(p.vms))) return;
  const lock = await lockFile(p.lock, { waitMs: 0 }).catch(() => undefined);
  if (!lock) return;
  try {
    await sweepVms(p.vms, log);
    await removeScratchNetns(p.netns);
    await fs.rm(p.socket, { force: true });
  } finally {
    await lock.close();
  }
}
