/**
 * Replacing a running pod's shim (an upgrade, or a shim to be restarted) without touching the
 * pod: the old shim releases — stops serving, lets go of the agent and QMP, hands the output
 * it held to the store — and starts its successor, the binary now at its own path, with the
 * action `restore`; the successor takes the pod over from the store and serves the same
 * socket. The old shim keeps containerd's FIFOs open until then, so what the pipes hold
 * survives, and exits once the successor answers on the socket.
 *
 * containerd must not be connected meanwhile: it takes a shim's closed connection for a dead
 * shim and cleans the pod up. `husk shim restart` checks that it is stopped.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Server } from '../ttrpc/index.js';
import type { Pod } from './pod.js';
import { GrpcCode } from '../errors.js';
import { waitForConsole } from '../factory/console.js';
import { AGENT_HOST_GONE } from '../guest/markers.js';
import { processStartTime, sameProcess } from '../host/proc.js';
import { PodRecords, type ShimLaunch } from './pod-records.js';
import { accepts } from './start.js';
import type { TaskService } from './task-service.js';
import type { CallsInProgress } from './calls.js';

/**
 * Tells a successor which shim it succeeds (`pid:starttime`): it waits for the store's lock
 * while that process lives, instead of leaving at once as a second shim for a pod does.
 */
export const PREDECESSOR_ENV = 'HUSK_HANDOVER_FROM';

/** In the pod's store directory: both shims' log lines of the last handovers (containerd reads no log then). */
export const HANDOVER_LOG = 'handover.log';

function predecessor(): string {
  return `${process.pid}:${processStartTime(process.pid) ?? ''}`;
}

/**
 * How long a shim waits for a pod store someone else holds: `husk shim list` and `husk gc`
 * take a store's lock for a moment to learn whether a shim owns it. A shim that owns it holds
 * it for good, so a second shim for the pod is still refused.
 */
const STORE_BUSY_MS = 2000;

/**
 * Opens the pod's store; a successor (PREDECESSOR_ENV set) waits while its predecessor
 * holds the store, any other shim for STORE_BUSY_MS.
 */
export async function openPodStore(dir: string, env: NodeJS.ProcessEnv = process.env, busyMs = STORE_BUSY_MS): Promise<PodRecords> {
  const [pid, startTime] = (env[PREDECESSOR_ENV] ?? '').split(':');
  const givenUpAt = Date.now() + busyMs;
  for (;;) {
    try {
      return await PodRecords.open(dir);
    } catch (err) {
      if ((err as { grpcCode?: number }).grpcCode !== GrpcCode.FailedPrecondition) throw err;
      // As long as the predecessor lives: its own limits decide how long a release may take.
      const predecessorLives = pid && startTime && sameProcess(Number(pid), startTime);
      if (!predecessorLives && Date.now() >= givenUpAt) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** How long the guest may take to notice the old shim's agent connection is gone. */
const GUEST_HANGUP_MS = 30_000;

/** How long the release (serving stopped to the store let go of) may take at most. */
const RELEASE_LIMIT_MS = 120_000;

/** How long the old shim waits for its successor to serve before giving up on it. */
const SUCCESSOR_WAIT_MS = 120_000;

export interface HandoverParts {
  server: Server;
  socket: string;
  pod: Pod;
  tasks: TaskService;
  /** The Sandbox API's and the pod service's changes under way. */
  changes: CallsInProgress;
  records: PodRecords;
  /** Writes the pod's record (this shim's part included). */
  savePod(): Promise<void>;
  /** Events still queued for containerd: given a moment, then left (State tells the rest). */
  flushEvents(): Promise<void>;
  launch: ShimLaunch;
  log: Logger;
}

/**
 * Releases the pod and starts the successor; resolves once the successor serves (the caller
 * then exits) or rejects if it never does. Timings go to the log.
 */
export async function handOver(p: HandoverParts): Promise<void> {
  const t0 = performance.now();
  // Started first: its start-up (Node, the shim's code) overlaps the release, and it waits
  // for the store's lock, which this shim gives up once everything is written.
  const child = startSuccessor(p.launch, process.argv[1]!, predecessor());
  p.log.info({ successorPid: child.pid }, 'handing the pod over to a new shim');
  // A release that hangs (a call in progress that never ends) must not hold the pod without a
  // shim for good: past the limit this shim gives up and exits, and the successor takes the
  // pod over from the last records.
  const tooLong = setTimeout(() => {
    p.log.error({ successorPid: child.pid }, `the release took more than ${RELEASE_LIMIT_MS / 1000} s; leaving it to the successor`);
    process.exit(1);
  }, RELEASE_LIMIT_MS);
  p.server.close();
  fs.rmSync(p.socket, { force: true });
  await Promise.all([p.tasks.idle(), p.changes.idle()]);
  const consoleLog = (await p.pod.current())?.consoleLogPath;
  const consoleAt = consoleLog ? ((await fs.promises.stat(consoleLog).catch(() => undefined))?.size ?? 0) : 0;
  await p.pod.release();
  // The successor dials the agent only once the guest has seen this session end: the channel
  // cannot tell two sessions apart if the second begins first (its frames would land in the
  // old session's server, whose stream ids are past the new client's).
  if (consoleLog) {
    await waitForConsole(consoleLog, AGENT_HOST_GONE, GUEST_HANGUP_MS, undefined, consoleAt).catch((err: unknown) =>
      p.log.warn({ err }, 'the guest did not say it saw the agent connection end; the successor may not reach the agent'),
    );
  }
  const records = await p.tasks.handOver();
  for (const r of records) await p.records.saveTask(r);
  await p.savePod();
  await Promise.race([p.flushEvents(), new Promise((r) => setTimeout(r, 2000))]);
  await p.records.close();
  clearTimeout(tooLong);
  p.log.info({ successorPid: child.pid, releaseMs: Math.round(performance.now() - t0) }, 'pod released');
  const deadline = Date.now() + SUCCESSOR_WAIT_MS;
  while (!(await accepts(p.socket, 200))) {
    if (child.exitCode !== null) throw new Error(`the successor shim exited (${child.exitCode}) before serving`);
    if (Date.now() > deadline) throw new Error(`the successor shim did not serve on ${p.socket} within ${SUCCESSOR_WAIT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  p.tasks.closeStdio();
  p.log.info({ successorPid: child.pid, handoverMs: Math.round(performance.now() - t0) }, 'the successor serves the pod; this shim leaves');
}

/** The shim's own command line again, as containerd gave it, with `restore` as the action. */
export function successorArgs(l: ShimLaunch): string[] {
  return [
    '-namespace', l.namespace,
    '-address', l.address,
    ...(l.publishBinary ? ['-publish-binary', l.publishBinary] : []),
    '-id', l.id,
    '-bundle', l.bundle,
    '-socket', l.socket,
    ...(l.debug ? ['-debug'] : []),
    'restore',
  ];
}

/**
 * Starts `<this binary> … restore` detached, as `start` starts a shim: its own session, cwd the
 * bundle, stderr the bundle's log FIFO if containerd reads it. The binary is the one at this
 * shim's path now, which an upgrade has replaced.
 */
export function startSuccessor(l: ShimLaunch, script = process.argv[1]!, from?: string) {
  let logFd: number | 'ignore' = 'ignore';
  try {
    logFd = fs.openSync(path.join(l.bundle, 'log'), fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
  } catch {
    // containerd is not reading the log now
  }
  const env = from ? { ...l.env, [PREDECESSOR_ENV]: from } : l.env;
  const child = spawn(process.execPath, [script, ...successorArgs(l)], { env, cwd: l.bundle, detached: true, stdio: ['ignore', 'ignore', logFd] });
  child.unref();
  if (typeof logFd === 'number') fs.closeSync(logFd);
  return child;
}
