/**
 * What every store backend must do, run against each (fs-store.test.ts, leveldb-store.test.ts)
 * in a fresh directory: the same keys, values, order, errors and ownership whatever is
 * underneath. A backend supplies only a way to plant stored bytes behind the store's back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { STORE_SCHEMA, StoreError, StoreLockedError, isStoreError, openStore, type Store, type StoreBackend } from '../../../src/store/store.js';

export interface BackendHarness {
  /** Stores `text` as the stored form of `key` in the store at `dir` (closed meanwhile), bypassing the store. */
  writeRaw(dir: string, key: string, text: string): Promise<void>;
}

/** The HuskError `p` rejects with, after checking its code (and message). */
export async function rejection(p: Promise<unknown>, code: number, message?: RegExp): Promise<HuskError> {
  let err: unknown;
  await p.then(
    (v) => {
      throw new Error(`expected a rejection with code ${code}, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => (err = e),
  );
  expect(err).toBeInstanceOf(HuskError);
  const h = err as HuskError;
  if (h.grpcCode !== code) throw new Error(`expected code ${code}, got ${h.grpcCode}: ${h.message}`);
  if (message) expect(h.message).toMatch(message);
  return h;
}

/** Every path under `root`, sorted: what a test compares to see that nothing appeared. */
export function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      out.push(path.relative(root, p));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out.sort();
}

export function describeStore(backend: StoreBackend, harness: BackendHarness): void {
  describe(`store contract (${backend})`, () => {
    let root: string;
    let dir: string;
    let store: Store;
    const open = (o: { readOnly?: boolean } = {}) => openStore({ backend, dir, ...o });
    /** Closes the store, lets `plant` write behind its back, opens it again. */
    const behindItsBack = async (plant: () => Promise<void>) => {
      await store.close();
      await plant();
      store = await open();
    };

    beforeEach(async () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), `husk-store-${backend}-`));
      dir = path.join(root, 'store');
      store = await open();
    });
    afterEach(async () => {
      await store.close();
      fs.rmSync(root, { recursive: true, force: true });
    });

    test('opens with what it was asked for', () => {
      expect(store.backend).toBe(backend);
      expect(store.dir).toBe(dir);
      expect(store.readOnly).toBe(false);
      expect(fs.statSync(dir).isDirectory()).toBe(true);
    });

    test('gives back what was saved: nested objects, unicode, every JSON type', async () => {
      const value = {
        pod: 'pod-ä',
        emoji: 'crab 🦀',
        cjk: '沙箱',
        controls: 'nul\u0000 line\u2028 tab\t quote" backslash\\',
        nested: { list: [1, 2.5, -3e-7, null, true, false, 'x', { deep: { deeper: [[], {}] } }] },
        big: Number.MAX_SAFE_INTEGER,
      };
      await store.save('sandbox/pod-1/meta', value);
      expect(await store.load('sandbox/pod-1/meta')).toEqual(value);
      for (const [key, v] of [['n', 42], ['s', 'text'], ['z', null], ['arr', [1, 'two']], ['f', false]] as const) {
        await store.save(key, v);
        expect(await store.load(key)).toEqual(v);
      }
      // JSON's answer, not the object's: a Date comes back as its ISO string, undefined members go.
      await store.save('d', { at: new Date(0), gone: undefined });
      expect(await store.load('d')).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    });

    test('a key never saved loads as undefined', async () => {
      await store.save('sandbox/a', { x: 1 });
      expect(await store.load('sandbox/b')).toBeUndefined();
      expect(await store.load('nothing/here/at/all')).toBeUndefined();
      expect(await store.load('sandbox/a/below')).toBeUndefined();
    });

    test('a save overwrites', async () => {
      await store.save('k', { v: 1 });
      await store.save('k', { v: 2, more: 'x' });
      expect(await store.load('k')).toEqual({ v: 2, more: 'x' });
      expect(await store.list('')).toEqual([{ key: 'k', value: { v: 2, more: 'x' } }]);
    });

    test('delete removes one record; deleting a missing one is no error', async () => {
      await store.save('sandbox/a/state', 1);
      await store.save('sandbox/a/spec', 2);
      await store.delete('sandbox/a/state');
      expect(await store.load('sandbox/a/state')).toBeUndefined();
      expect(await store.load('sandbox/a/spec')).toBe(2);
      await store.delete('sandbox/a/spec');
      expect(await store.keys('')).toEqual([]);
      await store.delete('sandbox/a/spec');
      await store.delete('never/was');
      // and the key can be saved again after its directory went
      await store.save('sandbox/a/state', 3);
      expect(await store.load('sandbox/a/state')).toBe(3);
    });

    test('saves and deletes at once in one directory all land', async () => {
      // The fs backend's delete removes the directory it empties while saves are creating files in it.
      for (let round = 0; round < 10; round++) {
        const old = Array.from({ length: 8 }, (_, i) => `p/${round}/q/old${i}`);
        const fresh = Array.from({ length: 8 }, (_, i) => `p/${round}/q/new${i}`);
        for (const k of old) await store.save(k, k);
        await Promise.all([...old.map((k) => store.delete(k)), ...fresh.map((k) => store.save(k, k))]);
        expect(await store.list(`p/${round}/`)).toEqual(fresh.map((k) => ({ key: k, value: k })).sort((a, b) => (a.key < b.key ? -1 : 1)));
      }
    });

    test('list is by plain string prefix, sorted by key in byte order', async () => {
      const keys = ['sandbox/ab/x', 'sandbox/a/y', 'other/1', 'sandbox/a', 'sandbox/a.c/z', 'sandbox/a/x', 'sandbox/a-b', 'sandbox/B', 'sandbox/a0'];
      for (const [i, k] of keys.entries()) await store.save(k, { i });
      const listed = async (prefix: string) => (await store.list<{ i: number }>(prefix)).map((e) => e.key);
      expect(await listed('sandbox/a/')).toEqual(['sandbox/a/x', 'sandbox/a/y']);
      expect(await listed('sandbox/a')).toEqual(['sandbox/a', 'sandbox/a-b', 'sandbox/a.c/z', 'sandbox/a/x', 'sandbox/a/y', 'sandbox/a0', 'sandbox/ab/x']);
      expect(await listed('')).toEqual(['other/1', 'sandbox/B', 'sandbox/a', 'sandbox/a-b', 'sandbox/a.c/z', 'sandbox/a/x', 'sandbox/a/y', 'sandbox/a0', 'sandbox/ab/x']);
      expect(await listed('sandbox/ab/x')).toEqual(['sandbox/ab/x']);
      expect(await listed('nothing/')).toEqual([]);
      expect(await listed('sandbox/c')).toEqual([]);
      expect(await store.keys('sandbox/a/')).toEqual(['sandbox/a/x', 'sandbox/a/y']);
      const entries = await store.list<{ i: number }>('sandbox/a/');
      expect(entries).toEqual([
        { key: 'sandbox/a/x', value: { i: keys.indexOf('sandbox/a/x') } },
        { key: 'sandbox/a/y', value: { i: keys.indexOf('sandbox/a/y') } },
      ]);
    });

    test('refuses bad keys and prefixes before touching anything (InvalidArgument)', async () => {
      await store.save('sandbox/ok', 1);
      const before = tree(root);
      const bad = ['../x', '', 'a//b', '/a', 'a/', 'a/./b', 'a/../b', '..', '.', '.hidden', 'nul\u0000byte', 'x'.repeat(129), 'spa ce', 'ümlaut', 'a\\b', `${'a/'.repeat(600)}b`];
      for (const key of bad) {
        await rejection(store.save(key, { escaped: true }), GrpcCode.InvalidArgument, /invalid store key/);
        await rejection(store.load(key), GrpcCode.InvalidArgument);
        await rejection(store.delete(key), GrpcCode.InvalidArgument);
      }
      for (const prefix of ['../', '/a', 'a//', '..', '.', 'a/../', '\u0000', 'a/.b']) {
        await rejection(store.list(prefix), GrpcCode.InvalidArgument, /invalid store prefix/);
        await rejection(store.keys(prefix), GrpcCode.InvalidArgument);
      }
      await rejection(store.load(42 as unknown as string), GrpcCode.InvalidArgument);
      expect(tree(root)).toEqual(before);
      expect(await store.keys('')).toEqual(['sandbox/ok']);
      // The longest a segment may be is fine.
      await store.save(`s/${'y'.repeat(128)}`, 1);
      expect(await store.load(`s/${'y'.repeat(128)}`)).toBe(1);
    });

    test('refuses values JSON cannot hold, keeping the previous one', async () => {
      await store.save('k', { v: 1 });
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      for (const v of [undefined, () => 1, Symbol('s'), 10n, { n: 10n }, cyclic]) {
        await rejection(store.save('k', v), GrpcCode.InvalidArgument, /cannot save store record k: its value is not JSON-serializable/);
      }
      expect(await store.load('k')).toEqual({ v: 1 });
    });

    test('keeps its records across close and open', async () => {
      await store.save('sandbox/p/meta', { id: 'p', n: [1, 2] });
      await store.save('sandbox/q/meta', { id: 'q' });
      await store.delete('sandbox/q/meta');
      await store.close();
      await store.close(); // twice is fine
      store = await open();
      expect(await store.load('sandbox/p/meta')).toEqual({ id: 'p', n: [1, 2] });
      expect(await store.keys('')).toEqual(['sandbox/p/meta']);
    });

    test('one owner at a time: a second open is refused until the first closes', async () => {
      await store.save('k', 'first');
      const err = await rejection(open(), GrpcCode.FailedPrecondition, new RegExp(`^store ${dir} is in use by another process$`));
      expect(err).toBeInstanceOf(StoreLockedError);
      expect(isStoreError(err)).toBe(false);
      expect(await store.load('k')).toBe('first'); // the owner is untouched
      await store.close();
      store = await open();
      expect(await store.load('k')).toBe('first');
    });

    test('a closed store refuses every call', async () => {
      await store.save('k', 1);
      await store.close();
      for (const call of [() => store.save('k', 2), () => store.load('k'), () => store.delete('k'), () => store.list(''), () => store.keys('')]) {
        await rejection(call(), GrpcCode.FailedPrecondition, /is closed/);
      }
    });

    test('read-only: reads what is there, refuses writes; a store that does not exist is NotFound', async () => {
      await rejection(openStore({ backend, dir: path.join(root, 'nope'), readOnly: true }), GrpcCode.NotFound, /does not exist/);
      expect(fs.existsSync(path.join(root, 'nope'))).toBe(false);
      await store.save('sandbox/a', { v: 1 });
      await store.close();
      const ro = await open({ readOnly: true });
      try {
        expect(ro.readOnly).toBe(true);
        expect(await ro.load('sandbox/a')).toEqual({ v: 1 });
        expect(await ro.list('')).toEqual([{ key: 'sandbox/a', value: { v: 1 } }]);
        await rejection(ro.save('sandbox/a', { v: 2 }), GrpcCode.FailedPrecondition, /read-only/);
        await rejection(ro.delete('sandbox/a'), GrpcCode.FailedPrecondition, /read-only/);
      } finally {
        await ro.close();
      }
      store = await open();
      expect(await store.load('sandbox/a')).toEqual({ v: 1 });
    });

    test('a record from a newer husk is refused, saying so', async () => {
      const future = { schema: STORE_SCHEMA + 1, key: 'sandbox/x', savedAt: new Date().toISOString(), data: { shape: 'unknown' }, extra: true };
      await behindItsBack(() => harness.writeRaw(dir, 'sandbox/x', JSON.stringify(future)));
      const err = await rejection(store.load('sandbox/x'), GrpcCode.DataLoss, /^store record sandbox\/x in .* was written by a newer husk \(schema 2, this one reads 1\)$/);
      expect(err).toBeInstanceOf(StoreError);
      expect(isStoreError(err)).toBe(true);
      expect((err as StoreError).key).toBe('sandbox/x');
      await rejection(store.list('sandbox/'), GrpcCode.DataLoss, /newer husk/);
    });

    test('a corrupt record fails its load and the list that meets it; the others are fine', async () => {
      await store.save('sandbox/a', { v: 'a' });
      await store.save('sandbox/c', { v: 'c' });
      await store.save('other/x', { v: 'x' });
      const good = JSON.stringify({ schema: 1, key: 'sandbox/b', savedAt: new Date().toISOString(), data: { v: 'b' } });
      await behindItsBack(() => harness.writeRaw(dir, 'sandbox/b', good.slice(0, 30)));
      const err = await rejection(store.load('sandbox/b'), GrpcCode.DataLoss, /^store record sandbox\/b in \S+.* is corrupt: /);
      expect(isStoreError(err)).toBe(true);
      expect(err.message).toMatch(/JSON/);
      expect(await store.load('sandbox/a')).toEqual({ v: 'a' });
      expect(await store.load('sandbox/c')).toEqual({ v: 'c' });
      // list refuses rather than leave the record out, naming it; keys() still shows it.
      const listErr = await rejection(store.list('sandbox/'), GrpcCode.DataLoss, /sandbox\/b/);
      expect((listErr as StoreError).key).toBe('sandbox/b');
      expect(await store.keys('sandbox/')).toEqual(['sandbox/a', 'sandbox/b', 'sandbox/c']);
      expect(await store.list('other/')).toEqual([{ key: 'other/x', value: { v: 'x' } }]);
      // A caller can drop it and carry on.
      await store.delete('sandbox/b');
      expect((await store.list('sandbox/')).map((e) => e.key)).toEqual(['sandbox/a', 'sandbox/c']);
      // A save over a corrupt record replaces it.
      await behindItsBack(() => harness.writeRaw(dir, 'sandbox/b', '\u0000\u0001garbage'));
      await rejection(store.load('sandbox/b'), GrpcCode.DataLoss, /corrupt/);
      await store.save('sandbox/b', { v: 'b2' });
      expect(await store.load('sandbox/b')).toEqual({ v: 'b2' });
    });

    test('a record without its envelope, or under another key, is corrupt', async () => {
      const envelope = (key: string) => JSON.stringify({ schema: 1, key, savedAt: new Date().toISOString(), data: 1 });
      const cases: Array<[string, string, RegExp]> = [
        ['k/bare', JSON.stringify({ hello: 'world' }), /no store envelope/],
        ['k/array', '[1,2]', /not a store record/],
        ['k/null', 'null', /not a store record/],
        ['k/moved', envelope('k/elsewhere'), /holds the record of key "k\/elsewhere"/],
        ['k/old', JSON.stringify({ schema: 0, key: 'k/old', savedAt: '', data: 1 }), /no store envelope \(schema 0\)/],
        ['k/nodata', JSON.stringify({ schema: 1, key: 'k/nodata', savedAt: new Date().toISOString() }), /lacks savedAt or data/],
        ['k/empty', '', /corrupt: Unexpected end of JSON input/],
      ];
      await behindItsBack(async () => {
        for (const [key, text] of cases) await harness.writeRaw(dir, key, text);
        await harness.writeRaw(dir, 'k/right', envelope('k/right'));
      });
      for (const [key, , why] of cases) {
        const err = await rejection(store.load(key), GrpcCode.DataLoss, why);
        expect(err.message).toContain(`store record ${key} in `);
      }
      expect(await store.load('k/right')).toBe(1);
    });
  });
}
