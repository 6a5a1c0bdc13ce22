/**
 * `husk shim <verb>`: a pod's shim as a process. `restart` has the shim hand its pod over to
 * a new shim (the binary now installed: an upgrade) while the pod runs on (src/shim/handover.ts);
 * `restore` starts a shim for a pod whose shim died, from the pod's store; `list` shows every
 * pod store on the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { containerd } from '../../api/gen/containerd.js';
import { Client } from '../ttrpc/index.js';
import { sameProcess } from '../host/proc.js';
import { startSuccessor } from '../shim/handover.js';
import { GrpcCode, validateId } from '../errors.js';
import { PodRecords, STORE_ROOT, type ShimRecord } from '../shim/pod-records.js';
import { accepts } from '../shim/start.js';
import { parseFlags } from '../shim/flags.js';
import { socketPath, type Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const SHIM_USAGE = `usage: husk shim <verb> [options]

  restart --id ID [--namespace NS] [--force]
                     hand the pod over to a new shim (the one installed now); the pod runs on.
                     containerd must be stopped meanwhile (it takes a closed shim connection for
                     a dead shim): refused while it answers, unless --force
  restore --id ID [--namespace NS]
                     start a shim for a pod whose shim died, from the pod's store
  list               every pod store: its shim, VM and containers

  --id         the pod (its sandbox id, or for ctr run its container id)
  --namespace  containerd namespace, when the id is in more than one
  --store      the store directory (default HUSK_STORE_DIR or ${STORE_ROOT})
  --timeout    seconds to wait for the new shim (default 120)`;

type Values = Record<string, string | boolean | undefined>;

export function shimCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('shim', SHIM_USAGE, err, () => shim(argv, out, err));
}

async function shim(argv: string[], out: Output, err: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      namespace: { type: 'string' },
      store: { type: 'string', default: STORE_ROOT },
      timeout: { type: 'string', default: '120' },
      force: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name one verb');
  const timeoutMs = Number(values.timeout) * 1000;
  if (!(timeoutMs > 0)) throw new UsageError('--timeout is a positive number of seconds');
  try {
    switch (positionals[0]) {
      case 'restart':
        return await restart(values, timeoutMs, out, err);
      case 'restore':
        return await restore(values, timeoutMs, out);
      case 'list':
        out.write(`${JSON.stringify(await listStores(String(values.store)), null, 2)}\n`);
        return 0;
      default:
        throw new UsageError(`no verb "${positionals[0]}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    err.write(`husk shim ${positionals[0]}: ${(e as Error).message}\n`);
    return 1;
  }
}

/**
 * The shim serving the pod: the husk shim daemon whose command line (containerd's flags)
 * names the pod's id (and namespace, if given), and the socket it serves. The Sandbox API's
 * pods have no task bundle to find it through, so /proc is where to look.
 */
async function runningShim(v: Values): Promise<{ socket: string; pid: number }> {
  const id = podId(v);
  const found: Array<{ socket: string; pid: number; namespace: string }> = [];
  for (const entry of readDir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      continue;
    }
    const script = argv.findIndex((a) => path.basename(a).startsWith('containerd-shim-husk-v2'));
    if (script < 0 || !['serve', 'restore'].includes(argv.at(-1)!)) continue;
    const flags = parseFlags(argv.slice(script + 1));
    if (flags.id !== id || (typeof v.namespace === 'string' && flags.namespace !== v.namespace) || !flags.socket) continue;
    found.push({ socket: flags.socket, pid: Number(entry), namespace: flags.namespace });
  }
  if (found.length === 0) throw new Error(`no running husk shim serves a pod ${id}`);
  if (found.length > 1) throw new UsageError(`pods ${id} in several namespaces (${found.map((f) => f.namespace).join(', ')}): name one with --namespace`);
  const { socket, pid } = found[0]!;
  // The process answering on the socket is the one to replace (not a successor starting up).
  return { socket, pid: (await accepts(socket)) ? await shimPid(socket, id) : pid };
}

async function shimPid(socket: string, id: string): Promise<number> {
  const client = await Client.connect(socketPath(socket));
  try {
    const T = containerd.task.v3;
    const answer = await client.call('containerd.task.v3.Task', 'Connect', T.ConnectRequest.encode({ id }).finish(), { timeoutMs: 10_000 });
    return T.ConnectResponse.decode(answer).shim_pid;
  } finally {
    client.close();
  }
}

async function restart(v: Values, timeoutMs: number, out: Output, err: Output): Promise<number> {
  const t0 = performance.now();
  const { socket, pid } = await runningShim(v);
  const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const flags = parseFlags(argv.slice(argv.findIndex((a) => path.basename(a).startsWith('containerd-shim-husk-v2')) + 1));
  if (flags.address && (await accepts(socketPath(flags.address))) && !v.force) {
    throw new Error(`containerd answers on ${flags.address}: stop it first (it would take the closed shim connection for a dead shim and clean the pod up), or use --force`);
  }
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`no new shim served on ${socket} within ${timeoutMs / 1000} s (handover.log in the pod's store, \`husk shim list\`, has both shims' side)`);
    if (await accepts(socket, 200)) {
      const now = await shimPid(socket, podId(v)).catch(() => pid);
      if (now !== pid) {
        out.write(`${JSON.stringify({ socket, from: pid, to: now, ms: Math.round(performance.now() - t0) })}\n`);
        return 0;
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  void err;
}

async function restore(v: Values, timeoutMs: number, out: Output): Promise<number> {
  const t0 = performance.now();
  const id = podId(v);
  const found = (await listStores(String(v.store))).filter((s) => s.id === id && (typeof v.namespace !== 'string' || s.namespace === v.namespace));
  if (found.length === 0) throw new Error(`no store of a pod ${id} under ${v.store}`);
  if (found.length > 1) throw new UsageError(`pod ${id} has stores in several namespaces (${found.map((f) => f.namespace).join(', ')}): name one with --namespace`);
  const s = found[0]!;
  if (s.locked || s.shimAlive) throw new Error(`pod ${id} has a live shim (pid ${s.shimPid}): use restart`);
  if (!s.launch || s.error) throw new Error(`the store ${s.dir} cannot be read: ${s.error ?? 'no shim record'}`);
  const child = startSuccessor(s.launch, s.launch.script);
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(s.launch.socket, 200))) {
    if (child.exitCode !== null) throw new Error(`the new shim exited (${child.exitCode}); its log is the bundle's log FIFO, and the store says: ${JSON.stringify(s)}`);
    if (Date.now() > deadline) throw new Error(`the new shim did not serve on ${s.launch.socket} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  out.write(`${JSON.stringify({ socket: s.launch.socket, pid: child.pid, ms: Math.round(performance.now() - t0) })}\n`);
  return 0;
}

export interface StoreSummary {
  dir: string;
  id: string;
  namespace?: string;
  /** A live shim holds the store. */
  locked: boolean;
  shimPid?: number;
  shimAlive?: boolean;
  version?: string;
  vmPid?: number;
  vmAlive?: boolean;
  containers?: string[];
  launch?: ShimRecord & { script: string };
  error?: string;
}

/** Every pod store under `root` (<root>/<containerd instance>/<pod id>), read without disturbing a live shim. */
export async function listStores(root: string): Promise<StoreSummary[]> {
  const out: StoreSummary[] = [];
  for (const instance of readDir(root)) {
    for (const id of readDir(path.join(root, instance))) {
      const dir = path.join(root, instance, id);
      const s: StoreSummary = { dir, id, locked: false };
      // A store a live shim holds can still be read without the lock (fs; LevelDB cannot).
      const records = await PodRecords.open(dir).catch(async (e: { grpcCode?: number; message: string }) => {
        if (e.grpcCode === GrpcCode.FailedPrecondition) s.locked = true;
        else s.error = e.message;
        return PodRecords.open(dir, { readOnly: true }).catch(() => undefined);
      });
      if (records) {
        await describe(s, records);
        await records.close();
      }
      out.push(s);
    }
  }
  return out;
}

/** What the records say; each that cannot be read is named in `error`. */
async function describe(s: StoreSummary, records: PodRecords): Promise<void> {
  const errors: string[] = s.error ? [s.error] : [];
  const shim = await records.loadShim().catch((e: Error) => void errors.push(e.message));
  const pod = await records.loadPod().catch((e: Error) => void errors.push(e.message));
  if (shim) {
    s.namespace = shim.namespace;
    s.shimPid = shim.pid;
    s.shimAlive = sameProcess(shim.pid, shim.startTime);
    s.version = shim.version;
    s.launch = { ...shim, script: shimScript() };
  }
  const vm = pod?.sandbox?.vm;
  if (vm) {
    s.vmPid = vm.pid;
    s.vmAlive = sameProcess(vm.pid, vm.startTime);
  }
  if (pod) s.containers = pod.sandbox?.containers.map((c) => `${c.id} ${c.state}`) ?? [];
  if (errors.length) s.error = errors.join('; ');
}

/** The shim's script: beside this command's (both in dist/cmd). */
function shimScript(): string {
  return path.join(path.dirname(process.argv[1]!), 'containerd-shim-husk-v2.js');
}

function podId(v: Values): string {
  const id = v.id;
  try {
    if (typeof id !== 'string') throw new Error('missing');
    return validateId('pod', id);
  } catch {
    throw new UsageError('--id names the pod (a containerd id)');
  }
}

function readDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
