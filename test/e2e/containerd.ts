/**
 * End-to-end harness: a private containerd, either generation, driven with its own `ctr`.
 *
 * `startContainerd('1')` runs Debian's containerd 1.6 (/usr/bin/containerd, config version 2);
 * `startContainerd('2')` runs the containerd 2.x that scripts/build-containerd2.sh builds into
 * test/e2e/bin/containerd2 (config version 3). Each instance has its own root
 * (/var/lib/husk-e2e/<uid>), state (/run/husk-e2e/<uid>, which also holds the config, the log
 * and the two sockets) and shares nothing with a system containerd or with other instances,
 * so several may run at once. `stop()` leaves nothing behind: tasks, shims (and everything
 * they started), mounts, runc state and directories.
 *
 * Runtimes are found the way containerd always finds them: runtime type `io.containerd.X.v2`
 * is the binary `containerd-shim-X-v2` on containerd's PATH. `pathPrepend` puts directories
 * first on that PATH, so `ctr run --runtime io.containerd.husk.v2` starts the husk shim from
 * there; generation 2 also finds its own runc shim ahead of Debian's.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { parseMountInfo } from '../../src/sandbox/mounts.js';
import { sandboxRoot } from '../../src/shim/paths.js';
import { cleanUpPod } from '../../src/shim/cleanup.js';
import { PodRecords, podStoreDir } from '../../src/shim/pod-records.js';

/** Where shims keep pod stores when HUSK_STORE_DIR is not set (src/shim/pod-records.ts). */
const DEFAULT_STORE_ROOT = '/var/lib/husk/store';

export type Generation = '1' | '2';

/** The repository: found upwards, since this module also runs compiled from dist/ (bench/containerd). */
export const REPO_DIR = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    if (dir === path.dirname(dir)) throw new Error('test/e2e/containerd.ts: no package.json above it');
    dir = path.dirname(dir);
  }
  return dir;
})();
export const E2E_DIR = path.join(REPO_DIR, 'test', 'e2e');
export const CONTAINERD2_BIN_DIR = path.join(E2E_DIR, 'bin', 'containerd2');
export const DEFAULT_NAMESPACE = 'husk-e2e';
const ROOT_BASE = '/var/lib/husk-e2e';
const STATE_BASE = '/run/husk-e2e';
/** containerd 1.x and shims without a configured socket dir put shim sockets here. */
const SHARED_SHIM_SOCKET_DIR = '/run/containerd/s';
/** The runc shim's default runc root; one directory per namespace under it. */
const RUNC_SHIM_ROOT = '/run/containerd/runc';

export const BINARIES: Record<Generation, { containerd: string; ctr: string; binDir?: string; configVersion: number }> = {
  '1': { containerd: '/usr/bin/containerd', ctr: '/usr/bin/ctr', configVersion: 2 },
  '2': {
    containerd: path.join(CONTAINERD2_BIN_DIR, 'containerd'),
    ctr: path.join(CONTAINERD2_BIN_DIR, 'ctr'),
    // containerd-shim-runc-v2 2.x lives next to it; on PATH ahead of Debian's 1.6 shim
    binDir: CONTAINERD2_BIN_DIR,
    // 2.0–2.3 read version 3 natively; 2.4 (whose own is 4) migrates it on load
    configVersion: 3,
  },
};

/** Why a generation cannot run here, or null when its binaries are present. */
export function missingGeneration(generation: Generation): string | null {
  const b = BINARIES[generation];
  for (const bin of [b.containerd, b.ctr]) {
    if (!fs.existsSync(bin)) {
      return generation === '1'
        ? `${bin} is missing: apt-get install containerd (Debian 12 ships 1.6)`
        : `${bin} is missing: run scripts/build-containerd2.sh`;
    }
  }
  return null;
}

export interface ContainerdOptions {
  /** Directories put first on containerd's PATH (where it looks for containerd-shim-*-v2). */
  pathPrepend?: string[];
  /** Extra environment for containerd (and so for the shims it starts). */
  env?: Record<string, string>;
  /** Namespace for every ctr call (default husk-e2e). */
  namespace?: string;
  /** containerd's log level (default: HUSK_E2E_LOG_LEVEL or info). */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  /** Snapshotter ctr asks for (default overlayfs; native also works). */
  snapshotter?: string;
  /**
   * containerd 2.x's blockfile snapshotter (each snapshot an ext4 image file, mounted with
   * "loop"), kept on with this scratch image (an empty ext4 file system) and its root under
   * containerd's; with snapshotter: 'blockfile', ctr uses it.
   */
  blockfileScratch?: string;
  /** TOML appended to the generated config (must not repeat a table the harness writes). */
  extraConfig?: string;
  /** How long containerd may take to answer `ctr version` (default 20 s). */
  readyTimeoutMs?: number;
  /** Keeps containerd 2's CRI plugin on, configured for these runtime handlers. */
  cri?: CriOptions;
}

export interface CriRuntime {
  runtimeType: string;
  /** CRI's sandboxer: "podsandbox" (a pause container through the Task API) or "shim" (the shim's Sandbox API). */
  sandboxer?: 'podsandbox' | 'shim';
}

export interface CriOptions {
  /** Handler name → runtime; the first one is the default. */
  runtimes: Record<string, CriRuntime>;
  /** The pause image (podsandbox mode), already in the registry the mirrors point at. */
  pauseImage: string;
  /** Directory with the CNI network config (.conflist). */
  cniConfDir: string;
  /** Where the CNI plugin binaries are (Debian: /usr/lib/cni). */
  cniBinDir?: string;
  /** hosts.toml directory for registry mirrors (containerd's certs.d layout). */
  registryHostsDir?: string;
}

export const CRICTL = path.join(E2E_DIR, 'bin', 'cri-tools', 'crictl');
export const CRI_NAMESPACE = 'k8s.io';

export interface CtrOptions {
  timeoutMs?: number;
  /**
   * Written to ctr's stdin, which then ends (at once when not given). ctr never closes the
   * task's stdin (no CloseIO), so a process that reads to EOF keeps waiting.
   */
  input?: string;
  env?: Record<string, string>;
  namespace?: string;
}

export interface CtrResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
  durationMs: number;
}

/** A running ctr: await it for { stdout, stderr, exitCode } (it never rejects); stdout streams. */
export type CtrSubprocess = ResultPromise<{ input: string; reject: false; timeout: number; killSignal: 'SIGKILL' }>;

export interface Leftovers {
  /** Processes with this containerd's address in their command line, and their descendants. */
  processes: number[];
  /** Mount points at or under the root or state directory. */
  mounts: string[];
  /** The root and state directories, if they still exist. */
  dirs: string[];
}

export interface Containerd {
  readonly generation: Generation;
  /** Server version as `ctr version` reports it, e.g. 1.6.20~ds1 or 2.4.2. */
  readonly version: string;
  readonly uid: string;
  /** gRPC socket path (what ctr's --address and shims' -address get). */
  readonly address: string;
  readonly ttrpcAddress: string;
  readonly root: string;
  readonly state: string;
  readonly configPath: string;
  readonly logPath: string;
  readonly namespace: string;
  readonly ctrBinary: string;
  /** containerd's pid, or undefined while it is not running. */
  readonly pid: number | undefined;
  /** Runs this generation's ctr with --address and --namespace; never throws for an exit code. */
  ctr(args: string[], opts?: CtrOptions): Promise<CtrResult>;
  /** Like ctr(), but throws (with stderr) unless the exit code is 0; returns stdout. */
  ctrOk(args: string[], opts?: CtrOptions): Promise<string>;
  /** Starts ctr and returns the running execa subprocess (for streaming or timing output). */
  spawnCtr(args: string[], opts?: CtrOptions): CtrSubprocess;
  importImage(archive: string): Promise<void>;
  /** Runs crictl against this containerd's CRI (started with the `cri` option); never throws for an exit code. */
  crictl(args: string[], opts?: CtrOptions): Promise<CtrResult>;
  /** Like crictl(), but throws (with stderr) unless the exit code is 0; returns stdout, trimmed. */
  crictlOk(args: string[], opts?: CtrOptions): Promise<string>;
  /** SIGTERM containerd (shims keep running), then start it again on the same root, state, sockets. */
  restart(): Promise<void>;
  /** SIGTERM containerd only (shims keep running), as an upgrade does; start() brings it back. */
  halt(): Promise<void>;
  /** Starts containerd again after halt(), on the same root, state, sockets. */
  start(): Promise<void>;
  /** Removes every task and container, stops containerd, kills leftovers, unmounts, removes dirs. */
  stop(): Promise<void>;
  /** Shim processes (any containerd-shim-*) started for this containerd. */
  shimPids(): number[];
  /** What would be left behind now; all empty after stop(). */
  leftovers(): Leftovers;
  /** The last lines of containerd's log (empty once stop() removed it). */
  logTail(lines?: number): string;
}

/** Starts a private containerd of that generation and waits until it answers. */
export async function startContainerd(generation: Generation, options: ContainerdOptions = {}): Promise<Containerd> {
  const missing = missingGeneration(generation);
  if (missing) throw new Error(missing);
  const h = new Harness(generation, options);
  try {
    await h.launch();
  } catch (err) {
    const tail = h.logTail(30);
    await h.stop().catch(() => undefined);
    throw new Error(`containerd ${generation} did not start: ${(err as Error).message}\n${tail}`);
  }
  return h;
}

class Harness implements Containerd {
  readonly uid: string;
  readonly address: string;
  readonly ttrpcAddress: string;
  readonly root: string;
  readonly state: string;
  readonly configPath: string;
  readonly logPath: string;
  readonly namespace: string;
  readonly ctrBinary: string;
  version = '';
  private proc: ResultPromise | undefined;
  private exited: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    readonly generation: Generation,
    private readonly options: ContainerdOptions,
  ) {
    // short: the state dir also holds the sockets, and unix socket paths must stay < 108 bytes
    this.uid = `${generation}${crypto.randomBytes(3).toString('hex')}`;
    this.root = path.join(ROOT_BASE, this.uid);
    this.state = path.join(STATE_BASE, this.uid);
    this.address = path.join(this.state, 'c.sock');
    this.ttrpcAddress = `${this.address}.ttrpc`;
    this.configPath = path.join(this.state, 'config.toml');
    this.logPath = path.join(this.state, 'containerd.log');
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.ctrBinary = BINARIES[generation].ctr;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** The shims' socket dir for containerd 2.x (passed to shims in BootstrapParams). */
  private get socketDir(): string {
    return path.join(this.state, 's');
  }

  private config(): string {
    const q = (s: string) => JSON.stringify(s); // TOML basic strings accept JSON escapes
    const level = this.options.logLevel ?? process.env.HUSK_E2E_LOG_LEVEL ?? 'info';
    const gen2 = this.generation === '2';
    // CRI is not needed for ctr (and would want CNI and a pause image); NRI would share
    // /var/run/nri/nri.sock with every other containerd; the snapshotters that cannot work
    // on this host only slow the start and fill the log.
    const cri = gen2 ? this.options.cri : undefined;
    const criPlugins = cri
      ? []
      : ['io.containerd.grpc.v1.cri', 'io.containerd.cri.v1.images', 'io.containerd.cri.v1.runtime', 'io.containerd.podsandbox.controller.v1.podsandbox'];
    const disabled = gen2
      ? [
          ...criPlugins,
          'io.containerd.nri.v1.nri',
          ...(this.options.blockfileScratch ? [] : ['io.containerd.snapshotter.v1.blockfile']),
          'io.containerd.snapshotter.v1.devmapper',
          'io.containerd.snapshotter.v1.zfs',
        ]
      : [
          'io.containerd.grpc.v1.cri',
          'io.containerd.snapshotter.v1.aufs',
          'io.containerd.snapshotter.v1.btrfs',
          'io.containerd.snapshotter.v1.devmapper',
          'io.containerd.snapshotter.v1.zfs',
        ];
    const lines = [
      `# written by test/e2e/containerd.ts for one test run`,
      `version = ${BINARIES[this.generation].configVersion}`,
      `root = ${q(this.root)}`,
      `state = ${q(this.state)}`,
      `disabled_plugins = [${disabled.map(q).join(', ')}]`,
      ``,
      `[grpc]`,
      `  address = ${q(this.address)}`,
      ``,
      `[ttrpc]`,
      `  address = ${q(this.ttrpcAddress)}`,
      ``,
      `[debug]`,
      `  level = ${q(level)}`,
      ``,
      // the default is /opt/containerd, shared with the host
      `[plugins.${q('io.containerd.internal.v1.opt')}]`,
      `  path = ${q(path.join(this.root, 'opt'))}`,
    ];
    if (gen2) {
      // shim sockets in our state dir instead of the shared /run/containerd/s (shims that
      // read BootstrapParams get it; containerd 2.3+)
      lines.push('', `[plugins.${q('io.containerd.shim.v1.manager')}]`, `  socket_dir = ${q(this.socketDir)}`);
    }
    if (cri) lines.push('', ...criConfig(cri, q));
    if (gen2 && this.options.blockfileScratch) {
      lines.push('', `[plugins.${q('io.containerd.snapshotter.v1.blockfile')}]`, `  scratch_file = ${q(this.options.blockfileScratch)}`, `  fs_type = "ext4"`, `  mount_options = []`, `  recreate_scratch = true`);
    }
    if (this.options.extraConfig) lines.push('', this.options.extraConfig);
    return lines.join('\n') + '\n';
  }

  private containerdEnv(): Record<string, string> {
    const dirs = [...(this.options.pathPrepend ?? [])];
    const binDir = BINARIES[this.generation].binDir;
    if (binDir) dirs.push(binDir);
    const base = (process.env.PATH ?? '').split(':').filter(Boolean);
    for (const d of ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']) {
      if (!base.includes(d)) base.push(d); // runc is in /usr/sbin
    }
    return { ...this.options.env, PATH: [...dirs.map((d) => path.resolve(d)), ...base].join(':') };
  }

  async launch(): Promise<void> {
    if (this.stopped) throw new Error('containerd harness already stopped');
    fs.mkdirSync(this.root, { recursive: true, mode: 0o711 });
    fs.mkdirSync(this.state, { recursive: true, mode: 0o711 });
    if (this.generation === '2') fs.mkdirSync(this.socketDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(this.configPath, this.config());
    // A file descriptor goes to containerd as is (no piping through this process); execa's
    // types name only small fd numbers, any open one works.
    const logFd = fs.openSync(this.logPath, 'a') as 3;
    try {
      const proc = execa(BINARIES[this.generation].containerd, ['--config', this.configPath], {
        env: this.containerdEnv(),
        // containerd first tries ./containerd-shim-*-v2 relative to its cwd: keep that private
        cwd: this.state,
        stdin: 'ignore',
        stdout: logFd,
        stderr: logFd,
        reject: false,
        cleanup: true, // if the test process dies, containerd goes with it (shims do not)
        forceKillAfterDelay: false,
      });
      this.proc = proc;
      this.exited = proc.then(
        () => undefined,
        () => undefined,
      );
    } finally {
      fs.closeSync(logFd);
    }
    await this.waitReady(this.options.readyTimeoutMs ?? 20_000);
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited!.then(() => (exited = true));
    let last = '';
    while (Date.now() < deadline) {
      if (exited) throw new Error(`containerd exited (code ${(await this.proc!).exitCode}) before answering`);
      if (fs.existsSync(this.address)) {
        const r = await this.ctr(['version'], { timeoutMs: 3000 });
        if (r.exitCode === 0) {
          this.version = /Server:\s*\n\s*Version:\s*(\S+)/.exec(r.stdout)?.[1] ?? '';
          return;
        }
        last = r.stderr.trim();
      }
      await sleep(50);
    }
    throw new Error(`containerd did not answer ctr version within ${timeoutMs} ms${last ? `: ${last}` : ''}`);
  }

  private ctrArgs(args: string[], opts: CtrOptions): string[] {
    return ['--address', this.address, '--namespace', opts.namespace ?? this.namespace, ...args];
  }

  private ctrEnv(opts: CtrOptions): Record<string, string> {
    // ctr 2.x warns on stderr, on every call, that this host's cgroup v1 is deprecated
    const env: Record<string, string> = { CONTAINERD_SUPPRESS_DEPRECATION_WARNINGS: '1', ...opts.env };
    if (this.options.snapshotter) env.CONTAINERD_SNAPSHOTTER = this.options.snapshotter;
    return env;
  }

  spawnCtr(args: string[], opts: CtrOptions = {}): CtrSubprocess {
    return execa(this.ctrBinary, this.ctrArgs(args, opts), {
      env: this.ctrEnv(opts),
      input: opts.input ?? '', // no input: stdin at EOF at once, like /dev/null
      reject: false,
      timeout: opts.timeoutMs ?? 30_000,
      // ctr run forwards SIGTERM to the task and keeps waiting; a timeout must end ctr itself
      killSignal: 'SIGKILL',
    });
  }

  async ctr(args: string[], opts: CtrOptions = {}): Promise<CtrResult> {
    const t0 = performance.now();
    const r = await this.spawnCtr(args, opts);
    return {
      stdout: String(r.stdout ?? ''),
      stderr: String(r.stderr ?? ''),
      exitCode: r.exitCode ?? -1,
      timedOut: r.timedOut,
      durationMs: performance.now() - t0,
    };
  }

  async ctrOk(args: string[], opts: CtrOptions = {}): Promise<string> {
    const r = await this.ctr(args, opts);
    if (r.exitCode !== 0) {
      const why = r.timedOut ? 'timed out' : `exit ${r.exitCode}`;
      throw new Error(`ctr ${args.join(' ')}: ${why}\n${r.stderr.trim()}`);
    }
    return r.stdout;
  }

  async crictl(args: string[], opts: CtrOptions = {}): Promise<CtrResult> {
    const t0 = performance.now();
    const endpoint = `unix://${this.address}`;
    const r = await execa(CRICTL, ['--runtime-endpoint', endpoint, '--image-endpoint', endpoint, '--timeout', '120s', ...args], {
      input: opts.input ?? '',
      reject: false,
      timeout: opts.timeoutMs ?? 180_000,
      killSignal: 'SIGKILL',
      env: opts.env,
    });
    return { stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), exitCode: r.exitCode ?? -1, timedOut: r.timedOut, durationMs: performance.now() - t0 };
  }

  async crictlOk(args: string[], opts: CtrOptions = {}): Promise<string> {
    const r = await this.crictl(args, opts);
    if (r.exitCode !== 0) throw new Error(`crictl ${args.join(' ')}: ${r.timedOut ? 'timed out' : `exit ${r.exitCode}`}\n${r.stderr.trim()}`);
    return r.stdout.trim();
  }

  async importImage(archive: string): Promise<void> {
    // ctr 2.x imports through containerd's transfer service, whose unpack list holds only
    // the default snapshotter; --local imports (and unpacks) in ctr as 1.6 always does.
    const local = this.generation === '2' && this.options.snapshotter ? ['--local'] : [];
    await this.ctrOk(['images', 'import', ...local, archive], { timeoutMs: 120_000 });
  }

  private async stopDaemon(): Promise<void> {
    const proc = this.proc;
    if (!proc) return;
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const done = await settlesWithin(this.exited!, 15_000);
      if (!done) {
        proc.kill('SIGKILL');
        await this.exited;
      }
    }
    this.proc = undefined;
    this.exited = undefined;
  }

  async restart(): Promise<void> {
    await this.stopDaemon();
    await this.launch();
  }

  halt(): Promise<void> {
    return this.stopDaemon();
  }

  start(): Promise<void> {
    return this.launch();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const errors: string[] = [];
    const step = async (what: string, fn: () => Promise<void> | void) => {
      try {
        await fn();
      } catch (err) {
        errors.push(`${what}: ${(err as Error).message}`);
      }
    };
    const running = this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
    // What the task directories say, before anything is removed: for runc state and sockets.
    const taskIds = this.knownTasks();
    if (running && this.options.cri) await step('remove pods', () => this.removeAllPods());
    if (running) await step('remove tasks and containers', () => this.removeAllThroughCtr());
    await step('stop containerd', () => this.stopDaemon());
    await step('kill leftover processes', () => killTrees(processesOf(this.address)));
    await step('husk pod stores', () => this.sweepPodStores(taskIds.map((t) => t.ns)));
    await step('husk sandbox state', () => sweepHuskState(this.huskRoots(taskIds.map((t) => t.ns))));
    await step('remove runc state', () => this.removeRuncState(taskIds));
    for (const { ns, id } of taskIds) {
      for (const p of [path.join(this.address, ns, id), path.join(this.address, ns, id, 'debug')]) {
        const sock = path.join(SHARED_SHIM_SOCKET_DIR, crypto.createHash('sha256').update(p).digest('hex'));
        fs.rmSync(sock, { force: true });
      }
    }
    await step('unmount', () => unmountUnder([this.root, this.state]));
    await step('remove directories', () => {
      const still = mountsUnder([this.root, this.state]);
      if (still.length) throw new Error(`still mounted, not removing: ${still.join(', ')}`);
      if (process.env.HUSK_E2E_KEEP_LOGS && fs.existsSync(this.logPath)) {
        fs.mkdirSync(process.env.HUSK_E2E_KEEP_LOGS, { recursive: true });
        fs.copyFileSync(this.logPath, path.join(process.env.HUSK_E2E_KEEP_LOGS, `containerd-${this.uid}.log`));
      }
      fs.rmSync(this.root, { recursive: true, force: true });
      fs.rmSync(this.state, { recursive: true, force: true });
      for (const base of [ROOT_BASE, STATE_BASE]) {
        try {
          fs.rmdirSync(base); // only when no other instance uses it
        } catch {
          /* not empty or gone */
        }
      }
    });
    if (errors.length) throw new Error(`containerd ${this.generation} (${this.uid}) cleanup: ${errors.join('; ')}`);
  }

  /** Through CRI, so it runs CNI DEL and removes the pods' network namespaces. */
  private async removeAllPods(): Promise<void> {
    await this.crictlOk(['rmp', '--force', '--all'], { timeoutMs: 180_000 });
  }

  /** ctr task kill / delete and ctr container delete for everything in every namespace. */
  private async removeAllThroughCtr(): Promise<void> {
    const t = { timeoutMs: 20_000 };
    const nsOut = await this.ctr(['namespaces', 'ls', '-q'], t);
    const namespaces = new Set([this.namespace, ...nsOut.stdout.split('\n').map((s) => s.trim()).filter(Boolean)]);
    for (const ns of namespaces) {
      const o = { ...t, namespace: ns };
      const tasks = (await this.ctr(['task', 'ls'], o)).stdout
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s+/))
        .filter((f) => f.length >= 3);
      for (const [id, , status] of tasks) {
        // a frozen process cannot die: thaw it first
        if (status === 'PAUSED' || status === 'PAUSING') await this.ctr(['task', 'resume', id!], o);
        if (status !== 'STOPPED') await this.ctr(['task', 'kill', '-a', '-s', 'KILL', id!], o);
        await this.ctr(['task', 'delete', '-f', id!], o);
      }
      const containers = (await this.ctr(['containers', 'ls', '-q'], o)).stdout.split('\n').map((s) => s.trim()).filter(Boolean);
      for (const id of containers) await this.ctr(['containers', 'delete', id], o);
    }
  }

  /** Task bundles containerd still knows of (namespace, id), from its state directory. */
  private knownTasks(): { ns: string; id: string }[] {
    const out: { ns: string; id: string }[] = [];
    const base = path.join(this.state, 'io.containerd.runtime.v2.task');
    for (const ns of readdir(base)) for (const id of readdir(path.join(base, ns))) out.push({ ns, id });
    return out;
  }

  /** runc state of tasks whose shim died without deleting them (runc shim's default root). */
  private async removeRuncState(tasks: { ns: string; id: string }[]): Promise<void> {
    for (const { ns, id } of tasks) {
      const runcRoot = path.join(RUNC_SHIM_ROOT, ns);
      if (!fs.existsSync(path.join(runcRoot, id))) continue;
      // the same namespace and id may belong to another instance: check the bundle is ours
      const st = await execa('runc', ['--root', runcRoot, 'state', id], { reject: false, timeout: 20_000 });
      let bundle = '';
      try {
        bundle = (JSON.parse(st.stdout) as { bundle?: string }).bundle ?? '';
      } catch {
        /* no state: let delete --force clean what is there */
      }
      if (bundle && !bundle.startsWith(this.state + '/')) continue;
      const r = await execa('runc', ['--root', runcRoot, 'delete', '--force', id], { reject: false, timeout: 20_000 });
      if (r.exitCode !== 0 && fs.existsSync(path.join(runcRoot, id))) throw new Error(`runc delete ${id}: ${r.stderr}`);
    }
  }

  shimPids(): number[] {
    const procs = readProcs();
    return processesOf(this.address, procs).filter((pid) => runs(procs.get(pid), 'containerd-shim-'));
  }

  /**
   * Where husk shims of this containerd keep their pods' VM state (src/shim/paths.ts), one
   * directory per namespace; each goes with the namespace's last pod.
   */
  private huskRoots(namespaces: string[] = []): string[] {
    return this.huskNamespaces(namespaces).map((ns) => sandboxRoot(this.address, ns));
  }

  /** The namespaces husk pods of this containerd may be in: its own, CRI's, and `extra`. */
  private huskNamespaces(extra: string[]): string[] {
    return [...new Set([this.namespace, ...(this.options.cri ? [CRI_NAMESPACE] : []), ...extra])];
  }

  /**
   * Pod stores of this containerd's shims, once every shim is gone: a shim that ended properly
   * removed its own, so one still there belongs to a shim that died (a failed test, or one that
   * killed it and did not clean up). What it names is removed as `husk gc` does (a dead shim's
   * QEMU has left the process tree, so nothing else would end it), and reported.
   */
  private async sweepPodStores(namespaces: string[]): Promise<void> {
    const root = this.options.env?.HUSK_STORE_DIR ?? DEFAULT_STORE_ROOT;
    const left: string[] = [];
    for (const ns of this.huskNamespaces(namespaces)) {
      const group = path.dirname(podStoreDir(this.address, ns, 'pod', root));
      for (const id of readdir(group)) {
        const records = await PodRecords.open(path.join(group, id)).catch((err: Error) => err);
        if (records instanceof Error) {
          left.push(`${ns}/${id} (unreadable, removed: ${records.message})`);
          continue;
        }
        const cleaned = await cleanUpPod(records, sandboxRoot(this.address, ns), id);
        left.push(`${ns}/${id} (${[...cleaned.removed, ...cleaned.failed.map((f) => `failed: ${f}`)].join(', ')})`);
      }
      fs.rmSync(group, { recursive: true, force: true });
    }
    if (left.length) throw new Error(`pod stores of dead shims left behind (cleaned up now): ${left.join('; ')}`);
  }

  leftovers(): Leftovers {
    return {
      processes: processesOf(this.address),
      mounts: mountsUnder([this.root, this.state, ...this.huskRoots()]),
      dirs: [this.root, this.state].filter((d) => fs.existsSync(d)),
    };
  }

  logTail(lines = 50): string {
    try {
      return fs.readFileSync(this.logPath, 'utf8').split('\n').slice(-lines - 1).join('\n');
    } catch {
      return '';
    }
  }
}

// ---- processes ------------------------------------------------------------------------

interface ProcInfo {
  ppid: number;
  state: string;
  args: string[];
}

function readProcs(): Map<number, ProcInfo> {
  const procs = new Map<number, ProcInfo>();
  for (const name of readdir('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((a, i, all) => a || i < all.length - 1);
      procs.set(pid, { state: rest[0]!, ppid: Number(rest[1]), args });
    } catch {
      /* exited meanwhile */
    }
  }
  return procs;
}

/** Whether the process's program (or, for node, its script) has a name starting with `prefix`. */
function runs(p: ProcInfo | undefined, prefix: string): boolean {
  return (p?.args ?? []).slice(0, 2).some((a) => path.basename(a).startsWith(prefix));
}

/** Pids (as /proc names) of the live processes whose program's name starts with `prefix`. */
export function programPids(prefix: string): string[] {
  return [...readProcs()].filter(([, p]) => p.state !== 'Z' && runs(p, prefix)).map(([pid]) => String(pid));
}

/**
 * Live processes whose command line has `address` as an argument (shims get `-address`, ctr
 * gets `--address`), and all their descendants; never this process.
 */
export function processesOf(address: string, procs = readProcs()): number[] {
  const roots = [...procs].filter(([pid, p]) => pid !== process.pid && p.args.includes(address)).map(([pid]) => pid);
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const found = new Set<number>();
  const queue = [...roots];
  while (queue.length) {
    const pid = queue.shift()!;
    if (found.has(pid) || pid === process.pid) continue;
    found.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return [...found].filter((pid) => procs.get(pid)!.state !== 'Z').sort((a, b) => a - b);
}

async function killTrees(pids: number[]): Promise<void> {
  if (!pids.length) return;
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  // A frozen process (a paused container) takes its SIGKILL only once thawed.
  thawCgroupsOf(pids);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const procs = readProcs();
    const alive = pids.filter((pid) => procs.has(pid) && procs.get(pid)!.state !== 'Z');
    if (!alive.length) return;
    if (Date.now() > deadline) throw new Error(`processes survived SIGKILL: ${alive.join(' ')}`);
    await sleep(50);
  }
}

/** Thaws the freezer cgroups (v1 freezer or v2 cgroup.freeze) the processes are in. */
function thawCgroupsOf(pids: number[]): void {
  const mounts = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter(Boolean);
  // mountinfo: ... mount-point ... - fstype source super-options
  const mountOf = (pred: (fstype: string, opts: string) => boolean) => {
    for (const l of mounts) {
      const [pre, post] = l.split(' - ');
      const [fstype, , opts] = (post ?? '').split(' ');
      if (pred(fstype ?? '', opts ?? '')) return parseMountInfo(pre!)[0];
    }
    return undefined;
  };
  const freezerV1 = mountOf((t, o) => t === 'cgroup' && o.split(',').includes('freezer'));
  const unified = mountOf((t) => t === 'cgroup2');
  const thawed = new Set<string>();
  for (const pid of pids) {
    let lines: string[];
    try {
      lines = fs.readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n');
    } catch {
      continue;
    }
    for (const line of lines) {
      const [, controllers, cgPath] = /^\d+:([^:]*):(.*)$/.exec(line) ?? [];
      if (cgPath === undefined) continue;
      let file: string | undefined;
      let value = '';
      if (freezerV1 && controllers!.split(',').includes('freezer')) {
        file = path.join(freezerV1, cgPath, 'freezer.state');
        value = 'THAWED';
      } else if (unified && controllers === '') {
        file = path.join(unified, cgPath, 'cgroup.freeze');
        value = '0';
      }
      if (!file || thawed.has(file)) continue;
      thawed.add(file);
      try {
        fs.writeFileSync(file, value);
      } catch {
        /* no such file (not a freezable cgroup) or gone */
      }
    }
  }
}

// ---- mounts -----------------------------------------------------------------------------

/** Mount points (of this process's mount namespace) at or under any of the directories. */
export function mountsUnder(dirs: string[]): string[] {
  const points = parseMountInfo(fs.readFileSync('/proc/self/mountinfo', 'utf8'));
  return [...new Set(points.filter((p) => dirs.some((d) => p === d || p.startsWith(d + '/'))))];
}

/**
 * husk's state under `roots` once every shim is gone: a shim that ended properly leaves none,
 * so what is there (a rootfs bind mount, a pod's directory) leaked. It is removed so the host
 * stays clean, and reported so the test fails.
 */
async function sweepHuskState(roots: string[]): Promise<void> {
  const left = [...mountsUnder(roots), ...roots.flatMap((r) => readdir(r).map((e) => path.join(r, e)))];
  await unmountUnder(roots);
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  if (left.length) throw new Error(`husk sandbox state left behind (removed now): ${[...new Set(left)].join(', ')}`);
}

async function unmountUnder(dirs: string[]): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const points = mountsUnder(dirs).sort((a, b) => b.length - a.length); // deepest first
    if (!points.length) return;
    for (const p of points) {
      const r = await execa('umount', [p], { reject: false, timeout: 20_000 });
      if (r.exitCode !== 0) await execa('umount', ['-l', p], { reject: false, timeout: 20_000 });
    }
  }
  const left = mountsUnder(dirs);
  if (left.length) throw new Error(`cannot unmount ${left.join(', ')}`);
}

// ---- helpers ----------------------------------------------------------------------------

function readdir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether the promise settles within ms (the timer does not outlive the answer). */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `fn` until it gives something truthy; throws naming `what` after the timeout. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The CRI plugin's tables (config version 3, which containerd 2.4 migrates on load). */
function criConfig(cri: CriOptions, q: (s: string) => string): string[] {
  const names = Object.keys(cri.runtimes);
  const images = `plugins.${q('io.containerd.cri.v1.images')}`;
  const runtime = `plugins.${q('io.containerd.cri.v1.runtime')}`;
  const lines = [
    `[${images}]`,
    `  snapshotter = "overlayfs"`,
    `[${images}.pinned_images]`,
    `  sandbox = ${q(cri.pauseImage)}`,
  ];
  if (cri.registryHostsDir) lines.push(`[${images}.registry]`, `  config_path = ${q(cri.registryHostsDir)}`);
  lines.push(
    `[${runtime}]`,
    // this host's cgroup v1 is deprecated; the warning is a runtime condition crictl shows
    `  ignore_deprecation_warnings = ["io.containerd.deprecation/cgroup-v1"]`,
    // CRI gives the pause container oom_score_adj -998; a host that may not lower scores
    // (this one runs the tests in a container without CAP_SYS_RESOURCE) fails runc's start
    `  restrict_oom_score_adj = true`,
    `[${runtime}.containerd]`,
    `  default_runtime_name = ${q(names[0]!)}`,
  );
  for (const [name, r] of Object.entries(cri.runtimes)) {
    lines.push(`[${runtime}.containerd.runtimes.${q(name)}]`, `  runtime_type = ${q(r.runtimeType)}`);
    if (r.sandboxer) lines.push(`  sandboxer = ${q(r.sandboxer)}`);
    // a shim-mode pod has no pause container: no reason to pull its image
    if (r.sandboxer === 'shim') lines.push(`  disable_pause_image_pull = true`);
  }
  lines.push(`[${runtime}.cni]`, `  bin_dirs = [${q(cri.cniBinDir ?? '/usr/lib/cni')}]`, `  conf_dir = ${q(cri.cniConfDir)}`, `  max_conf_num = 1`);
  return lines;
}
