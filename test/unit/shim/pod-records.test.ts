/**
 * A pod's records over both store backends: what is written comes back, a task record goes
 * alone, destroy leaves nothing (and an emptied parent goes too), an existing store keeps its
 * backend whatever HUSK_STORE says, and one shim at a time holds a pod's store. Also where a
 * pod's store is and what of the environment a successor shim is given.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { processStartTime } from '../../../src/host/proc.js';
import { openPodStore, PREDECESSOR_ENV } from '../../../src/shim/handover.js';
import { launchEnv, podStoreBackend, podStoreDir, PodRecords, type PodRecord, type ShimRecord, type TaskRecord } from '../../../src/shim/pod-records.js';
import { openStore, StoreLockedError, type StoreBackend } from '../../../src/store/store.js';

let root: string;
let savedEnv: string | undefined;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-podrec-'));
  savedEnv = process.env.HUSK_STORE;
  delete process.env.HUSK_STORE;
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.HUSK_STORE;
  else process.env.HUSK_STORE = savedEnv;
  fs.rmSync(root, { recursive: true, force: true });
});

const shimRecord: ShimRecord = {
  namespace: 'k8s.io',
  address: '/run/containerd/containerd.sock',
  publishBinary: '/usr/bin/containerd',
  id: 'pod1',
  bundle: '/run/containerd/io.containerd.runtime.v2.task/k8s.io/pod1',
  socket: '/run/husk/s/0123.sock',
  debug: false,
  env: { HUSK_ACCEL: 'tcg' },
  version: '0.1.0',
  pid: 1234,
  startTime: '5678',
};
const podRecord: PodRecord = { stopped: false, startedAt: '2026-01-01T00:00:00.000Z', definition: { settings: { annotations: { a: 'b' } }, bundle: '/b', sysctls: { 'net.ipv4.ip_forward': '1' } } };
const task = (id: string, exitPublished = false): TaskRecord => ({
  id,
  bundle: `/bundles/${id}`,
  stdio: { stdin: '', stdout: `/fifo/${id}-out`, stderr: '', terminal: false },
  rootfsMounted: true,
  init: { exitPublished, held: { stdout: Buffer.from('held').toString('base64'), stderr: '' } },
  execs: { e1: { spec: { args: ['ls'] }, stdio: { stdin: '', stdout: '', stderr: '', terminal: false }, started: true, exitPublished: false } },
});

/** A new pod store of `backend` in `dir`: leveldb is made by opening it as such first, as a shim started with HUSK_STORE=leveldb does. */
async function create(backend: StoreBackend, dir: string): Promise<PodRecords> {
  if (backend === 'leveldb') await (await openStore({ backend, dir })).close();
  return PodRecords.open(dir);
}

describe.each(['fs', 'leveldb'] as const)('PodRecords over %s', (backend) => {
  const dir = () => path.join(root, 'store', 'abcdef012345', 'pod1');

  test('what is saved comes back after a reopen: shim, pod, tasks (by id), a task deleted alone', async () => {
    const r = await create(backend, dir());
    expect(r.store.backend).toBe(backend);
    expect(r.dir).toBe(dir());
    expect([await r.loadPod(), await r.loadShim(), await r.loadTasks()]).toEqual([undefined, undefined, []]);
    await r.saveShim(shimRecord);
    await r.savePod(podRecord);
    for (const id of ['c2', 'c1', 'c3']) await r.saveTask(task(id));
    await r.saveTask(task('c2', true));
    await r.deleteTask('c3');
    await r.deleteTask('never-there');
    await r.close();

    const again = await PodRecords.open(dir());
    expect(again.store.backend).toBe(backend);
    expect(await again.loadShim()).toEqual(shimRecord);
    expect(await again.loadPod()).toEqual(podRecord);
    expect(await again.loadTasks()).toEqual([task('c1'), task('c2', true)]);
    await again.close();
  });

  test('a store that exists keeps its backend whatever HUSK_STORE says now', async () => {
    const r = await create(backend, dir());
    await r.savePod(podRecord);
    await r.close();
    process.env.HUSK_STORE = backend === 'fs' ? 'leveldb' : 'fs';
    expect(podStoreBackend(dir())).toBe(backend);
    const again = await PodRecords.open(dir());
    expect(again.store.backend).toBe(backend);
    expect(await again.loadPod()).toEqual(podRecord);
    await again.close();
  });

  test('two shims racing for one sandbox: one wins, the other is refused (FailedPrecondition) until it lets go', async () => {
    const first = await create(backend, dir());
    await first.savePod(podRecord);
    const err = await PodRecords.open(dir()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    expect(err).toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    const both = await Promise.allSettled([PodRecords.open(dir()), PodRecords.open(dir())]);
    expect(both.map((b) => b.status)).toEqual(['rejected', 'rejected']);
    await first.close();
    // Free again: of two opening at once, exactly one wins.
    const race = await Promise.allSettled([PodRecords.open(dir()), PodRecords.open(dir())]);
    expect(race.map((b) => b.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = race.find((b): b is PromiseFulfilledResult<PodRecords> => b.status === 'fulfilled')!.value;
    expect(race.find((b) => b.status === 'rejected')).toMatchObject({ reason: expect.any(StoreLockedError) });
    expect(await winner.loadPod()).toEqual(podRecord);
    await winner.close();
  });

  test('destroy removes the store and its parent once empty; a parent with another pod stays', async () => {
    const other = path.join(root, 'store', 'abcdef012345', 'pod2');
    const a = await create(backend, dir());
    const b = await create(backend, other);
    await a.savePod(podRecord);
    await a.saveTask(task('c1'));
    await a.destroy();
    expect(fs.existsSync(dir())).toBe(false);
    expect(fs.existsSync(other)).toBe(true);
    await b.saveShim(shimRecord);
    await b.destroy();
    expect(fs.existsSync(path.join(root, 'store', 'abcdef012345'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'store'))).toBe(true);
    // Gone, and not locked: a new store can be made there.
    const c = await PodRecords.open(dir());
    expect(await c.loadPod()).toBeUndefined();
    await c.close();
  });
});

describe('openPodStore: a shim opening its pod store', () => {
  const dir = () => path.join(root, 'store', 'abcdef012345', 'pod1');
  const settledWithin = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), ms))]);

  test('a successor waits for the store while its predecessor (pid:starttime) holds it, then has it', async () => {
    const first = await create('fs', dir());
    await first.savePod(podRecord);
    const opening = openPodStore(dir(), { [PREDECESSOR_ENV]: `${process.pid}:${processStartTime(process.pid)}` });
    expect(await settledWithin(opening, 150)).toBe(false);
    await first.close();
    const second = await opening;
    expect(await second.loadPod()).toEqual(podRecord);
    await second.close();
  });

  test('any other shim is refused once the store stays held: none named, or one named that is not running any more', async () => {
    const first = await create('fs', dir());
    for (const env of [{}, { [PREDECESSOR_ENV]: `${process.pid}:1` }, { [PREDECESSOR_ENV]: 'garbage' }]) {
      await expect(openPodStore(dir(), env, 100)).rejects.toBeInstanceOf(StoreLockedError);
    }
    await first.close();
  });

  test('a store held for a moment (husk shim list or gc looking) is had once let go', async () => {
    const probe = await create('fs', dir());
    const opening = openPodStore(dir(), {}, 60_000);
    expect(await settledWithin(opening, 150)).toBe(false);
    await probe.close();
    const shim = await opening;
    await shim.close();
  });
});

describe('where a pod store is', () => {
  test('podStoreDir: stable, one directory per containerd and namespace, the pod under it', () => {
    const a = podStoreDir('/run/containerd/containerd.sock', 'k8s.io', 'pod1', '/st');
    expect(podStoreDir('/run/containerd/containerd.sock', 'k8s.io', 'pod1', '/st')).toBe(a);
    expect(a).toMatch(/^\/st\/[0-9a-f]{12}\/pod1$/);
    const b = podStoreDir('/run/containerd/containerd.sock', 'k8s.io', 'pod2', '/st');
    expect(path.dirname(b)).toBe(path.dirname(a));
    const others = [podStoreDir('/run/containerd/containerd.sock', 'default', 'pod1', '/st'), podStoreDir('/run/other/containerd.sock', 'k8s.io', 'pod1', '/st')];
    for (const o of others) expect(path.dirname(o)).not.toBe(path.dirname(a));
    expect(new Set(others.map((o) => path.dirname(o))).size).toBe(2);
    // The separator keeps address and namespace apart: "a" + "bc" is not "ab" + "c".
    expect(podStoreDir('a', 'bc', 'p', '/st')).not.toBe(podStoreDir('ab', 'c', 'p', '/st'));
  });

  test('podStoreBackend: a new store takes HUSK_STORE (fs by default); an fs store is known by its records', () => {
    const d = path.join(root, 'new');
    expect(podStoreBackend(d)).toBe('fs');
    process.env.HUSK_STORE = 'leveldb';
    expect(podStoreBackend(d)).toBe('leveldb');
    fs.mkdirSync(path.join(d, 'tasks'), { recursive: true });
    expect(podStoreBackend(d)).toBe('fs');
  });
});

test('launchEnv keeps HUSK_*, PATH, TTRPC_ADDRESS, GRPC_ADDRESS, NAMESPACE and NODE_OPTIONS only', () => {
  const env = {
    HUSK_ACCEL: 'kvm',
    HUSK_STORE: 'leveldb',
    TTRPC_ADDRESS: '/run/containerd/containerd.sock.ttrpc',
    GRPC_ADDRESS: '/run/containerd/containerd.sock',
    NAMESPACE: 'k8s.io',
    NODE_OPTIONS: '--max-old-space-size=64',
    PATH: '/usr/bin',
    HOME: '/root',
    MY_HUSK_THING: 'x',
    husk_lower: 'y',
    NAMESPACES: 'z',
    // One handover's, not the pod's: a later successor has a predecessor of its own.
    HUSK_HANDOVER_FROM: '123:456',
    UNSET: undefined,
  };
  expect(launchEnv(env)).toEqual({
    HUSK_ACCEL: 'kvm',
    HUSK_STORE: 'leveldb',
    TTRPC_ADDRESS: '/run/containerd/containerd.sock.ttrpc',
    GRPC_ADDRESS: '/run/containerd/containerd.sock',
    NAMESPACE: 'k8s.io',
    NODE_OPTIONS: '--max-old-space-size=64',
    // The successor runs ip, tc and nsenter by name.
    PATH: '/usr/bin',
  });
  expect(launchEnv({})).toEqual({});
});
