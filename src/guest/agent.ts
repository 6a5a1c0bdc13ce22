/**
 * The guest agent's model: the sandbox's containers and processes inside the VM. Plain
 * TypeScript, no protobuf: agent-service.ts adapts the Kata protocol onto it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import type { Logger } from 'pino';
import { alreadyExists, failedPrecondition, GrpcCode, HuskError, invalidArgument, notFound, validateId } from '../errors.js';
import { readCgroupStats, readOomKills, type CgroupStats } from './cgroup-stats.js';
import { GuestContainer, type ContainerProcess } from './container.js';
import { guestSpec, vmSysctls } from './guest-spec.js';
import { findDisk, resolveBlockDevices, rootfsDisk, type RootfsDisk } from './block-devices.js';
import { GuestCpus } from './cpus.js';
import { GuestHelper } from './helper.js';
import { GuestIdentity } from './identity.js';
import { Network } from './network.js';
import type { Runc } from './runc.js';

/** How long a disk the host hot-plugged for a container may take to appear in the guest. */
const DISK_WAIT_MS = 30_000;

/** PID 1 of the pod's shared PID namespace (scripts/guest/pause.c, built into the guest image). */
const POD_PAUSE = '/usr/libexec/husk/pause';

export interface Storage {
  driver: string;
  source: string;
  fstype: string;
  options: string[];
  mountPoint: string;
}

export interface AgentOptions {
  /** Where bundles and mount points live; everything the agent creates stays below it. */
  stateDir: string;
  runc: Runc;
  /** The guest's cgroup v2 mount; containers go under <cgroupRoot>/<cgroupParent>/<id>. */
  cgroupRoot: string;
  cgroupParent: string;
  log: Logger;
  /** The serving helper network and identity ask; tests give one inside a network namespace. */
  helper?: GuestHelper;
  /** Runs mount(8); replaced in tests that cannot mount. */
  mount?: (s: Storage) => Promise<void>;
  oomPollMs?: number;
  /** How long UpdateInterface waits for a NIC's MAC to appear (network.ts). */
  nicWaitMs?: number;
}

export class Agent {
  private readonly containers = new Map<string, GuestContainer>();
  private readonly mounted: string[] = [];
  /** Containers whose root is a disk mounted here, and where. */
  private readonly rootDisks = new Map<string, string>();
  private sandboxId: string | undefined;
  private readonly oomQueue: string[] = [];
  private readonly oomWaiters: Array<() => void> = [];
  /** Aborted when the host releases its session (hostReleased): its waits end untaken. */
  private session = new AbortController();
  /** Output reads and OOM waits the host has outstanding. */
  private waiting = 0;
  private readonly oomSeen = new Map<string, bigint>();
  private oomTimer: NodeJS.Timeout | undefined;
  /** PID 1 of the pod's shared PID namespace (see podPidNamespace). */
  private podPidHolder: { outer: ReturnType<typeof execa>; inner: number } | undefined;

  readonly helper: GuestHelper;
  readonly cpus = new GuestCpus();
  readonly network: Network;
  readonly identity: GuestIdentity;

  constructor(private readonly o: AgentOptions) {
    this.helper = o.helper ?? new GuestHelper();
    this.network = new Network(this.helper, this.o.nicWaitMs);
    this.identity = new GuestIdentity(this.helper);
  }

  async createSandbox(req: { sandboxId: string; hostname: string; storages: Storage[] }): Promise<void> {
    if (this.sandboxId !== undefined) throw alreadyExists(`sandbox ${this.sandboxId} already exists`);
    validateId('sandbox', req.sandboxId);
    for (const s of req.storages) await this.mountStorage(s);
    if (req.hostname) await this.identity.hostname(req.hostname).catch((err: unknown) => this.o.log.warn({ err }, 'setting the hostname failed'));
    this.sandboxId = req.sandboxId;
    this.o.log.info({ sandbox: req.sandboxId }, 'sandbox created');
  }

  /**
   * The PID namespace containers of the pod share (Kubernetes' default): the host named it
   * by a path of its own, meaningless in here, so the guest keeps one, held by a process
   * that is its PID 1 as the pause container would be: the guest's own pause, which also
   * reaps the pod's orphans. Made on first use.
   */
  private async podPidNamespace(): Promise<string> {
    if (!this.podPidHolder) {
      const outer = execa('unshare', ['-p', '-f', POD_PAUSE], { reject: false, stdio: 'ignore' });
      let inner: number | undefined;
      for (let i = 0; i < 200 && inner === undefined; i++) {
        const children = await fs.readFile(`/proc/${outer.pid}/task/${outer.pid}/children`, 'utf8').catch(() => '');
        inner = Number(children.trim().split(' ')[0]) || undefined;
        if (inner === undefined) await new Promise((r) => setTimeout(r, 10));
      }
      if (inner === undefined) {
        outer.kill('SIGKILL');
        throw failedPrecondition('could not make the pod PID namespace');
      }
      this.podPidHolder = { outer, inner };
    }
    return `/proc/${this.podPidHolder.inner}/ns/pid`;
  }

  /** Removes every container and unmounts what CreateSandbox mounted. */
  async destroySandbox(): Promise<void> {
    for (const c of [...this.containers.values()]) await this.removeContainer(c.id, 5000);
    for (const m of this.mounted.splice(0).reverse()) {
      await execa('umount', ['-l', m]).catch((err) => this.o.log.warn({ err, mountPoint: m }, 'umount failed'));
    }
    clearInterval(this.oomTimer);
    if (this.podPidHolder) {
      process.kill(this.podPidHolder.inner, 'SIGKILL');
      this.podPidHolder.outer.kill('SIGKILL');
      await this.podPidHolder.outer;
      this.podPidHolder = undefined;
    }
    this.sandboxId = undefined;
  }

  async createContainer(id: string, spec: Record<string, unknown>): Promise<void> {
    validateId('container', id);
    if (this.containers.has(id)) throw alreadyExists(`container ${id} already exists`);
    const sharesPodPid = ((spec.linux as { namespaces?: Array<{ type: string; path?: string }> } | undefined)?.namespaces ?? []).some((n) => n.type === 'pid' && n.path);
    // The host plugged the disks just before; the guest kernel probes them in its own time.
    let withDisks = await resolveBlockDevices(spec, DISK_WAIT_MS);
    const root = rootfsDisk(withDisks);
    if (root) withDisks = { ...root.spec, root: { ...(root.spec.root as object), path: await this.mountRootDisk(id, root.disk) } };
    try {
      await this.prepareContainer(id, withDisks, sharesPodPid);
    } catch (err) {
      if (root) await this.unmountRootDisk(id);
      throw err;
    }
  }

  /** Mounts a container's root disk (found by its serial) where its root will be; returns that path. */
  private async mountRootDisk(id: string, disk: RootfsDisk): Promise<string> {
    const { name } = await findDisk(disk.serial, DISK_WAIT_MS);
    const target = path.join(this.o.stateDir, 'rootfs', id);
    await fs.mkdir(target, { recursive: true, mode: 0o700 });
    // Shipped, not loaded at boot (build-guest.sh EXTRA_MODULES); ext2 and ext3 are ext4's too.
    if (!(await fs.readFile('/proc/filesystems', 'utf8').catch(() => '')).includes(`\t${disk.fstype}\n`)) {
      await execa('modprobe', ['ext4'], { reject: false });
    }
    try {
      await (this.o.mount ?? ((m: Storage) => this.mountWithHelper(m)))({ driver: 'blk', source: `/dev/${name}`, fstype: disk.fstype, options: disk.options, mountPoint: target });
    } catch (err) {
      await fs.rmdir(target).catch(() => undefined);
      throw err;
    }
    this.rootDisks.set(id, target);
    this.o.log.info({ container: id, disk: name, serial: disk.serial, fstype: disk.fstype }, 'container root disk mounted');
    return target;
  }

  private async unmountRootDisk(id: string): Promise<void> {
    const target = this.rootDisks.get(id);
    if (!target) return;
    this.rootDisks.delete(id);
    await execa('umount', [target]).catch((err) => this.o.log.warn({ err, container: id, mountPoint: target }, 'cannot unmount a container root disk'));
    await fs.rmdir(target).catch(() => undefined);
  }

  private async prepareContainer(id: string, spec: Record<string, unknown>, sharesPodPid: boolean): Promise<void> {
    const adjusted = guestSpec(spec, id, this.o.cgroupParent, sharesPodPid ? await this.podPidNamespace() : undefined);
    for (const [file, value] of vmSysctls(spec)) {
      await fs.writeFile(file, value).catch((err: Error) => {
        throw invalidArgument(`container ${id}: sysctl ${file.slice('/proc/sys/'.length).replace(/\//g, '.')}=${value}: ${err.message}`);
      });
    }
    const rootPath = (adjusted.root as { path: string }).path;
    await fs.stat(rootPath).catch(() => {
      throw invalidArgument(`container ${id}: rootfs ${rootPath} does not exist in the guest`);
    });
    const bundle = path.join(this.o.stateDir, 'containers', id);
    await fs.mkdir(bundle, { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(bundle, 'config.json'), JSON.stringify(adjusted), { mode: 0o600 });
    const cgroupDir = path.join(this.o.cgroupRoot, (adjusted.linux as { cgroupsPath: string }).cgroupsPath);
    const terminal = (adjusted.process as { terminal?: boolean }).terminal === true;
    this.containers.set(id, new GuestContainer(id, bundle, cgroupDir, terminal, this.o.runc, this.o.log.child({ container: id })));
    this.o.log.info({ container: id }, 'container created');
  }

  async startContainer(id: string): Promise<void> {
    const c = this.container(id);
    const init = await c.start();
    this.watchOom();
    void init.exited.then(() => this.checkOom(c));
  }

  async execProcess(id: string, execId: string, processSpec: Record<string, unknown>): Promise<void> {
    validateId('exec', execId);
    await this.container(id).exec(execId, processSpec);
  }

  waitProcess(id: string, execId: string): Promise<number> {
    return this.container(id).process(execId).exited;
  }

  signalProcess(id: string, execId: string, signal: number): Promise<void> {
    if (!Number.isInteger(signal) || signal < 1 || signal > 64) throw invalidArgument(`invalid signal ${signal}`);
    return this.container(id).signal(execId, signal);
  }

  listProcesses(id: string): Promise<ContainerProcess[]> {
    return this.container(id).processes();
  }

  /** Output bytes, or null at end of stream. */
  readOutput(id: string, execId: string, which: 'stdout' | 'stderr', max: number, signal?: AbortSignal): Promise<Buffer | null> {
    if (max <= 0) throw invalidArgument('read length must be positive');
    const pipe = this.container(id).process(execId)[which];
    return this.sessionWait((s) => pipe.read(max, s), signal);
  }

  /**
   * The host is handing its session over (its shim is being replaced): every output read and
   * OOM wait ends now, before taking anything, and later ones until the next host connects.
   * Returns how many were waiting.
   */
  hostReleased(): number {
    const woken = this.waiting;
    this.session.abort(new HuskError(GrpcCode.Aborted, 'the host released its session'));
    return woken;
  }

  /** A host connected: its waits are served. */
  hostConnected(): void {
    if (this.session.signal.aborted) this.session = new AbortController();
  }

  /** Runs a wait the host's release must end as well as its own signal. */
  private async sessionWait<T>(wait: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const session = this.session.signal;
    session.throwIfAborted();
    // One controller per wait, its listeners removed after: AbortSignal.any() would keep every
    // wait's signal tied to the session's for the whole session (a leak per output read).
    const both = new AbortController();
    const end = (s: AbortSignal) => () => both.abort(s.reason);
    const onSession = end(session);
    const onCall = signal ? end(signal) : undefined;
    session.addEventListener('abort', onSession, { once: true });
    if (signal && onCall) {
      if (signal.aborted) both.abort(signal.reason);
      else signal.addEventListener('abort', onCall, { once: true });
    }
    this.waiting++;
    try {
      return await wait(both.signal);
    } finally {
      this.waiting--;
      session.removeEventListener('abort', onSession);
      if (signal && onCall) signal.removeEventListener('abort', onCall);
    }
  }

  writeStdin(id: string, execId: string, data: Uint8Array): Promise<number> {
    return this.container(id).process(execId).stdin.write(data);
  }

  resizeTty(id: string, execId: string, rows: number, columns: number): Promise<void> {
    return this.container(id).process(execId).resize(rows, columns);
  }

  closeStdin(id: string, execId: string): void {
    this.container(id).process(execId).stdin.close();
  }

  pauseContainer(id: string): Promise<void> {
    return this.container(id).pause();
  }

  resumeContainer(id: string): Promise<void> {
    return this.container(id).resume();
  }

  updateContainer(id: string, resources: Record<string, unknown>): Promise<void> {
    return this.container(id).update(resources);
  }

  statsContainer(id: string): Promise<CgroupStats> {
    const c = this.container(id);
    if (c.state === 'created') throw failedPrecondition(`container ${id} has not started`);
    return readCgroupStats(c.cgroupPath);
  }

  async removeContainer(id: string, timeoutMs: number): Promise<void> {
    const c = this.container(id);
    await c.remove(timeoutMs);
    this.containers.delete(id);
    this.oomSeen.delete(id);
    // Its disk goes back to the host only once nothing here holds it.
    await this.unmountRootDisk(id);
    this.o.log.info({ container: id }, 'container removed');
  }

  /** Waits for the next container the kernel OOM-killed in; the host keeps one call pending. */
  nextOomEvent(signal?: AbortSignal): Promise<string> {
    return this.sessionWait((s) => this.takeOomEvent(s), signal);
  }

  private async takeOomEvent(signal?: AbortSignal): Promise<string> {
    while (this.oomQueue.length === 0) {
      signal?.throwIfAborted();
      await new Promise<void>((resolve) => {
        this.oomWaiters.push(resolve);
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
    }
    return this.oomQueue.shift()!;
  }

  private container(id: string): GuestContainer {
    const c = this.containers.get(id);
    if (!c) throw notFound(`container ${id} not found`);
    return c;
  }

  private async mountStorage(s: Storage): Promise<void> {
    const target = path.resolve(s.mountPoint);
    if (!target.startsWith(this.o.stateDir + path.sep)) throw invalidArgument(`mount point ${s.mountPoint} is outside ${this.o.stateDir}`);
    if (!['9p', 'virtio-fs', 'virtiofs', 'tmpfs'].includes(s.fstype)) throw invalidArgument(`filesystem type ${s.fstype} is not supported`);
    await fs.mkdir(target, { recursive: true, mode: 0o700 });
    await (this.o.mount ?? ((m: Storage) => this.mountWithHelper(m)))({ ...s, mountPoint: target });
    this.mounted.push(target);
    this.o.log.info({ source: s.source, mountPoint: target, fstype: s.fstype }, 'storage mounted');
  }

  private async mountWithHelper(s: Storage): Promise<void> {
    try {
      await this.identity.mount({ fstype: s.fstype, source: s.source, target: s.mountPoint, options: s.options });
    } catch (err) {
      throw failedPrecondition(`mount ${s.source} on ${s.mountPoint}: ${(err as Error).message}`);
    }
  }

  /** memory.events is polled, not watched: cheap at this rate, and it works on every kernel. */
  private watchOom(): void {
    if (this.oomTimer) return;
    this.oomTimer = setInterval(() => {
      for (const c of this.containers.values()) if (c.state === 'running') void this.checkOom(c);
    }, this.o.oomPollMs ?? 500);
    this.oomTimer.unref();
  }

  private async checkOom(c: GuestContainer): Promise<void> {
    const kills = await readOomKills(c.cgroupPath);
    if (kills > (this.oomSeen.get(c.id) ?? 0n)) {
      this.oomSeen.set(c.id, kills);
      this.o.log.warn({ container: c.id, oomKills: kills.toString() }, 'container hit its memory limit');
      this.oomQueue.push(c.id);
      for (const w of this.oomWaiters.splice(0)) w();
    }
  }
}


