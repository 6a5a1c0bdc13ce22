/**
 * The filesystem store: the shared contract, then what only files can show: what is on disk
 * and its modes, temporary files left by a crash, a lock held by another process, and a real
 * full disk (a 64 KiB tmpfs, as root).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { StoreLockedError, openStore, type Store } from '../../../src/store/store.js';
import { describeStore, rejection, tree } from './store-suite.js';

describeStore('fs', {
  async writeRaw(dir, key, text) {
    const file = path.join(dir, `${key}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  },
});

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('fs store', () => {
  let root: string;
  let dir: string;
  let store: Store | undefined;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-fs-store-'));
    dir = path.join(root, 'run', 'pod', 'store');
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a record is a file <dir>/<key>.json holding its envelope, 0600 in directories 0700', async () => {
    // Whatever the umask: this one would make the directories 0500.
    const umask = process.umask(0o277);
    try {
      store = await openStore({ backend: 'fs', dir });
      await store.save('sandbox/p1/meta', { id: 'p1' });
    } finally {
      process.umask(umask);
    }
    const file = path.join(dir, 'sandbox', 'p1', 'meta.json');
    expect(mode(file).toString(8)).toBe('600');
    const before = Date.now();
    await store.save('sandbox/p1/meta', { id: 'p1' });
    const record = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(record).sort()).toEqual(['data', 'key', 'savedAt', 'schema']);
    expect(record).toMatchObject({ schema: 1, key: 'sandbox/p1/meta', data: { id: 'p1' } });
    expect(new Date(record.savedAt).toISOString()).toBe(record.savedAt);
    expect(Date.parse(record.savedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(mode(file)).toBe(0o600);
    for (const d of [path.join(root, 'run'), path.join(root, 'run', 'pod'), dir, path.join(dir, 'sandbox'), path.join(dir, 'sandbox', 'p1')]) {
      expect([d, mode(d).toString(8)]).toEqual([d, '700']);
    }
    expect(tree(dir)).toEqual(['LOCK', 'sandbox', 'sandbox/p1', 'sandbox/p1/meta.json']);
  });

  test('delete prunes the directories it empties, never the store directory', async () => {
    store = await openStore({ backend: 'fs', dir });
    await store.save('sandbox/p1/c/x', 1);
    await store.save('sandbox/p2', 2);
    await store.delete('sandbox/p1/c/x');
    expect(tree(dir)).toEqual(['LOCK', 'sandbox', 'sandbox/p2.json']);
    await store.delete('sandbox/p2');
    expect(tree(dir)).toEqual(['LOCK']);
    expect(fs.existsSync(dir)).toBe(true);
  });

  test('a truncated record is corrupt, naming its file', async () => {
    store = await openStore({ backend: 'fs', dir });
    await store.save('sandbox/p1', { id: 'p1', padding: 'x'.repeat(100) });
    const file = path.join(dir, 'sandbox', 'p1.json');
    fs.truncateSync(file, fs.statSync(file).size - 10);
    await rejection(store.load('sandbox/p1'), GrpcCode.DataLoss, new RegExp(`^store record sandbox/p1 in ${file} is corrupt: `));
  });

  test('temporary files are ignored, and removed by the next owner', async () => {
    store = await openStore({ backend: 'fs', dir });
    await store.save('sandbox/p1', { v: 1 });
    const strays = [path.join(dir, 'sandbox', '.p1.json.1234.abcdef.tmp'), path.join(dir, '.top.json.1.2.tmp'), path.join(dir, 'sandbox', 'deep', '.x.json.9.9.tmp')];
    fs.mkdirSync(path.join(dir, 'sandbox', 'deep'));
    for (const s of strays) fs.writeFileSync(s, '{"schema":1,"key":"half');
    // Something that is no record at all is not listed either.
    fs.writeFileSync(path.join(dir, 'sandbox', 'notes.txt'), 'hello');
    fs.writeFileSync(path.join(dir, 'sandbox', '.hidden.json'), 'hello');
    fs.mkdirSync(path.join(dir, 'sandbox', '.stash'));
    fs.writeFileSync(path.join(dir, 'sandbox', '.stash', 'x.json'), '{}');
    expect(await store.list('')).toEqual([{ key: 'sandbox/p1', value: { v: 1 } }]);
    expect(await store.load('sandbox/p1')).toEqual({ v: 1 });
    await store.close();
    // A reader leaves them: their writer may be alive.
    const ro = await openStore({ backend: 'fs', dir, readOnly: true });
    await ro.close();
    for (const s of strays) expect(fs.existsSync(s)).toBe(true);
    store = await openStore({ backend: 'fs', dir });
    for (const s of strays) expect(fs.existsSync(s)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'sandbox', 'notes.txt'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'sandbox', '.hidden.json'))).toBe(true);
    expect(await store.load('sandbox/p1')).toEqual({ v: 1 });
  });

  test('a read-only open takes no lock: it sits beside the owner and sees its saves', async () => {
    store = await openStore({ backend: 'fs', dir });
    await store.save('a', 1);
    const ro = await openStore({ backend: 'fs', dir, readOnly: true });
    try {
      await store.save('b', 2);
      expect(await ro.list('')).toEqual([{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
    } finally {
      await ro.close();
    }
    expect(await store.load('a')).toBe(1);
  });

  test('a key whose directory would be another record or the lock file is refused (FailedPrecondition)', async () => {
    store = await openStore({ backend: 'fs', dir });
    await store.save('x', 1); // x.json
    await rejection(store.save('x.json/y', 2), GrpcCode.FailedPrecondition, /^cannot save store record x\.json\/y: its path collides with another record's or the lock file in \S+ \(E[A-Z]+: /);
    await store.save('d.json/y', 3); // directory d.json
    await rejection(store.save('d', 4), GrpcCode.FailedPrecondition, /collides/);
    await rejection(store.save('LOCK/y', 5), GrpcCode.FailedPrecondition, /collides/);
    expect(await store.load('x.json/y')).toBeUndefined();
    expect(await store.load('d')).toBeUndefined();
    expect(await store.load('LOCK/y')).toBeUndefined();
    await store.delete('d');
    await store.delete('LOCK/y');
    expect(await store.list('')).toEqual([{ key: 'd.json/y', value: 3 }, { key: 'x', value: 1 }]);
    expect(tree(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('a lock held by another process refuses the open until that process dies', async () => {
    fs.mkdirSync(dir, { recursive: true });
    // --close: the lock is flock's own, not its command's; a group of its own, so the command goes with it.
    const holder: ChildProcess = spawn('flock', ['--nonblock', '--close', path.join(dir, 'LOCK'), 'sh', '-c', 'echo locked; exec sleep 60'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.once('data', () => resolve());
        holder.once('exit', (code) => reject(new Error(`flock exited with ${code}`)));
      });
      const err = await rejection(openStore({ backend: 'fs', dir }), GrpcCode.FailedPrecondition, /is in use by another process/);
      expect(err).toBeInstanceOf(StoreLockedError);
    } finally {
      const exited = holder.exitCode === null && holder.signalCode === null ? new Promise((r) => holder.once('exit', r)) : undefined;
      process.kill(-holder.pid!, 'SIGKILL');
      await exited;
      holder.stdout!.destroy();
    }
    store = await openStore({ backend: 'fs', dir });
  });
});

const asRoot = process.getuid?.() === 0;

(asRoot ? describe : describe.skip)('fs store on a full disk (64 KiB tmpfs)', () => {
  let mnt: string;
  let store: Store;
  beforeAll(() => {
    mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-fs-store-full-'));
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mnt], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`mount tmpfs: ${r.stderr}`);
  });
  afterAll(async () => {
    await store?.close();
    spawnSync('umount', [mnt]);
    fs.rmSync(mnt, { recursive: true, force: true });
  });

  test('a save that does not fit is ResourceExhausted, leaves no temporary file and the old value readable', async () => {
    const dir = path.join(mnt, 'store');
    store = await openStore({ backend: 'fs', dir });
    await store.save('sandbox/p1', { v: 'old' });
    const filler = path.join(mnt, 'filler');
    // Most of the 64 KiB gone: the old record still fits, a 32 KiB one does not.
    fs.writeFileSync(filler, Buffer.alloc(40 * 1024));
    const big = { v: 'new', padding: 'x'.repeat(32 * 1024) };
    await rejection(store.save('sandbox/p1', big), GrpcCode.ResourceExhausted, new RegExp(`^cannot save store record sandbox/p1: no space left on device \\(${dir}\\)$`));
    expect(await store.load('sandbox/p1')).toEqual({ v: 'old' });
    await rejection(store.save('sandbox/p2', big), GrpcCode.ResourceExhausted);
    expect(await store.load('sandbox/p2')).toBeUndefined();
    expect(tree(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await store.keys('')).toEqual(['sandbox/p1']);
    // With room again the store works on.
    fs.rmSync(filler);
    await store.save('sandbox/p1', big);
    expect(await store.load('sandbox/p1')).toEqual(big);
  });
});
