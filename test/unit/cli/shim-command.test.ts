/**
 * `husk shim list` (listStores), `husk shim restore`'s refusals and `husk gc` over a store
 * root of the test's own (--store; STORE_ROOT is read from HUSK_STORE_DIR at import): a store
 * a live shim holds (this process, holding it open) and one whose shim is dead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gcCommand } from '../../../src/cli/gc-command.js';
import { listStores, shimCommand } from '../../../src/cli/shim-command.js';
import { processStartTime } from '../../../src/host/proc.js';
import { PodRecords, type PodRecord, type ShimRecord } from '../../../src/shim/pod-records.js';
import { openStore } from '../../../src/store/store.js';
import { runCommand } from './helpers.js';

let root: string;
const held: PodRecords[] = [];
/** A process the dead pod's record names as its QEMU, with another start time: not that QEMU any more. */
let notQemu: ChildProcess;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-shimcmd-'));
  notQemu = spawn('sleep', ['60'], { stdio: 'ignore' });
  await new Promise((r) => notQemu.once('spawn', r));
});
afterEach(async () => {
  notQemu.kill('SIGKILL');
  for (const r of held.splice(0)) await r.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const INSTANCE = 'abcdef012345';
const dirOf = (id: string) => path.join(root, 'store', INSTANCE, id);

function shim(id: string, alive: boolean): ShimRecord {
  return {
    namespace: 'k8s.io',
    // An address no containerd has: gc's state directory for it does not exist.
    address: path.join(root, 'no-containerd.sock'),
    publishBinary: '',
    id,
    bundle: path.join(root, 'bundles', id),
    socket: path.join(root, `${id}.sock`),
    debug: false,
    env: {},
    version: '0.1.0',
    pid: process.pid,
    // This process (alive), or the same pid with another start time: a shim long gone.
    startTime: alive ? processStartTime(process.pid)! : '1',
  };
}

const pod = (vmPid: number): PodRecord => ({
  stopped: false,
  sandbox: {
    config: { id: 'x', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 },
    state: 'running',
    vm: { pid: vmPid, startTime: '1', stateDir: '/nonexistent', accel: 'tcg', restored: false, consoleLog: '/nonexistent/console.log' },
    containers: [
      { id: 'c1', state: 'running', init: { started: true }, execs: {} },
      { id: 'c2', state: 'created', init: { started: false }, execs: {} },
    ],
  },
});

/** A live pod (its store held open here, as its shim does) and a dead one (closed, its shim gone). */
async function stores(backend: 'fs' | 'leveldb' = 'fs') {
  const make = async (id: string) => {
    if (backend === 'leveldb') await (await openStore({ backend, dir: dirOf(id) })).close();
    return PodRecords.open(dirOf(id));
  };
  const live = await make('live');
  await live.saveShim(shim('live', true));
  await live.savePod(pod(notQemu.pid!));
  held.push(live);
  const dead = await make('dead');
  await dead.saveShim(shim('dead', false));
  await dead.savePod(pod(notQemu.pid!));
  await dead.close();
}

describe('husk shim list', () => {
  it('fs stores: the live one locked and its shim alive, read without its lock; the dead one free, shim and VM gone', async () => {
    await stores();
    const list = await listStores(path.join(root, 'store'));
    const by = Object.fromEntries(list.map((s) => [s.id, s]));
    expect(Object.keys(by).sort()).toEqual(['dead', 'live']);
    expect(by.live).toMatchObject({ dir: dirOf('live'), locked: true, namespace: 'k8s.io', shimPid: process.pid, shimAlive: true, version: '0.1.0', containers: ['c1 running', 'c2 created'] });
    expect(by.live!.error).toBeUndefined();
    expect(by.dead).toMatchObject({ dir: dirOf('dead'), locked: false, shimAlive: false, vmPid: notQemu.pid, vmAlive: false, containers: ['c1 running', 'c2 created'] });
    expect(by.dead!.launch).toMatchObject({ socket: path.join(root, 'dead.sock'), script: expect.stringMatching(/containerd-shim-husk-v2\.js$/) });
    // Listing took nothing: the live store is still this process's, the dead one free.
    await expect(PodRecords.open(dirOf('live'))).rejects.toMatchObject({ grpcCode: 9 });
    held.push(await PodRecords.open(dirOf('dead')));
  });

  it('leveldb: a store held by a live shim is locked (and cannot be read), a dead one is read', async () => {
    await stores('leveldb');
    const by = Object.fromEntries((await listStores(path.join(root, 'store'))).map((s) => [s.id, s]));
    expect(by.live).toMatchObject({ locked: true });
    expect(by.live!.shimAlive).toBeUndefined();
    expect(by.dead).toMatchObject({ locked: false, shimAlive: false, containers: ['c1 running', 'c2 created'] });
  });

  it('a store whose shim record is damaged says so', async () => {
    await stores();
    fs.writeFileSync(path.join(dirOf('dead'), 'shim.json'), 'not json');
    const dead = (await listStores(path.join(root, 'store'))).find((s) => s.id === 'dead')!;
    expect(dead.error).toMatch(/shim.*corrupt/);
    expect(dead.launch).toBeUndefined();
    expect(dead.containers).toEqual(['c1 running', 'c2 created']);
  });

  it('prints the list as JSON; restore refuses a pod whose shim lives, and one without a store', async () => {
    await stores();
    const listed = await runCommand(shimCommand, ['list', '--store', path.join(root, 'store')]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as Array<{ id: string }>).map((s) => s.id).sort()).toEqual(['dead', 'live']);
    const live = await runCommand(shimCommand, ['restore', '--id', 'live', '--store', path.join(root, 'store')]);
    expect([live.code, live.err]).toEqual([1, expect.stringContaining('has a live shim')]);
    const none = await runCommand(shimCommand, ['restore', '--id', 'other', '--store', path.join(root, 'store')]);
    expect([none.code, none.err]).toEqual([1, expect.stringContaining('no store of a pod other')]);
  });
});

describe('husk gc', () => {
  it('--dry-run says what would go (the dead pod) and what stays (the live one), and removes nothing', async () => {
    await stores();
    const r = await runCommand(gcCommand, ['--dry-run', '--store', path.join(root, 'store')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Array<Record<string, unknown>>;
    const by = Object.fromEntries(report.map((e) => [e.pod, e]));
    expect(by.live).toEqual({ pod: 'live', namespace: 'k8s.io', kept: `its shim (pid ${process.pid}) is alive` });
    expect(by.dead).toEqual({ pod: 'dead', namespace: 'k8s.io', wouldRemove: { containers: ['c1 running', 'c2 created'], store: dirOf('dead') } });
    expect([fs.existsSync(dirOf('live')), fs.existsSync(dirOf('dead'))]).toEqual([true, true]);
  });

  it('without --dry-run removes the dead pod\'s store and socket, leaves the live one, signals nothing', async () => {
    await stores();
    fs.writeFileSync(path.join(root, 'dead.sock'), '');
    const r = await runCommand(gcCommand, ['--store', path.join(root, 'store')]);
    expect(r.code).toBe(0);
    const by = Object.fromEntries((JSON.parse(r.out) as Array<Record<string, unknown>>).map((e) => [e.pod, e]));
    expect(by.dead).toMatchObject({ removed: [`socket ${path.join(root, 'dead.sock')}`, `store ${dirOf('dead')}`], failed: [] });
    expect(by.live).toMatchObject({ kept: expect.any(String) });
    expect([fs.existsSync(dirOf('live')), fs.existsSync(dirOf('dead')), fs.existsSync(path.join(root, 'dead.sock'))]).toEqual([true, false, false]);
    await new Promise((r) => setTimeout(r, 50));
    expect([notQemu.exitCode, notQemu.signalCode]).toEqual([null, null]);
  });

  it('refuses stray arguments with its usage (exit 2)', async () => {
    const r = await runCommand(gcCommand, ['now', '--store', root]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^husk gc: unexpected now\nusage: husk gc/);
  });
});
