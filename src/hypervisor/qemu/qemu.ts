/**
 * The QEMU driver: one QEMU child process per VM, controlled over QMP. QEMU stays our
 * child (no -daemonize) so its exit status reaches us directly: the moment QEMU dies,
 * whatever the cause, the monitor reports it and the driver removes what it created.
 */
import fsSync, { constants as fsConstants } from 'node:fs';
import net from 'node:net';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { pino, type Logger } from 'pino';
import { GrpcCode } from '../../errors.js';
import { chooseAccel, parseAccelMode, type AccelMode } from '../accel.js';
import {
  HypervisorError,
  validateVmId,
  type Accel,
  type AdoptedVm,
  type ForeignTaps,
  type StopOptions,
  type Vm,
  type VmConfig,
  type VmExit,
  type VmFactory,
  type VmHotplug,
  type VmSize,
  type HotplugRoom,
  type HotplugState,
  type VmStatus,
} from '../hypervisor.js';
import { buildQemuArgs, hotMemoryPath, validateNetdev, vcpuHotplug } from './command-line.js';
import { QmpClient, type QmpEvent } from './qmp.js';
import { QemuHotplug } from './hotplug/qemu-hotplug.js';
import { childLogger } from '../../log.js';
import { processGone, sameProcess, signalProcess } from '../../host/proc.js';

/** See QemuVmFactory.identity. */
export interface VmIdentity {
  qemu: { binary: string; version: string; size: number; mtimeMs: number };
  accel: Accel;
  argv: string[];
}

export interface QemuVmFactoryOptions {
  /** Default `qemu-system-x86_64` from PATH. */
  qemuBinary?: string;
  /** Default: HUSK_ACCEL from the environment, else auto (see accel.ts). */
  accel?: AccelMode;
  /** Default: silent. */
  logger?: Logger;
  /** From spawning QEMU until its QMP socket has answered the handshake. Default 10000. */
  startTimeoutMs?: number;
  /** Default timeout of QMP commands (pause, resume, status). Default 5000. */
  qmpTimeoutMs?: number;
  /** Where auto accelerator mode keeps its verdict (see accel.ts). Default /run/husk/accel.json. */
  accelVerdictFile?: string;
  /** Starts QEMU in VmConfig.netns. Default `nsenter` from PATH. */
  nsenterBinary?: string;
  /** vhost-net for NICs. Default: on when /dev/vhost-net can be opened for reading and writing. */
  vhostNet?: boolean;
  /**
   * QEMU may outlive this process, because another takes it over (a factory's cache, see
   * adopt): it runs in a session of its own, is not ended when this process exits, and
   * writes its stderr to `qemu.stderr` in its state directory rather than to a pipe.
   */
  outlive?: boolean;
}

/** Linux's sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;
/** How much of QEMU's stderr is kept for error messages. */
const STDERR_TAIL_BYTES = 8 * 1024;
/** After SIGKILL, how long before concluding the process is stuck (e.g. in uninterruptible I/O). */
const KILL_WAIT_MS = 10_000;
const DEFAULT_STOP_STEP_MS = 5000;
const QMP_LOSS_GRACE_MS = 2000;
/** Saving a template moves a few hundred KiB of device state: seconds are plenty. */
const SAVE_TIMEOUT_MS = 30_000;
const MIN_MEMORY_MIB = 64;
const MAX_VCPUS = 255;

interface ProcessExit {
  code?: number;
  signal?: NodeJS.Signals;
  /** Set when QEMU could not be started at all (e.g. ENOENT). */
  error?: string;
}

/** The last few KiB of a stream: enough for QEMU's error, never unbounded. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0]!.length >= this.limit) this.size -= this.chunks.shift()!.length;
  }

  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8').trim();
  }
}

export class QemuVmFactory implements VmFactory {
  private readonly qemuBinary: string;
  private readonly accelMode: AccelMode;
  private readonly accelVerdictFile: string | undefined;
  private readonly log: Logger;
  private readonly startTimeoutMs: number;
  private readonly qmpTimeoutMs: number;
  private readonly nsenterBinary: string;
  private readonly outlive: boolean;
  private vhostNet: Promise<boolean> | undefined;
  private version: Promise<VmIdentity['qemu']> | undefined;

  constructor(options: QemuVmFactoryOptions = {}) {
    this.qemuBinary = options.qemuBinary ?? 'qemu-system-x86_64';
    this.accelMode = options.accel ?? parseAccelMode(process.env.HUSK_ACCEL);
    this.accelVerdictFile = options.accelVerdictFile;
    this.log = options.logger ?? pino({ level: 'silent' });
    this.startTimeoutMs = options.startTimeoutMs ?? 10_000;
    this.qmpTimeoutMs = options.qmpTimeoutMs ?? 5000;
    this.nsenterBinary = options.nsenterBinary ?? 'nsenter';
    this.outlive = options.outlive ?? false;
    if (options.vhostNet !== undefined) this.vhostNet = Promise.resolve(options.vhostNet);
  }

  /**
   * What makes a VM of this config what it is, for VM templates (src/factory): the QEMU
   * binary and version, the accelerator, and the command line with every per-VM path and
   * name replaced by a placeholder. Two configs with the same identity can share a template.
   */
  async identity(config: VmConfig): Promise<VmIdentity> {
    const accel = await this.accelFor(config, this.log);
    const paths = statePaths('/STATE');
    const generic: VmConfig = { ...config, id: 'ID', sharedDir: '/SHARED', stateDir: '/STATE', memory: config.memory ? { mode: 'template', file: '/MEMORY' } : undefined };
    return { qemu: await this.qemuVersion(), accel, argv: vmArgs(generic, accel, paths, await this.vhostFor(config)) };
  }

  private accelFor(config: VmConfig, log: Logger): Promise<Accel> {
    return chooseAccel({
      mode: this.accelMode,
      qemuBinary: this.qemuBinary,
      boot: { kernelPath: config.kernelPath, initrdPath: config.initrdPath },
      verdictFile: this.accelVerdictFile,
      logger: log,
    }).then((v) => v.accel);
  }

  private async vhostFor(config: VmConfig): Promise<boolean> {
    return (config.networkDevices ?? []).length > 0 && (await (this.vhostNet ??= canOpen('/dev/vhost-net', fsConstants.O_RDWR)));
  }

  /** The binary's path, size and mtime and what `--version` says: a new QEMU is another identity. */
  private qemuVersion(): Promise<VmIdentity['qemu']> {
    this.version ??= (async () => {
      const r = await execa(this.qemuBinary, ['--version'], { reject: false, timeout: 10_000 });
      const bin = (await execa('sh', ['-c', 'command -v "$1"', 'sh', this.qemuBinary], { reject: false })).stdout.trim() || this.qemuBinary;
      const st = await fs.stat(bin).catch(() => undefined);
      return { binary: bin, version: r.stdout.split('\n')[0]?.trim() ?? '', size: st?.size ?? 0, mtimeMs: st?.mtimeMs ?? 0 };
    })();
    return this.version;
  }

  async create(config: VmConfig): Promise<Vm> {
    const id = validateVmId(config.id);
    const log = childLogger(this.log, { sandbox: id });
    await validateConfig(config);
    const accel = await this.accelFor(config, log);
    const paths = statePaths(config.stateDir);
    for (const p of [paths.qmpSocket, paths.agentSocket]) {
      if (Buffer.byteLength(p) > MAX_SOCKET_PATH) {
        throw new HypervisorError(GrpcCode.InvalidArgument, `socket path ${p} is longer than ${MAX_SOCKET_PATH} bytes; use a shorter stateDir`);
      }
    }
    await prepareStateDir(id, config.stateDir, paths);
    const nics = config.networkDevices ?? [];
    const vhost = await this.vhostFor(config);
    const args = vmArgs(config, accel, paths, vhost);
    // A clone's state reaches QEMU as an inherited descriptor (fd 3, `fd:3`): its seccomp
    // sandbox forbids exec: URIs, and 7.2 has no file: URI.
    const state = config.memory?.mode === 'clone' ? await openState(id, config.memory.statePath) : undefined;
    // Node cannot enter a namespace itself. nsenter execs QEMU after setns without forking
    // (it only forks for a pid namespace), so the child's pid is QEMU's: signals, the pid
    // file and /proc/<pid>/cmdline all name QEMU. QEMU's unix sockets live in the file
    // system, which the network namespace does not change.
    const [file, argv] = config.netns ? [this.nsenterBinary, [`--net=${config.netns}`, '--', this.qemuBinary, ...args]] : [this.qemuBinary, args];
    log.info({ accel, vcpus: config.vcpus, memoryMiB: config.memoryMiB, stateDir: config.stateDir, netns: config.netns, nics: nics.length, vhost }, 'starting QEMU');
    log.debug({ argv: [file, ...argv] }, 'QEMU command line');

    // A QEMU that outlives us must not write into a pipe nobody reads any more.
    const stderrFile = this.outlive ? await fs.open(path.join(config.stateDir, STDERR_FILE), 'w', 0o600) : undefined;
    const child = execa(file, argv, {
      // (execa's types know no descriptor numbers past stderr; Node passes them as they are.)
      stdio: ['ignore', 'ignore', stderrFile ? stderrFile.fd : 'pipe', ...(state ? [state.fd] : [])] as unknown as ['ignore', 'ignore', 'pipe'],
      buffer: false,
      reject: false,
      // The driver escalates signals itself; execa's own SIGKILL timer would race it.
      forceKillAfterDelay: false,
      // When this process exits, QEMU goes too: nothing could reach its agent again. (A
      // SIGKILLed parent still leaks it; see prepareStateDir for how the next start notices.)
      // One that outlives us is in a session of its own, out of reach of our terminal's signals.
      cleanup: !this.outlive,
      detached: this.outlive,
    });
    // The child has its own copies now.
    await state?.close();
    await stderrFile?.close();
    const stderr = new Tail(STDERR_TAIL_BYTES);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      log.warn({ stderr: chunk.toString('utf8').trimEnd() }, 'QEMU stderr');
    });
    let exit: ProcessExit | undefined;
    const exited: Promise<ProcessExit> = child.then((r) => {
      exit = {
        code: r.exitCode,
        signal: r.signal,
        // Neither code nor signal: QEMU never ran (missing binary, permissions).
        error: r.failed && r.exitCode === undefined && r.signal === undefined ? String(r.shortMessage ?? 'could not be spawned') : undefined,
      };
      return exit;
    });

    const failStart = async (message: string, code: GrpcCode, cause?: unknown): Promise<never> => {
      if (!exit) child.kill('SIGKILL');
      await exited;
      await removeFiles(paths);
      const tail = stderrFile ? await fileTail(path.join(config.stateDir, STDERR_FILE)) : stderr.toString();
      throw new HypervisorError(code, `${message}${tail ? `; QEMU stderr: ${tail}` : ''}`, { cause });
    };

    if (child.pid === undefined) {
      const e = await exited;
      return failStart(`cannot start ${file} for VM ${id}: ${e.error ?? 'no process'}`, GrpcCode.Internal);
    }
    const pid = child.pid;

    // QEMU creates the QMP socket early in its start-up, but not at once: poll for it.
    const deadline = Date.now() + this.startTimeoutMs;
    let qmp: QmpClient | undefined;
    let lastError: unknown;
    while (!qmp) {
      if (exit) {
        return failStart(`QEMU for VM ${id} exited during start-up (${describeExit(exit)})`, GrpcCode.Internal);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        return failStart(
          `QEMU for VM ${id} did not answer on QMP socket ${paths.qmpSocket} within ${this.startTimeoutMs} ms (${(lastError as Error | undefined)?.message ?? 'no attempt'})`,
          GrpcCode.DeadlineExceeded,
          lastError,
        );
      }
      try {
        qmp = await QmpClient.connect(paths.qmpSocket, { timeoutMs: remaining, commandTimeoutMs: this.qmpTimeoutMs });
      } catch (err) {
        lastError = err;
        await Promise.race([exited, new Promise((r) => setTimeout(r, 25))]);
      }
    }
    const q = qmp.greeting?.version?.qemu;
    log.info({ qemuPid: pid, accel, qemu: q ? `${q.major}.${q.minor}.${q.micro}` : undefined }, 'QEMU started');
    if (config.memory?.mode === 'clone') {
      const t0 = performance.now();
      try {
        await restore(qmp, Math.max(1, deadline - Date.now()), () => exit !== undefined);
      } catch (err) {
        qmp.close();
        return failStart(`VM ${id}: restoring from ${config.memory.statePath} failed: ${(err as Error).message}`, GrpcCode.Internal, err);
      }
      log.info({ ms: Math.round(performance.now() - t0), state: config.memory.statePath }, 'VM restored from its template');
    }
    const hotplug = config.hotplug ? await this.hotplugFor(qmp, { room: config.hotplug, boot: { vcpus: config.vcpus, memoryMiB: config.memoryMiB } }, accel, log) : undefined;
    return new QemuVm({ id, pid, accel, paths, qmp, exited, kill: (s) => child.kill(s), unref: () => child.unref(), log, memory: config.memory, restored: config.memory?.mode === 'clone', hotplug });
  }

  /**
   * Takes over a running VM that another process started and let go of (Vm.detach, a
   * factory's cache): its QEMU stays where it is, this process drives it over QMP. QEMU is
   * not our child, so its exit is learned from QMP closing and /proc, without a status.
   */
  async adopt(spec: AdoptedVm): Promise<Vm> {
    const id = validateVmId(spec.id);
    validateVmId(spec.name);
    const log = childLogger(this.log, { sandbox: id });
    const paths = statePaths(spec.stateDir);
    if (!sameProcess(spec.pid, spec.startTime)) {
      throw new HypervisorError(GrpcCode.NotFound, `VM ${id}: its QEMU (pid ${spec.pid}) is no longer running`);
    }
    const qmp = await QmpClient.connect(paths.qmpSocket, { timeoutMs: this.startTimeoutMs, commandTimeoutMs: this.qmpTimeoutMs }).catch((err: Error) => {
      throw new HypervisorError(GrpcCode.Unavailable, `VM ${id}: cannot reach QMP of adopted QEMU pid ${spec.pid}: ${err.message}`, { cause: err });
    });
    const exited = processGone(spec.pid, spec.startTime, qmp.closed).then((): ProcessExit => ({}));
    const kill = (signal: NodeJS.Signals) => {
      // Only while the pid is still that QEMU: a pid is reused once its process is reaped.
      signalProcess(spec.pid, spec.startTime, signal);
    };
    log.info({ qemuPid: spec.pid, was: spec.name, accel: spec.accel, stateDir: spec.stateDir }, 'QEMU adopted');
    const hotplug = spec.hotplug ? await this.hotplugFor(qmp, spec.hotplug, spec.accel, log) : undefined;
    return new QemuVm({ id, pid: spec.pid, accel: spec.accel, paths, qmp, exited, kill, log, restored: spec.restored, taps: spec.taps, hotplug });
  }

  /** Hot-plugged NICs get vhost-net wherever the host has it, whatever the VM booted with. */
  private async hotplugFor(qmp: QmpClient, h: { room: HotplugRoom; boot: VmSize; state?: HotplugState }, accel: Accel, log: Logger): Promise<VmHotplug> {
    const vhost = await (this.vhostNet ??= canOpen('/dev/vhost-net', fsConstants.O_RDWR));
    return new QemuHotplug({ qmp, room: h.room, boot: h.boot, log, vhost, vcpus: vcpuHotplug(accel), ...(h.state ? { state: h.state } : {}) });
  }
}

/** Where a QEMU that may outlive its starter writes its stderr, in its state directory. */
const STDERR_FILE = 'qemu.stderr';

async function fileTail(file: string): Promise<string> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return text.slice(-STDERR_TAIL_BYTES).trim();
}

/** The QEMU arguments of a VM; only the driver's choices (virtio-serial, 9p) are fixed here. */
function vmArgs(config: VmConfig, accel: Accel, paths: StatePaths, vhost: boolean): string[] {
  return buildQemuArgs({
    id: config.id,
    accel,
    vcpus: config.vcpus,
    memoryMiB: config.memoryMiB,
    kernelPath: config.kernelPath,
    initrdPath: config.initrdPath,
    rootfsImagePath: config.rootfsImagePath,
    consoleLogPath: paths.consoleLog,
    qmpSocketPath: paths.qmpSocket,
    pidFilePath: paths.pidFile,
    // virtio-serial and 9p only, for now: vsock needs an AF_VSOCK dialer Node lacks, and
    // virtio-fs needs virtiofsd supervision that is not written (see command-line.ts).
    agent: { kind: 'virtio-serial', socketPath: paths.agentSocket },
    sharedFs: { kind: '9p', path: config.sharedDir },
    netdevs: (config.networkDevices ?? []).map((n) => ({ ...n, vhost })),
    kernelParams: config.kernelParams,
    debug: config.debug,
    ...(config.memory ? { memoryFile: { path: config.memory.file, share: config.memory.mode === 'template' }, incoming: config.memory.mode === 'clone' } : {}),
    ...(config.hotplug ? { hotplug: config.hotplug } : {}),
  });
}

async function openState(id: string, statePath: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(statePath, 'r');
  } catch (err) {
    throw new HypervisorError(GrpcCode.NotFound, `VM ${id}: template state ${statePath}: ${(err as Error).message}`, { cause: err });
  }
}

/** x-ignore-shared: RAM in a shared memory file is not in the stream; the file is the RAM. */
const IGNORE_SHARED = { capabilities: [{ capability: 'x-ignore-shared', state: true }] };

/** Waits until query-migrate says the migration completed; fails on its failure, a timeout or QEMU's exit. */
async function migrated(qmp: QmpClient, timeoutMs: number, gone: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await qmp.execute<{ status?: string; 'error-desc'?: string }>('query-migrate');
    if (s.status === 'completed') return;
    if (s.status === 'failed' || s.status === 'cancelled') throw new Error(`migration ${s.status}${s['error-desc'] ? `: ${s['error-desc']}` : ''}`);
    if (gone()) throw new Error('QEMU exited during the migration');
    if (Date.now() > deadline) throw new Error(`migration still ${s.status ?? 'not started'} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Loads a clone's device state from fd 3 and starts its vCPUs. */
async function restore(qmp: QmpClient, timeoutMs: number, gone: () => boolean): Promise<void> {
  await qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
  await qmp.execute('migrate-incoming', { uri: 'fd:3' });
  await migrated(qmp, timeoutMs, gone);
  await qmp.execute('cont');
}

interface StatePaths {
  qmpSocket: string;
  agentSocket: string;
  pidFile: string;
  consoleLog: string;
}

function statePaths(stateDir: string): StatePaths {
  return {
    qmpSocket: path.join(stateDir, 'qmp.sock'),
    agentSocket: path.join(stateDir, 'agent.sock'),
    pidFile: path.join(stateDir, 'qemu.pid'),
    consoleLog: path.join(stateDir, 'console.log'),
  };
}

/** Removes what the driver created for a running QEMU; the console log stays for post-mortems. */
async function removeFiles(paths: StatePaths): Promise<void> {
  await Promise.all([paths.qmpSocket, paths.agentSocket, paths.pidFile].map((p) => fs.rm(p, { force: true })));
}

async function validateConfig(config: VmConfig): Promise<void> {
  const bad = (message: string) => new HypervisorError(GrpcCode.InvalidArgument, `VM ${config.id}: ${message}`);
  if (!Number.isInteger(config.vcpus) || config.vcpus < 1 || config.vcpus > MAX_VCPUS) throw bad(`vcpus ${config.vcpus} is not an integer in 1..${MAX_VCPUS}`);
  if (!Number.isInteger(config.memoryMiB) || config.memoryMiB < MIN_MEMORY_MIB) throw bad(`memoryMiB ${config.memoryMiB} is not an integer >= ${MIN_MEMORY_MIB}`);
  for (const p of config.kernelParams ?? []) {
    if (p === '' || /[\s\0]/.test(p)) throw bad(`kernel parameter ${JSON.stringify(p)} is empty or contains whitespace`);
  }
  if (!path.isAbsolute(config.stateDir)) throw bad(`stateDir ${config.stateDir} is not an absolute path`);
  for (const n of config.networkDevices ?? []) {
    try {
      validateNetdev(n);
    } catch (err) {
      throw bad((err as Error).message);
    }
  }
  if (config.netns !== undefined) {
    if (!path.isAbsolute(config.netns)) throw bad(`netns ${config.netns} is not an absolute path`);
    await fs.stat(config.netns).catch((err: Error) => {
      throw new HypervisorError(GrpcCode.NotFound, `VM ${config.id}: netns ${config.netns}: ${err.message}`, { cause: err });
    });
  }
  const files: Array<[string, string]> = [
    ['kernel', config.kernelPath],
    ['initrd', config.initrdPath],
    ['rootfs image', config.rootfsImagePath],
  ];
  for (const [what, file] of files) {
    try {
      const st = await fs.stat(file);
      if (!st.isFile()) throw bad(`${what} ${file} is not a regular file`);
      await fs.access(file, fsConstants.R_OK);
    } catch (err) {
      if (err instanceof HypervisorError) throw err;
      throw new HypervisorError(GrpcCode.NotFound, `VM ${config.id}: ${what} ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  // A template's hot memory is a file beside its memory file (command-line.ts hotMemoryPath),
  // made here root-only and empty (QEMU sizes it, sparse); a clone maps the template's.
  if (config.memory && config.hotplug && config.hotplug.maxMemoryMiB > config.memoryMiB) {
    const hot = hotMemoryPath(config.memory.file);
    if (config.memory.mode === 'template') await (await fs.open(hot, 'a', 0o600)).close();
    else if (!(await fs.stat(hot).catch(() => undefined))?.isFile()) throw new HypervisorError(GrpcCode.NotFound, `VM ${config.id}: the template's hot memory file ${hot} is missing`);
  }
  try {
    if (!(await fs.stat(config.sharedDir)).isDirectory()) throw bad(`sharedDir ${config.sharedDir} is not a directory`);
  } catch (err) {
    if (err instanceof HypervisorError) throw err;
    throw new HypervisorError(GrpcCode.NotFound, `VM ${config.id}: sharedDir ${config.sharedDir}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Creates stateDir 0700 (the sockets in it give control of the VM) and clears what a
 * previous QEMU left, refusing if that QEMU still runs: two QEMUs must never share a
 * state directory.
 */
async function prepareStateDir(id: string, stateDir: string, paths: StatePaths): Promise<void> {
  await fs.mkdir(stateDir, { recursive: true, mode: 0o700 });
  const st = await fs.lstat(stateDir);
  if (!st.isDirectory()) throw new HypervisorError(GrpcCode.InvalidArgument, `VM ${id}: stateDir ${stateDir} is not a directory`);
  await fs.chmod(stateDir, 0o700);
  const pid = Number.parseInt(await fs.readFile(paths.pidFile, 'utf8').catch(() => ''), 10);
  if (pid > 0) {
    // The pid may have been reused since; only a QEMU named after this VM counts.
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(`husk-${id}`)) {
      throw new HypervisorError(GrpcCode.AlreadyExists, `VM ${id}: QEMU pid ${pid} is still running with stateDir ${stateDir}`);
    }
  }
  await removeFiles(paths);
  // The console log is per boot; a stale one would show the previous guest's "ready".
  await fs.rm(paths.consoleLog, { force: true });
}

async function canOpen(file: string, flags: number): Promise<boolean> {
  try {
    await (await fs.open(file, flags)).close();
    return true;
  } catch {
    return false;
  }
}

function describeExit(e: ProcessExit): string {
  if (e.error) return e.error;
  if (e.signal) return `killed by ${e.signal}`;
  return `exit code ${e.code}`;
}

interface QemuVmDeps {
  id: string;
  pid: number;
  accel: Accel;
  paths: StatePaths;
  qmp: QmpClient;
  exited: Promise<ProcessExit>;
  kill(signal: NodeJS.Signals): void;
  /** Stops QEMU, a child of ours, from keeping this process alive once another owns it. */
  unref?(): void;
  log: Logger;
  memory?: VmConfig['memory'];
  restored: boolean;
  taps?: ForeignTaps;
  hotplug?: VmHotplug;
}

/** One running QEMU. Created by QemuVmFactory only. */
class QemuVm implements Vm {
  readonly id: string;
  readonly pid: number;
  readonly accel: Accel;
  readonly agentSocketPath: string;
  readonly consoleLogPath: string;
  readonly restored: boolean;
  readonly taps: ForeignTaps | undefined;
  readonly hotplug: VmHotplug | undefined;
  readonly monitor: Promise<VmExit>;
  private report!: (exit: VmExit) => void;
  private exitReport: VmExit | undefined;
  private alive = true;
  /** Settles once QEMU has exited and its files are removed. */
  private readonly gone: Promise<void>;
  private stopRequested = false;
  /** Let go of (detach): another process owns it now. */
  private detached = false;
  private stopping: Promise<void> | undefined;
  /** QMP's SHUTDOWN reason for host-initiated shutdowns, kept for the report at process exit. */
  private shutdownCause: string | undefined;
  private readonly qmp: QmpClient;
  private readonly log: Logger;

  constructor(private readonly deps: QemuVmDeps) {
    this.id = deps.id;
    this.pid = deps.pid;
    this.accel = deps.accel;
    this.agentSocketPath = deps.paths.agentSocket;
    this.consoleLogPath = deps.paths.consoleLog;
    this.restored = deps.restored;
    this.taps = deps.taps;
    this.hotplug = deps.hotplug;
    this.qmp = deps.qmp;
    this.log = deps.log;
    this.monitor = new Promise((resolve) => (this.report = resolve));
    this.qmp.onEvent((e) => this.onEvent(e));
    void this.qmp.closed.then(async () => {
      // QEMU closes QMP as it exits, a moment before the exit reaches us: only a QMP loss
      // that outlives that moment is news.
      if (!(await this.waitGone(QMP_LOSS_GRACE_MS)) && !this.stopRequested && !this.detached) {
        this.log.warn('QMP connection lost while QEMU runs; pause, resume and status will fail');
      }
    });
    this.gone = deps.exited.then(async (e) => {
      this.alive = false;
      this.qmp.close();
      if (this.detached && !this.stopRequested) return;
      await removeFiles(deps.paths).catch((err: unknown) => this.log.error({ err }, 'cannot remove QEMU sockets and pid file'));
      this.log.info({ code: e.code, signal: e.signal }, `QEMU exited (${describeExit(e)})`);
      const exit: VmExit = { reason: this.stopRequested ? 'stopped' : 'qemu-exit', at: new Date() };
      if (e.code !== undefined) exit.code = e.code;
      if (e.signal !== undefined) exit.signal = e.signal;
      if (this.shutdownCause !== undefined) exit.detail = this.shutdownCause;
      this.publish(exit);
    });
  }

  get exit(): VmExit | undefined {
    return this.exitReport;
  }

  detach(): void {
    this.detached = true;
    this.qmp.close();
    // Our child still, but another process's VM: this one may exit while it runs.
    this.deps.unref?.();
    this.log.info({ qemuPid: this.pid }, 'QEMU let go of, for another process to adopt');
  }

  async pause(): Promise<void> {
    this.assertAlive('pause');
    await this.qmp.execute('stop');
  }

  async resume(): Promise<void> {
    this.assertAlive('resume');
    await this.qmp.execute('cont');
  }

  async status(): Promise<VmStatus> {
    if (!this.alive) return 'stopped';
    if (this.stopRequested || this.exitReport) return 'stopping';
    try {
      const { status } = await this.qmp.execute<{ status: string }>('query-status');
      return mapRunState(status);
    } catch (err) {
      if (!this.alive) return 'stopped';
      throw err;
    }
  }

  /**
   * QEMU 7.2 sends an outgoing migration only to a descriptor passed over QMP (which Node
   * cannot pass) or to a socket: it connects to one of ours, 0600 in the VM's state dir, and
   * what arrives is written to statePath. Then QEMU is ended.
   */
  async saveState(statePath: string): Promise<void> {
    if (this.deps.memory?.mode !== 'template') throw new HypervisorError(GrpcCode.FailedPrecondition, `VM ${this.id} has no shared memory file: there is nothing to save it into`);
    this.assertAlive('save');
    const sock = path.join(path.dirname(this.deps.paths.qmpSocket), 'migrate.sock');
    const t0 = performance.now();
    const received = receiveStream(sock, statePath);
    try {
      await received.listening;
      await this.qmp.execute('stop');
      await this.qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
      await this.qmp.execute('migrate', { uri: `unix:${sock}` });
      await migrated(this.qmp, SAVE_TIMEOUT_MS, () => !this.alive);
      await received.written;
    } catch (err) {
      received.abort();
      await this.stop({ force: true });
      throw new HypervisorError(GrpcCode.Internal, `VM ${this.id}: saving its state to ${statePath} failed: ${(err as Error).message}`, { cause: err });
    } finally {
      await fs.rm(sock, { force: true });
    }
    await this.stop();
    this.log.info({ ms: Math.round(performance.now() - t0), state: statePath }, 'VM state saved');
  }

  stop(options: StopOptions = {}): Promise<void> {
    if (options.force && this.alive) {
      this.stopRequested = true;
      this.signal('SIGKILL');
    }
    if (!this.stopping) {
      this.stopping = this.runStop(options).catch((err: unknown) => {
        // Let a later stop() try again rather than replay this failure forever.
        this.stopping = undefined;
        throw err;
      });
    }
    return this.stopping;
  }

  private async runStop({ force = false, timeoutMs = DEFAULT_STOP_STEP_MS }: StopOptions): Promise<void> {
    if (this.alive) this.stopRequested = true;
    if (this.alive && !force) {
      // quit rather than system_powerdown: the guest has no ACPI power-button handling
      // (busybox init, no acpid), so powerdown would only burn the timeout. The workload
      // has been stopped through the agent by now, and the root disk is read-only.
      const stepEnd = Date.now() + timeoutMs;
      if (!this.qmp.isClosed) {
        try {
          await this.qmp.execute('quit', undefined, { timeoutMs });
        } catch (err) {
          // Expected: QEMU may close the socket before its answer leaves.
          this.log.debug({ err }, 'QMP quit did not answer');
        }
      }
      if (await this.waitGone(Math.max(0, stepEnd - Date.now()))) return;
      this.log.warn(`QEMU did not exit within ${timeoutMs} ms of QMP quit; sending SIGTERM`);
      this.signal('SIGTERM');
      if (await this.waitGone(timeoutMs)) return;
      this.log.warn(`QEMU did not exit within ${timeoutMs} ms of SIGTERM; sending SIGKILL`);
    }
    if (this.alive) this.signal('SIGKILL');
    if (!(await this.waitGone(KILL_WAIT_MS))) {
      throw new HypervisorError(GrpcCode.Internal, `VM ${this.id}: QEMU pid ${this.pid} did not exit within ${KILL_WAIT_MS} ms of SIGKILL`);
    }
  }

  private async waitGone(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
    try {
      return await Promise.race([this.gone.then(() => true as const), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      this.deps.kill(signal);
    } catch (err) {
      this.log.warn({ err, signal }, 'cannot signal QEMU');
    }
  }

  private assertAlive(what: string): void {
    if (!this.alive || this.exitReport || this.stopRequested) {
      throw new HypervisorError(GrpcCode.FailedPrecondition, `cannot ${what} VM ${this.id}: it has stopped or is stopping`);
    }
  }

  private onEvent(e: QmpEvent): void {
    switch (e.event) {
      case 'SHUTDOWN': {
        const cause = typeof e.data.reason === 'string' ? e.data.reason : undefined;
        if (e.data.guest === true) {
          // Under -no-reboot and panic=1 a guest reset ends QEMU, and resetting is how the
          // guest kernel ends a panic (or a triple fault): nothing in the guest reboots on purpose.
          const panic = cause === 'guest-panic' || cause === 'guest-reset';
          this.publish({ reason: panic ? 'guest-panic' : 'guest-shutdown', ...(cause ? { detail: cause } : {}), at: e.at });
        } else {
          // Host-initiated (our quit, a signal): report at process exit, with the status.
          this.shutdownCause = cause;
        }
        break;
      }
      case 'GUEST_PANICKED':
        this.publish({ reason: 'guest-panic', ...(typeof e.data.action === 'string' ? { detail: `action ${e.data.action}` } : {}), at: e.at });
        break;
      default:
        this.log.debug({ event: e.event, data: e.data }, 'QMP event');
    }
  }

  private publish(exit: VmExit): void {
    if (this.exitReport) return;
    this.exitReport = exit;
    const level = exit.reason === 'stopped' ? 'info' : 'warn';
    this.log[level]({ exit }, `VM ended: ${exit.reason}${exit.detail ? ` (${exit.detail})` : ''}`);
    this.report(exit);
  }
}

/**
 * A unix socket at `sock` (0600) whose first connection's bytes go to `file` (0600, synced):
 * `listening` once it accepts, `written` once the stream has ended and is on disk.
 */
function receiveStream(sock: string, file: string): { listening: Promise<void>; written: Promise<void>; abort(): void } {
  const server = net.createServer();
  let conn: net.Socket | undefined;
  const written = new Promise<void>((resolve, reject) => {
    server.once('connection', (c) => {
      conn = c;
      server.close();
      const fd = fsSync.openSync(file, 'w', 0o600);
      const out = fsSync.createWriteStream('', { fd, autoClose: false });
      let closed = false;
      const done = (err?: Error | null) => {
        if (closed) return;
        closed = true;
        fsSync.close(fd, () => undefined);
        if (err) reject(err);
        else resolve();
      };
      c.once('error', (err) => out.destroy(err));
      out.once('error', done);
      out.once('close', () => done(new Error('the state stream was cut off')));
      out.once('finish', () => fsSync.fsync(fd, done));
      c.pipe(out);
    });
  });
  written.catch(() => undefined);
  // The state dir is 0700 already; the socket is made owner-only as the ttrpc server's is.
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(sock, () => resolve());
  }).then(() => fs.chmod(sock, 0o600));
  return {
    listening,
    written,
    abort: () => {
      server.close();
      conn?.destroy(new Error('saving was given up'));
    },
  };
}

/** QMP RunState → VmStatus. Everything that is neither running nor ending has its vCPUs stopped. */
function mapRunState(state: string): VmStatus {
  switch (state) {
    case 'running':
      return 'running';
    case 'shutdown':
    case 'guest-panicked':
      return 'stopping';
    default:
      return 'paused';
  }
}
