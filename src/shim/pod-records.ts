/**
 * What a pod's shim writes to the metadata store (src/store), and where: one store per pod,
 * under HUSK_STORE_DIR (default /var/lib/husk/store), named like the pod's state directory by
 * containerd's address, the namespace and the pod's id. The shim holds the store's lock for
 * its whole life, so a second shim for the pod cannot start, and a dead shim's store is free
 * for `delete`, `husk gc` and a successor (restore).
 *
 * Records: `shim` (the shim that serves the pod and how to start another, written once per
 * shim: a damaged `pod` record still leaves it to find the pod's directories by), `pod` (what
 * CreateSandbox defined, the sandbox: its QEMU, taps, devices and containers) and `tasks/<id>`
 * (a container's bundle, stdio, rootfs and processes). Each is written when it changes,
 * before the RPC that changed it answers.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SandboxRecord } from '../sandbox/sandbox.js';
import { openStore, storeBackendFromEnv, type Store, type StoreBackend } from '../store/store.js';
import type { ShimFlags } from './flags.js';
import type { StdioPaths } from './io.js';
import type { PodState } from './pod.js';

export const STORE_ROOT = process.env.HUSK_STORE_DIR ?? '/var/lib/husk/store';

/** How a shim for the pod is started again: containerd's flags, and the environment that shapes it. */
export type ShimLaunch = Pick<ShimFlags, 'namespace' | 'address' | 'publishBinary' | 'id' | 'bundle' | 'socket' | 'debug'> & {
  /** PATH, TTRPC_ADDRESS, GRPC_ADDRESS, NAMESPACE and every HUSK_* variable. */
  env: Record<string, string>;
};

/** The shim serving the pod now: the process (pid and start time), husk's version, its launch. */
export interface ShimRecord extends ShimLaunch {
  version: string;
  pid: number;
  startTime: string;
}

/** The pod itself (Pod.record()). */
export type PodRecord = PodState;
export type { SandboxRecord };

/** A process's stdio state: whether its exit was published and its output all delivered. */
export interface StdioRecord {
  exitPublished: boolean;
  /** Output taken from the guest that a releasing shim could not write, base64. */
  held?: { stdout: string; stderr: string };
}

export interface ExecRecord extends StdioRecord {
  spec: Record<string, unknown>;
  stdio: StdioPaths;
  started: boolean;
}

export interface TaskRecord {
  id: string;
  bundle: string;
  stdio: StdioPaths;
  rootfsMounted: boolean;
  init: StdioRecord;
  execs: Record<string, ExecRecord>;
}

/** The variables a successor shim needs as the first one had them. */
export function launchEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  // (HUSK_HANDOVER_FROM names this shim's predecessor: one handover's, not the pod's.)
  // PATH too: the shim runs ip, tc, nsenter, mount and flock by name.
  const keep = (k: string) => (k.startsWith('HUSK_') && k !== 'HUSK_HANDOVER_FROM') || ['PATH', 'TTRPC_ADDRESS', 'GRPC_ADDRESS', 'NAMESPACE', 'NODE_OPTIONS'].includes(k);
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => keep(e[0]) && e[1] !== undefined));
}

/** The store directory of a pod (its id is validated by the caller). */
export function podStoreDir(containerdAddress: string, namespace: string, group: string, root = STORE_ROOT): string {
  const instance = crypto.createHash('sha256').update(`${containerdAddress}\0${namespace}`).digest('hex').slice(0, 12);
  return path.join(root, instance, group);
}

/** A store already there keeps its backend whatever HUSK_STORE says now; a new one takes HUSK_STORE's. */
export function podStoreBackend(dir: string): StoreBackend {
  if (fs.existsSync(path.join(dir, 'leveldb'))) return 'leveldb';
  if (fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.json') || f === 'tasks')) return 'fs';
  return storeBackendFromEnv();
}

/**
 * One key's writes, one at a time and in the order asked: a write asked for while another is
 * waiting to start replaces it (both callers are answered by the one write), so the last value
 * asked for is the one on disk, and a burst of changes costs two writes, not one each.
 */
class KeyWrites {
  private tail: Promise<void> = Promise.resolve();
  private waiting: { op: () => Promise<void>; done: Promise<void> } | undefined;

  write(op: () => Promise<void>): Promise<void> {
    if (this.waiting) {
      this.waiting.op = op;
      return this.waiting.done;
    }
    const entry = { op, done: Promise.resolve() };
    entry.done = this.tail.then(() => {
      this.waiting = undefined;
      return entry.op();
    });
    this.waiting = entry;
    this.tail = entry.done.catch(() => undefined);
    return entry.done;
  }

  /** Settles once every write asked for so far has ended. */
  idle(): Promise<void> {
    return this.tail;
  }
}

/** The records of one pod, over its open (and locked) store. */
export class PodRecords {
  private readonly writes = new Map<string, KeyWrites>();

  private constructor(readonly store: Store) {}

  /** Runs `op` in `key`'s turn (see KeyWrites). */
  private inTurn(key: string, op: () => Promise<void>): Promise<void> {
    let w = this.writes.get(key);
    if (!w) this.writes.set(key, (w = new KeyWrites()));
    return w.write(op);
  }

  /** Opens (and locks) the pod's store: StoreLockedError while another shim has it. */
  static async open(dir: string, options: { readOnly?: boolean } = {}): Promise<PodRecords> {
    return new PodRecords(await openStore({ backend: podStoreBackend(dir), dir, readOnly: options.readOnly ?? false }));
  }

  get dir(): string {
    return this.store.dir;
  }

  loadShim(): Promise<ShimRecord | undefined> {
    return this.store.load<ShimRecord>('shim');
  }

  saveShim(r: ShimRecord): Promise<void> {
    return this.store.save('shim', r);
  }

  loadPod(): Promise<PodRecord | undefined> {
    return this.store.load<PodRecord>('pod');
  }

  /** `r` may be a function, called when the write starts: the pod as it is then. */
  savePod(r: PodRecord | (() => Promise<PodRecord>)): Promise<void> {
    return this.inTurn('pod', async () => this.store.save('pod', typeof r === 'function' ? await r() : r));
  }

  async loadTasks(): Promise<TaskRecord[]> {
    return (await this.store.list<TaskRecord>('tasks/')).map((e) => e.value);
  }

  saveTask(r: TaskRecord): Promise<void> {
    const key = `tasks/${r.id}`;
    return this.inTurn(key, () => this.store.save(key, r));
  }

  deleteTask(id: string): Promise<void> {
    const key = `tasks/${id}`;
    return this.inTurn(key, () => this.store.delete(key));
  }

  /** Closes the store once the writes asked for so far are done. */
  async close(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.idle()));
    return this.store.close();
  }

  /** Removes every record and the store itself (the pod is gone); the store is closed after. */
  async destroy(): Promise<void> {
    for (const key of await this.store.keys('')) await this.store.delete(key);
    await this.store.close();
    fs.rmSync(this.store.dir, { recursive: true, force: true });
    try {
      fs.rmdirSync(path.dirname(this.store.dir));
    } catch {
      // other pods of this containerd namespace still have stores there
    }
  }
}
