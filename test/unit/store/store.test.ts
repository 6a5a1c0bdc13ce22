/** What both backends share: HUSK_STORE, the key grammar, the envelope. */
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { MAX_KEY_LENGTH, STORE_SCHEMA, StoreError, decodeRecord, encodeRecord, isStoreError, openStore, storeBackendFromEnv, storeKey, storePrefix } from '../../../src/store/store.js';
import { rejection } from './store-suite.js';

const thrown = (f: () => unknown): HuskError => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(HuskError);
    return err as HuskError;
  }
  throw new Error('expected a throw');
};

describe('store', () => {
  test('HUSK_STORE picks the backend: fs by default, leveldb, nothing else', () => {
    expect(storeBackendFromEnv({})).toBe('fs');
    expect(storeBackendFromEnv({ HUSK_STORE: '' })).toBe('fs');
    expect(storeBackendFromEnv({ HUSK_STORE: 'fs' })).toBe('fs');
    expect(storeBackendFromEnv({ HUSK_STORE: 'leveldb' })).toBe('leveldb');
    for (const v of ['LevelDB', 'sqlite', ' fs']) {
      const err = thrown(() => storeBackendFromEnv({ HUSK_STORE: v }));
      expect(err.grpcCode).toBe(GrpcCode.InvalidArgument);
      expect(err.message).toBe(`HUSK_STORE=${JSON.stringify(v)}: the store backend is one of fs, leveldb`);
    }
  });

  test('openStore refuses an unknown backend or no directory', async () => {
    await rejection(openStore({ backend: 'sqlite' as 'fs', dir: '/tmp/x' }), GrpcCode.InvalidArgument, /not one of fs, leveldb/);
    await rejection(openStore({ backend: 'fs', dir: '' }), GrpcCode.InvalidArgument, /directory is not set/);
  });

  test('keys are segments of [A-Za-z0-9_.-], each starting with a letter or digit', () => {
    expect(storeKey('sandbox/pod-1/container_2.meta')).toEqual(['sandbox', 'pod-1', 'container_2.meta']);
    expect(storeKey('a')).toEqual(['a']);
    expect(storeKey(`${'a'.repeat(128)}/b`)).toHaveLength(2);
    const long = Array.from({ length: 8 }, () => 'k'.repeat(127)).join('/'); // 1023 characters
    expect(storeKey(long)).toHaveLength(8);
    for (const bad of ['', '/', 'a/', '/a', 'a//b', '.', '..', '../x', 'a/..', 'a/./b', '.a', '-a', '_a', 'a\u0000', 'a b', 'é', 'a'.repeat(129), `${long}/k`]) {
      expect([bad, thrown(() => storeKey(bad)).grpcCode]).toEqual([bad, GrpcCode.InvalidArgument]);
    }
    expect(`${long}/k`.length).toBeGreaterThan(MAX_KEY_LENGTH);
    expect(thrown(() => storeKey(undefined)).message).toBe('invalid store key undefined: not a string');
  });

  test('a prefix is whole segments and the start of one', () => {
    for (const ok of ['', 'a', 'a/', 'sandbox/a', 'sandbox/a/', 'sandbox/a.']) expect(storePrefix(ok)).toBe(ok);
    for (const bad of ['/', '/a', 'a//', '../', '..', 'a/../', 'a/.', 'a/-', ' ']) {
      expect([bad, thrown(() => storePrefix(bad)).grpcCode]).toEqual([bad, GrpcCode.InvalidArgument]);
    }
  });

  test('a record is its envelope; decoding checks every part of it', () => {
    const text = encodeRecord('a/b', { x: [1] });
    const record = JSON.parse(text);
    expect(record).toEqual({ schema: STORE_SCHEMA, key: 'a/b', savedAt: expect.any(String), data: { x: [1] } });
    expect(decodeRecord('a/b', text, '/where')).toEqual({ x: [1] });
    const err = thrown(() => decodeRecord('a/c', text, '/where'));
    expect(err).toBeInstanceOf(StoreError);
    expect(isStoreError(err)).toBe(true);
    expect(err.grpcCode).toBe(GrpcCode.DataLoss);
    expect(err.message).toBe('store record a/c in /where is corrupt: it holds the record of key "a/b"');
    expect(thrown(() => decodeRecord('a/b', text.slice(0, -1), '/where')).message).toMatch(/^store record a\/b in \/where is corrupt: .*JSON/);
    expect(thrown(() => decodeRecord('k', JSON.stringify({ ...record, key: 'k', schema: 7 }), '/w')).message).toBe(
      'store record k in /w was written by a newer husk (schema 7, this one reads 1)',
    );
    expect(isStoreError(new HuskError(GrpcCode.DataLoss, 'not one'))).toBe(false);
    expect(isStoreError(new Error('x'))).toBe(false);
  });
});
