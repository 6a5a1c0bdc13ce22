/**
 * The LevelDB backend (classic-level, a native module loaded only when this backend is
 * chosen): the whole store is one database in <dir>/leveldb, its records the same JSON
 * envelopes as the fs backend's, keyed by the store key. Every write is synced before it
 * returns, so a save is as durable as the fs backend's. LevelDB's own LOCK is the ownership
 * lock: one process, one open database at a time, which is also why a read-only open cannot
 * sit beside a writer here.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ClassicLevel } from 'classic-level';
import { GrpcCode, HuskError, notFound } from '../errors.js';
import { makePrivateDir } from './fs-store.js';
import {
  StoreError,
  StoreLockedError,
  decodeRecord,
  encodeRecord,
  storeClosed,
  storeKey,
  storePrefix,
  storeReadOnly,
  type Store,
  type StoreEntry,
} from './store.js';

/** classic-level's errors: a code, and for a failed open the reason as `cause`. */
interface LevelError extends Error {
  code?: string;
  cause?: unknown;
}

// Duck-typed, not instanceof: the native binding makes its errors in Node's main realm, which
// is not the caller's under a VM context (jest), and an error from another realm is still one.
const isError = (e: unknown): e is LevelError => typeof e === 'object' && e !== null && typeof (e as Error).message === 'string';
const messageOf = (err: unknown) => (isError(err) ? err.message : String(err));
const levelCode = (err: unknown) => (err as LevelError | undefined)?.code;

/** An error's own cause when it is LevelDB's reason (a failed open says only "Database failed to open"). */
function reason(err: unknown): unknown {
  const cause = isError(err) ? err.cause : undefined;
  return isError(cause) ? cause : err;
}

export async function openLevelStore(dir: string, options: { readOnly: boolean }): Promise<Store> {
  const location = path.join(dir, 'leveldb');
  if (options.readOnly) {
    await fs.stat(location).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(`store ${dir} does not exist`);
      throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: ${messageOf(err)}`, { cause: err });
    });
  } else {
    await makePrivateDir(dir).catch((err: unknown) => {
      throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: ${messageOf(err)}`, { cause: err });
    });
  }
  const { ClassicLevel } = await import('classic-level');
  const db = new ClassicLevel<string, string>(location, { keyEncoding: 'utf8', valueEncoding: 'utf8', createIfMissing: !options.readOnly });
  try {
    await db.open();
  } catch (err) {
    if (levelCode(err) === 'LEVEL_LOCKED' || levelCode(reason(err)) === 'LEVEL_LOCKED') throw new StoreLockedError(dir);
    // Anything else is a database LevelDB will not take as it is (a damaged CURRENT or MANIFEST, missing files).
    throw new StoreError(`store ${dir} cannot be opened (leveldb): ${messageOf(reason(err))}`, undefined, { cause: err });
  }
  if (!options.readOnly) {
    try {
      await fs.chmod(location, 0o700); // LevelDB makes it 0755 (less the umask)
    } catch (err) {
      await db.close().catch(() => undefined);
      throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: ${messageOf(err)}`, { cause: err });
    }
  }
  return new LevelStore(dir, options.readOnly, db);
}

class LevelStore implements Store {
  readonly backend = 'leveldb' as const;
  private closed = false;
  private readonly where: string;

  constructor(
    readonly dir: string,
    readonly readOnly: boolean,
    private readonly db: ClassicLevel<string, string>,
  ) {
    this.where = `leveldb ${db.location}`;
  }

  private usable(): void {
    if (this.closed) throw storeClosed(this.dir);
  }

  private writable(): void {
    this.usable();
    if (this.readOnly) throw storeReadOnly(this.dir);
  }

  /** A failed LevelDB call as husk's error: damage is DataLoss, a full disk ResourceExhausted. */
  private failure(what: string, err: unknown, key?: string): HuskError {
    const r = reason(err);
    const message = messageOf(r);
    if (levelCode(r) === 'LEVEL_CORRUPTION') return new StoreError(`cannot ${what} in ${this.where}: ${message}`, key, { cause: err });
    if (/no space left on device/i.test(message)) return new HuskError(GrpcCode.ResourceExhausted, `cannot ${what}: no space left on device (${this.dir})`, { cause: err });
    if (/quota exceeded/i.test(message)) return new HuskError(GrpcCode.ResourceExhausted, `cannot ${what}: disk quota exceeded (${this.dir})`, { cause: err });
    return new HuskError(GrpcCode.Internal, `cannot ${what} in ${this.where}: ${message}`, { cause: err });
  }

  async save(key: string, value: unknown): Promise<void> {
    storeKey(key);
    this.writable();
    const text = encodeRecord(key, value);
    try {
      await this.db.put(key, text, { sync: true });
    } catch (err) {
      throw this.failure(`save store record ${key}`, err, key);
    }
  }

  async load<T = unknown>(key: string): Promise<T | undefined> {
    storeKey(key);
    this.usable();
    let text: string | undefined;
    try {
      text = await this.db.get(key);
    } catch (err) {
      throw this.failure(`load store record ${key}`, err, key);
    }
    return text === undefined ? undefined : (decodeRecord(key, text, this.where) as T);
  }

  async delete(key: string): Promise<void> {
    storeKey(key);
    this.writable();
    try {
      await this.db.del(key, { sync: true });
    } catch (err) {
      throw this.failure(`delete store record ${key}`, err, key);
    }
  }

  /** The records under `prefix` in key order, raw. Keys are ASCII, so every one that starts with the prefix sorts below prefix + U+00FF. */
  private async entries(prefix: string, values: boolean): Promise<Array<[string, string]>> {
    const p = storePrefix(prefix);
    this.usable();
    try {
      return await this.db.iterator({ gte: p, lt: `${p}\xff`, values }).all();
    } catch (err) {
      throw this.failure(`list store records under ${JSON.stringify(p)}`, err);
    }
  }

  async keys(prefix: string): Promise<string[]> {
    return (await this.entries(prefix, false)).map(([k]) => k);
  }

  async list<T = unknown>(prefix: string): Promise<Array<StoreEntry<T>>> {
    return (await this.entries(prefix, true)).map(([key, text]) => ({ key, value: decodeRecord(key, text, this.where) as T }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }
}
