/**
 * The filesystem backend: one file per record (key a/b/c is <dir>/a/b/c.json), so the
 * store needs nothing native and a person can read it. A save never changes a file in
 * place: it writes a temporary file beside the record, fsyncs it, renames it over the record
 * and fsyncs the directory, so a crash or a full disk at any point leaves either the old
 * record or the new one, and a stray temporary file (ignored, removed at the next open).
 * Ownership is a flock on <dir>/LOCK, which the kernel drops when its holder dies.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { GrpcCode, HuskError, failedPrecondition, notFound } from '../errors.js';
import { lockFile, type HeldLock } from '../host/flock.js';
import {
  StoreLockedError,
  decodeRecord,
  encodeRecord,
  isKeySegment,
  storeClosed,
  storeKey,
  storePrefix,
  storeReadOnly,
  type Store,
  type StoreEntry,
} from './store.js';

const LOCK = 'LOCK';
const SUFFIX = '.json';
/** `.<name>.<pid>.<random>.tmp`: the leading dot keeps it from ever being a key's file. */
const TEMP = /^\..+\.tmp$/;
/** A key's file or directory is not there, or something of the other kind is in its place. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code;
// Duck-typed: under a VM context (jest) Node's own errors come from another realm and fail instanceof.
const messageOf = (err: unknown) => (typeof (err as Error | undefined)?.message === 'string' ? (err as Error).message : String(err));

/** fsync a directory, so the names created or removed in it survive a crash. */
async function fsyncDir(dir: string): Promise<void> {
  const h = await fs.open(dir, 'r');
  try {
    await h.sync();
  } catch (err) {
    // Some filesystems cannot sync a directory; their renames are as durable as they get.
    if (errnoOf(err) !== 'EINVAL') throw err;
  } finally {
    await h.close();
  }
}

/**
 * fsync `dir`, or when a concurrent delete has pruned it meanwhile, the nearest directory
 * above it up to `top`: the one that now records the change.
 */
async function fsyncNearest(dir: string, top: string): Promise<void> {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      return await fsyncDir(d);
    } catch (err) {
      if (errnoOf(err) !== 'ENOENT' || d === top || d === path.dirname(d)) throw err;
    }
  }
}

/**
 * mkdir -p, each level it creates 0700 whatever the umask, each new name made durable.
 * Shared with the LevelDB backend, which keeps its database inside such a directory.
 */
export async function makePrivateDir(dir: string): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (first === undefined) return;
  for (let d = dir; ; d = path.dirname(d)) {
    await fs.chmod(d, 0o700);
    await fsyncDir(path.dirname(d));
    if (d === first || d === path.dirname(d)) break;
  }
}

/** Calls `visit` for every regular file under `dir` (its path relative to `dir`, '/'-separated); a missing `dir` has none. */
async function walkFiles(dir: string, rel: string, visit: (rel: string, name: string) => void | Promise<void>, descend: (rel: string) => boolean = () => true): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (ABSENT.has(errnoOf(err)!)) return;
    throw err;
  }
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (descend(r)) await walkFiles(path.join(dir, e.name), r, visit, descend);
    } else if (e.isFile()) {
      await visit(r, e.name);
    }
  }
}

export async function openFsStore(dir: string, options: { readOnly: boolean; flockBinary?: string }): Promise<Store> {
  if (options.readOnly) {
    const st = await fs.stat(dir).catch((err: unknown) => {
      if (errnoOf(err) === 'ENOENT') throw notFound(`store ${dir} does not exist`);
      throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: ${messageOf(err)}`, { cause: err });
    });
    if (!st.isDirectory()) throw failedPrecondition(`store ${dir} is not a directory`);
    return new FsStore(dir, true, undefined);
  }
  let lock: HeldLock | undefined;
  try {
    await makePrivateDir(dir);
    lock = await lockFile(path.join(dir, LOCK), { waitMs: 0, binary: options.flockBinary });
  } catch (err) {
    throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: ${messageOf(err)}`, { cause: err });
  }
  if (!lock) throw new StoreLockedError(dir);
  try {
    // Only the owner may do this: a temporary file is a save in progress while its writer lives.
    await walkFiles(dir, '', async (rel, name) => {
      if (TEMP.test(name)) await fs.rm(path.join(dir, rel), { force: true });
    });
  } catch (err) {
    await lock.close();
    throw new HuskError(GrpcCode.Internal, `cannot open store ${dir}: removing stray temporary files: ${messageOf(err)}`, { cause: err });
  }
  return new FsStore(dir, false, lock);
}

class FsStore implements Store {
  readonly backend = 'fs' as const;
  private closed = false;

  constructor(
    readonly dir: string,
    readonly readOnly: boolean,
    private readonly lock: HeldLock | undefined,
  ) {}

  private fileOf(segments: string[]): string {
    return path.join(this.dir, ...segments.slice(0, -1), segments[segments.length - 1] + SUFFIX);
  }

  private usable(): void {
    if (this.closed) throw storeClosed(this.dir);
  }

  private writable(): void {
    this.usable();
    if (this.readOnly) throw storeReadOnly(this.dir);
  }

  async save(key: string, value: unknown): Promise<void> {
    const file = this.fileOf(storeKey(key));
    this.writable();
    const text = encodeRecord(key, value);
    // A concurrent delete may prune the record's directory between our mkdir and our write: make it again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeAtomically(file, text);
        return;
      } catch (err) {
        if (errnoOf(err) === 'ENOENT' && attempt < 3) continue;
        throw this.saveError(key, err);
      }
    }
  }

  private async writeAtomically(file: string, text: string): Promise<void> {
    const parent = path.dirname(file);
    if (parent !== this.dir) await makePrivateDir(parent);
    const tmp = path.join(parent, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(tmp, 'wx', 0o600);
      await handle.chmod(0o600); // whatever the umask took away
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      await handle.close();
      handle = undefined;
      await fs.rename(tmp, file);
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
    await fsyncNearest(parent, this.dir);
  }

  private saveError(key: string, err: unknown): HuskError {
    if (err instanceof HuskError) return err;
    const code = errnoOf(err);
    const cause = { cause: err };
    if (code === 'ENOSPC') return new HuskError(GrpcCode.ResourceExhausted, `cannot save store record ${key}: no space left on device (${this.dir})`, cause);
    if (code === 'EDQUOT') return new HuskError(GrpcCode.ResourceExhausted, `cannot save store record ${key}: disk quota exceeded (${this.dir})`, cause);
    // A record's file where a directory is needed or the other way round: key x (x.json) and key
    // x.json/y, or the lock file and key LOCK/y. Only this backend has the conflict.
    if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') {
      return new HuskError(GrpcCode.FailedPrecondition, `cannot save store record ${key}: its path collides with another record's or the lock file in ${this.dir} (${messageOf(err)})`, cause);
    }
    return new HuskError(GrpcCode.Internal, `cannot save store record ${key} in ${this.dir}: ${messageOf(err)}`, cause);
  }

  async load<T = unknown>(key: string): Promise<T | undefined> {
    const file = this.fileOf(storeKey(key));
    this.usable();
    const text = await this.read(key, file);
    return text === undefined ? undefined : (decodeRecord(key, text, file) as T);
  }

  private async read(key: string, file: string): Promise<string | undefined> {
    try {
      return await fs.readFile(file, 'utf8');
    } catch (err) {
      if (ABSENT.has(errnoOf(err)!)) return undefined;
      throw new HuskError(GrpcCode.Internal, `cannot load store record ${key} from ${file}: ${messageOf(err)}`, { cause: err });
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.fileOf(storeKey(key));
    this.writable();
    try {
      await fs.unlink(file);
    } catch (err) {
      if (ABSENT.has(errnoOf(err)!)) return;
      throw new HuskError(GrpcCode.Internal, `cannot delete store record ${key} in ${this.dir}: ${messageOf(err)}`, { cause: err });
    }
    // Directories left empty go too (never the store's own): a store of short-lived keys does not fill with them.
    let d = path.dirname(file);
    while (d !== this.dir) {
      try {
        await fs.rmdir(d);
      } catch {
        break; // not empty (another record, or a save under way), or gone already
      }
      d = path.dirname(d);
    }
    try {
      await fsyncNearest(d, this.dir);
    } catch (err) {
      throw new HuskError(GrpcCode.Internal, `cannot delete store record ${key} in ${this.dir}: ${messageOf(err)}`, { cause: err });
    }
  }

  async keys(prefix: string): Promise<string[]> {
    const p = storePrefix(prefix);
    this.usable();
    // Only the subtree the prefix can reach is walked: its complete segments name a directory.
    const cut = p.lastIndexOf('/');
    const base = cut < 0 ? '' : p.slice(0, cut);
    const found: string[] = [];
    const toKey = (rel: string) => (base ? `${base}/${rel}` : rel);
    try {
      await walkFiles(
        path.join(this.dir, base),
        '',
        (rel, name) => {
          if (!name.endsWith(SUFFIX) || !isKeySegment(name.slice(0, -SUFFIX.length))) return; // LOCK, temporary files, strangers
          const key = toKey(rel.slice(0, -SUFFIX.length));
          if (key.startsWith(p)) found.push(key);
        },
        (rel) => isKeySegment(path.basename(rel)) && `${toKey(rel)}/`.startsWith(p),
      );
    } catch (err) {
      throw new HuskError(GrpcCode.Internal, `cannot list store ${this.dir}: ${messageOf(err)}`, { cause: err });
    }
    // Plain code-unit order: keys are ASCII, so this is the byte order LevelDB keeps too.
    return found.sort();
  }

  async list<T = unknown>(prefix: string): Promise<Array<StoreEntry<T>>> {
    const out: Array<StoreEntry<T>> = [];
    // One at a time: a store of many records must not open a file descriptor for each at once.
    for (const key of await this.keys(prefix)) {
      const file = this.fileOf(key.split('/'));
      const text = await this.read(key, file);
      if (text !== undefined) out.push({ key, value: decodeRecord(key, text, file) as T }); // else deleted meanwhile
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lock?.close();
  }
}
