/**
 * `containerd-shim-husk-v2 start`: finds or launches the pod's shim daemon and prints its
 * address. containerd reads this process's combined output, so only the answer is printed,
 * and the daemon is detached from this process's stdio.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { execa } from 'execa';
import { containerd } from '../../api/gen/containerd.js';
import type { ShimFlags } from './flags.js';
import { groupId, shimSocket } from './paths.js';

/** True when something accepts connections on the socket: a live shim to reuse. */
export function accepts(socket: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect(socket);
    const done = (ok: boolean) => {
      c.destroy();
      resolve(ok);
    };
    c.once('connect', () => done(true));
    c.once('error', () => done(false));
    setTimeout(() => done(false), timeoutMs).unref();
  });
}

/** containerd 2.3+ writes BootstrapParams on stdin; older ones give nothing (or /dev/null). */
export async function readBootstrap(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<containerd.runtime.bootstrap.v1.BootstrapParams | undefined> {
  if (stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 2000);
    stdin.on('data', (c: Buffer) => chunks.push(c));
    stdin.once('end', () => (clearTimeout(t), resolve()));
    stdin.once('error', () => (clearTimeout(t), resolve()));
  });
  const data = Buffer.concat(chunks);
  if (data.length === 0) return undefined;
  try {
    return containerd.runtime.bootstrap.v1.BootstrapParams.decode(data);
  } catch {
    return undefined;
  }
}

/** containerd 1.x wants a bare address; 2.x takes the version-3 answer and then uses Task v3. */
async function containerdMajor(flags: ShimFlags, bootstrap?: { containerd_version?: string }): Promise<number> {
  const version = bootstrap?.containerd_version || (flags.publishBinary ? (await execa(flags.publishBinary, ['--version'], { reject: false, timeout: 5000 })).stdout : '');
  const m = /v?(\d+)\.\d+/.exec(version.replace(/^\S*containerd\S*\s+\S+\s+/, ''));
  return m ? Number(m[1]) : 1;
}

/** containerd's choice of socket directory, if it made one we can use (absolute, no `..`). */
function socketDir(dir: string | null | undefined): string | undefined {
  if (!dir || !path.isAbsolute(dir) || dir.split('/').includes('..')) return undefined;
  return dir;
}

/** Node flags for the daemon (measured here: 4-5 MiB less anonymous memory per shim). */
export const DAEMON_NODE_FLAGS = ['--max-semi-space-size=1'];

export async function start(flags: ShimFlags, stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  const bootstrap = await readBootstrap(stdin);
  const bundle = flags.bundle || process.cwd();
  const socket = shimSocket(flags.address, flags.namespace, groupId(bundle, flags.id), socketDir(bootstrap?.socket_dir));
  const answer = async () => {
    const address = `unix://${socket}`;
    // containerd 1.x reconnects after its own restart through this file, which the shim is
    // expected to write; 2.x keeps its own bootstrap.json, and reading ours does no harm.
    fs.writeFileSync(path.join(bundle, 'address'), address, { mode: 0o600 });
    return (await containerdMajor(flags, bootstrap)) >= 2 ? JSON.stringify({ version: 3, address, protocol: 'ttrpc' }) : address;
  };
  if (await accepts(socket)) return answer();

  fs.mkdirSync(path.dirname(socket), { recursive: true, mode: 0o700 });
  fs.rmSync(socket, { force: true });
  let logFd: number | 'ignore' = 'ignore';
  try {
    // O_NONBLOCK: containerd already reads the FIFO; if it does not, no log beats a hang.
    logFd = fs.openSync(path.join(bundle, 'log'), fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
  } catch {
    // no log FIFO (a manual run)
  }
  const args = process.argv.slice(1).filter((a) => a !== 'start');
  // node:child_process, not execa: this child is a daemon that must outlive us, with a
  // raw descriptor as its stderr, which is spawn's plain job and against execa's grain.
  // A small young generation: the daemon allocates little at a time, and V8's default (up to
  // 16 MiB per semi-space) is resident memory in every pod's shim. Through NODE_OPTIONS, so
  // the daemon's command line stays the shim's own (what ps and process lookups see).
  const child = spawn(process.execPath, [...args, '-socket', socket, 'serve'], {
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, ...DAEMON_NODE_FLAGS].filter(Boolean).join(' ') },
    cwd: bundle,
    detached: true,
    stdio: ['ignore', 'ignore', logFd],
  });
  child.unref();
  if (typeof logFd === 'number') fs.closeSync(logFd);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await accepts(socket, 200)) return answer();
    if (child.exitCode !== null) throw new Error(`the shim daemon exited (${child.exitCode}) before listening`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  throw new Error(`the shim daemon did not listen on ${socket} within 10 s`);
}
