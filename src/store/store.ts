/**
 * The metadata store: a per-sandbox, durable key/value store of JSON records, so a shim that
 * restarts (or a second shim that comes for the same sandbox) finds what the first one knew.
 * Two backends behind one interface, chosen with HUSK_STORE: `fs` (a file per record, the
 * default: nothing native to load, records a person can read) and `leveldb` (one database,
 * for sandboxes with many records). This module is what both share: the interface, the key
 * grammar, the record envelope and the errors. Each record is kept in an envelope naming its
 * key and the schema it was written in, so a record that was damaged, put under the wrong
 * name or written by a newer husk is refused (DataLoss) instead of being half understood.
 */
import path from 'node:path';
import { GrpcCode, HuskError, failedPrecondition, invalidArgument } from '../errors.js';

export const STORE_BACKENDS = ['fs', 'leveldb'] as const;
export type StoreBackend = (typeof STORE_BACKENDS)[number];

/** The envelope's format; a record of a greater schema is refused, never guessed at. */
export const STORE_SCHEMA = 1;

export interface StoreEntry<T = unknown> {
  key: string;
  value: T;
}

export interface Store {
  readonly backend: StoreBackend;
  /** Absolute. */
  readonly dir: string;
  /** Opened with readOnly: save and delete are refused (FailedPrecondition). */
  readonly readOnly: boolean;
  /**
   * Stores `value` (anything JSON.stringify turns into JSON) under `key`, durably: once this
   * resolves the record survives a crash of the process or the host. A failed save leaves the
   * previous value in place.
   */
  save(key: string, value: unknown): Promise<void>;
  /** The value saved under `key` (as JSON gives it back), undefined when there is none. */
  load<T = unknown>(key: string): Promise<T | undefined>;
  /** Removes the record; a key without one is no error. */
  delete(key: string): Promise<void>;
  /**
   * Every record whose key starts with `prefix` (a plain string prefix: 'sandbox/a/' matches
   * 'sandbox/a/x' and not 'sandbox/ab/x'; '' matches all), sorted by key. One unreadable
   * record fails the whole call with a StoreError whose `key` names it: a caller rebuilding
   * its state from the store must not carry on as if that record had never existed. keys()
   * still lists it, and load()ing the others or delete()ing it works.
   */
  list<T = unknown>(prefix: string): Promise<Array<StoreEntry<T>>>;
  /** The keys list() would return, without reading the records (a damaged one is listed too). */
  keys(prefix: string): Promise<string[]>;
  /** Gives up the store (and its lock); idempotent. Later calls are refused. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  backend: StoreBackend;
  dir: string;
  /**
   * fs: open without the ownership lock, to inspect a store another process may own (nothing
   * is created or cleaned up). leveldb: LevelDB lets a single process open a database, so
   * this is the same open (taking the lock; StoreLockedError while another holds it) with
   * writes refused. Both: a store that does not exist is NotFound.
   */
  readOnly?: boolean;
  /** fs: the flock binary (default `flock` from PATH). */
  flockBinary?: string;
}

/** A record that cannot be trusted: damaged, under the wrong key, or from a newer husk. */
export class StoreError extends HuskError {
  constructor(
    message: string,
    /** The record's key, when the error is about one record. */
    readonly key?: string,
    options?: { cause?: unknown },
  ) {
    super(GrpcCode.DataLoss, message, options);
  }
}

export function isStoreError(err: unknown): err is StoreError {
  return err instanceof StoreError;
}

/** Another open store owns the directory (two shims racing for one sandbox). */
export class StoreLockedError extends HuskError {
  constructor(readonly dir: string) {
    super(GrpcCode.FailedPrecondition, `store ${dir} is in use by another process`);
  }
}

export const storeClosed = (dir: string) => failedPrecondition(`store ${dir} is closed`);
export const storeReadOnly = (dir: string) => failedPrecondition(`store ${dir} is open read-only`);

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Keeps a record's path well inside PATH_MAX whatever the store's directory. */
export const MAX_KEY_LENGTH = 1024;

export function isKeySegment(s: string): boolean {
  return SEGMENT.test(s) && s !== '.' && s !== '..';
}

function badKey(kind: string, key: unknown, why: string): HuskError {
  const shown = typeof key === 'string' ? JSON.stringify(key.slice(0, 140)) : typeof key;
  return invalidArgument(`invalid store ${kind} ${shown}: ${why}`);
}

/**
 * Checks a key and returns its segments. Keys become paths in the fs backend, so this runs
 * before a key gets near one: '/'-separated segments, each one path component that cannot
 * climb out ('.', '..', empty, a leading dot or a NUL are all refused).
 */
export function storeKey(key: unknown): string[] {
  if (typeof key !== 'string') throw badKey('key', key, 'not a string');
  if (key.length > MAX_KEY_LENGTH) throw badKey('key', key, `longer than ${MAX_KEY_LENGTH} characters`);
  const segments = key.split('/');
  for (const s of segments) {
    if (!isKeySegment(s)) throw badKey('key', key, `segment ${JSON.stringify(s.slice(0, 140))} is not 1-128 of [A-Za-z0-9_.-] starting with a letter or digit`);
  }
  return segments;
}

/**
 * Checks a list() prefix: complete segments, then optionally the start of one ('sandbox/a'
 * is the start of 'sandbox/a' and 'sandbox/ab'; 'sandbox/a/' only of keys under sandbox/a).
 */
export function storePrefix(prefix: unknown): string {
  if (typeof prefix !== 'string') throw badKey('prefix', prefix, 'not a string');
  if (prefix === '') return prefix;
  if (prefix.length > MAX_KEY_LENGTH) throw badKey('prefix', prefix, `longer than ${MAX_KEY_LENGTH} characters`);
  const segments = prefix.split('/');
  const last = segments.pop()!;
  for (const s of segments) if (!isKeySegment(s)) throw badKey('prefix', prefix, `segment ${JSON.stringify(s.slice(0, 140))} is not a key segment`);
  if (last !== '' && !isKeySegment(last)) throw badKey('prefix', prefix, `${JSON.stringify(last.slice(0, 140))} does not start a key segment`);
  return prefix;
}

/** The envelope around a value, as it is stored. */
export interface StoreRecord<T = unknown> {
  schema: number;
  key: string;
  savedAt: string;
  data: T;
}

/** The stored text of a record; InvalidArgument for a value JSON cannot hold (undefined, a function, a BigInt, a cycle). */
export function encodeRecord(key: string, value: unknown): string {
  const record: StoreRecord = { schema: STORE_SCHEMA, key, savedAt: new Date().toISOString(), data: value };
  let text: string;
  try {
    // Without the value's own check, `undefined` would vanish from the envelope and read back as damage.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') throw new Error(`a ${typeof value} is not JSON`);
    text = JSON.stringify(record);
  } catch (err) {
    throw invalidArgument(`cannot save store record ${key}: its value is not JSON-serializable (${(err as Error).message})`);
  }
  return text;
}

/** The value in a record's stored text; StoreError when it is not a sound record of `key`. `where` names the file or database. */
export function decodeRecord(key: string, text: string, where: string): unknown {
  const corrupt = (why: string, cause?: unknown) => new StoreError(`store record ${key} in ${where} is corrupt: ${why}`, key, { cause });
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    throw corrupt((err as Error).message, err);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw corrupt('it is not a store record');
  const r = record as Partial<StoreRecord>;
  if (typeof r.schema === 'number' && r.schema > STORE_SCHEMA) {
    throw new StoreError(`store record ${key} in ${where} was written by a newer husk (schema ${r.schema}, this one reads ${STORE_SCHEMA})`, key);
  }
  if (r.schema !== STORE_SCHEMA) throw corrupt(`it has no store envelope (schema ${JSON.stringify(r.schema)})`);
  if (r.key !== key) throw corrupt(`it holds the record of key ${JSON.stringify(r.key)}`);
  if (typeof r.savedAt !== 'string' || !('data' in r)) throw corrupt('its envelope lacks savedAt or data');
  return r.data;
}

/** HUSK_STORE: `fs` (the default, also when empty) or `leveldb`. */
export function storeBackendFromEnv(env: NodeJS.ProcessEnv = process.env): StoreBackend {
  const v = env.HUSK_STORE;
  if (v === undefined || v === '') return 'fs';
  if ((STORE_BACKENDS as readonly string[]).includes(v)) return v as StoreBackend;
  throw invalidArgument(`HUSK_STORE=${JSON.stringify(v)}: the store backend is one of ${STORE_BACKENDS.join(', ')}`);
}

/**
 * Opens (creating it, unless readOnly) the store in `dir`, taking the ownership lock: a
 * second opener gets StoreLockedError until this one closes. Each backend is loaded only when
 * chosen, so the fs backend never loads LevelDB's native module.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { backend, readOnly = false } = options;
  if (typeof options.dir !== 'string' || options.dir === '') throw invalidArgument('store directory is not set');
  const dir = path.resolve(options.dir);
  switch (backend) {
    case 'fs':
      return (await import('./fs-store.js')).openFsStore(dir, { readOnly, flockBinary: options.flockBinary });
    case 'leveldb':
      return (await import('./leveldb-store.js')).openLevelStore(dir, { readOnly });
    default:
      throw invalidArgument(`store backend ${JSON.stringify(backend)} is not one of ${STORE_BACKENDS.join(', ')}`);
  }
}
