/**
 * The LevelDB store: the shared contract, then what only the database can show: the stored
 * envelope, a damaged database refused at open, and LevelDB's lock held by another process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClassicLevel } from 'classic-level';
import { GrpcCode } from '../../../src/errors.js';
import { StoreError, StoreLockedError, openStore, type Store } from '../../../src/store/store.js';
import { describeStore, rejection } from './store-suite.js';

const database = (dir: string) => new ClassicLevel<string, string>(path.join(dir, 'leveldb'), { keyEncoding: 'utf8', valueEncoding: 'utf8' });

describeStore('leveldb', {
  async writeRaw(dir, key, text) {
    const db = database(dir);
    await db.open();
    try {
      await db.put(key, text, { sync: true });
    } finally {
      await db.close();
    }
  },
});

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('leveldb store', () => {
  let root: string;
  let dir: string;
  let store: Store | undefined;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-leveldb-store-'));
    dir = path.join(root, 'run', 'store');
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('the database is <dir>/leveldb, private, its values the JSON envelopes', async () => {
    store = await openStore({ backend: 'leveldb', dir });
    await store.save('sandbox/p1/meta', { id: 'p1' });
    await store.close();
    store = undefined;
    for (const d of [path.join(root, 'run'), dir, path.join(dir, 'leveldb')]) expect([d, mode(d).toString(8)]).toEqual([d, '700']);
    expect(fs.existsSync(path.join(dir, 'leveldb', 'CURRENT'))).toBe(true);
    const db = database(dir);
    await db.open();
    try {
      const record = JSON.parse((await db.get('sandbox/p1/meta'))!);
      expect(record).toMatchObject({ schema: 1, key: 'sandbox/p1/meta', data: { id: 'p1' } });
      expect(new Date(record.savedAt).toISOString()).toBe(record.savedAt);
      expect(await db.keys().all()).toEqual(['sandbox/p1/meta']);
    } finally {
      await db.close();
    }
  });

  test('a damaged database is refused at open (DataLoss), with LevelDB\'s reason', async () => {
    store = await openStore({ backend: 'leveldb', dir });
    await store.save('k', 1);
    await store.close();
    store = undefined;
    const current = path.join(dir, 'leveldb', 'CURRENT');
    const manifest = fs.readFileSync(current, 'utf8');
    fs.writeFileSync(current, 'garbage');
    let err = await rejection(openStore({ backend: 'leveldb', dir }), GrpcCode.DataLoss, new RegExp(`^store ${dir} cannot be opened \\(leveldb\\): Corruption: CURRENT`));
    expect(err).toBeInstanceOf(StoreError);
    fs.writeFileSync(current, 'MANIFEST-999999\n');
    err = await rejection(openStore({ backend: 'leveldb', dir }), GrpcCode.DataLoss, /MANIFEST-999999/);
    // Mended, it opens with its data.
    fs.writeFileSync(current, manifest);
    store = await openStore({ backend: 'leveldb', dir });
    expect(await store.load('k')).toBe(1);
  });

  test('read-only cannot sit beside the owner: LevelDB lets one open at a time', async () => {
    store = await openStore({ backend: 'leveldb', dir });
    const err = await rejection(openStore({ backend: 'leveldb', dir, readOnly: true }), GrpcCode.FailedPrecondition, /is in use by another process/);
    expect(err).toBeInstanceOf(StoreLockedError);
  });

  test('a database held by another process refuses the open until that process dies', async () => {
    store = await openStore({ backend: 'leveldb', dir });
    await store.save('k', 'kept');
    await store.close();
    store = undefined;
    const classicLevel = pathToFileURL(createRequire(import.meta.url).resolve('classic-level')).href;
    const script = `const { ClassicLevel } = await import(${JSON.stringify(classicLevel)});
      const db = new ClassicLevel(${JSON.stringify(path.join(dir, 'leveldb'))});
      await db.open();
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);`;
    const holder: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.once('data', () => resolve());
        holder.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
      });
      const err = await rejection(openStore({ backend: 'leveldb', dir }), GrpcCode.FailedPrecondition, new RegExp(`^store ${dir} is in use by another process$`));
      expect(err).toBeInstanceOf(StoreLockedError);
    } finally {
      holder.kill('SIGKILL');
      if (holder.exitCode === null && holder.signalCode === null) await new Promise((r) => holder.once('exit', r));
    }
    store = await openStore({ backend: 'leveldb', dir });
    expect(await store.load('k')).toBe('kept');
  });
});
