/**
 * Cleaning up after a dead shim from its pod's store (cleanUpPod): the QEMU the record names
 * is ended only while its pid is still that process (a real short-lived process stands in for
 * it), the rootfs mounts and the state directory go, the socket and the store too; a damaged
 * record still lets the rest go and is reported.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processStartTime } from '../../../src/host/proc.js';
import { bindMount, mountPoints, unmount } from '../../../src/sandbox/mounts.js';
import { cleanUpPod } from '../../../src/shim/cleanup.js';
import { PodRecords, type PodRecord, type ShimRecord, type TaskRecord } from '../../../src/shim/pod-records.js';

let root: string;
const children: ChildProcess[] = [];

beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cleanup-'))));
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const left = (await mountPoints()).filter((m) => m.startsWith(`${root}/`));
  for (const m of left.reverse()) await unmount(m);
  fs.rmSync(root, { recursive: true, force: true });
  expect(left).toEqual([]);
});

/** A process standing in for QEMU: its pid and start time, and its exit. */
async function fakeQemu() {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
  return { child, pid: child.pid!, startTime: processStartTime(child.pid!)!, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function shimRecord(socket: string): ShimRecord {
  return { namespace: 'default', address: '/run/containerd/containerd.sock', publishBinary: '', id: 'pod1', bundle: '/b', socket, debug: false, env: {}, version: '0.1.0', pid: 999_999_999, startTime: '1' };
}

function podRecord(vm: { pid: number; startTime: string }): PodRecord {
  const stateRoot = path.join(root, 'state');
  return {
    stopped: false,
    sandbox: {
      config: { id: 'pod1', stateRoot, image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 },
      state: 'running',
      vm: { ...vm, stateDir: path.join(stateRoot, 'pod1', 'vm'), accel: 'tcg', restored: false, consoleLog: path.join(stateRoot, 'pod1', 'vm', 'console.log') },
      containers: [{ id: 'c1', state: 'running', init: { started: true }, execs: {} }],
    },
  };
}

const taskRecord = (bundle: string): TaskRecord => ({ id: 'c1', bundle, stdio: { stdin: '', stdout: '', stderr: '', terminal: false }, rootfsMounted: true, init: { exitPublished: false }, execs: {} });

/**
 * What a dead shim leaves: its store (with `pod`), a state directory with a container's
 * rootfs bound into its shared directory, a bundle whose rootfs is mounted, a socket.
 */
async function leftovers(pod: PodRecord | undefined) {
  const stateRoot = path.join(root, 'state');
  const dir = path.join(stateRoot, 'pod1');
  fs.mkdirSync(path.join(dir, 'vm'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'vm', 'console.log'), 'boot\n');
  const src = path.join(root, 'src');
  fs.mkdirSync(src);
  fs.writeFileSync(path.join(src, 'marker'), 'x');
  const shared = path.join(dir, 'shared', 'c1', 'rootfs');
  fs.mkdirSync(shared, { recursive: true });
  await bindMount(src, shared);
  const bundle = path.join(root, 'bundles', 'c1');
  fs.mkdirSync(path.join(bundle, 'rootfs'), { recursive: true });
  await bindMount(src, path.join(bundle, 'rootfs'));
  const socket = path.join(root, 'shim.sock');
  fs.writeFileSync(socket, '');
  const storeDir = path.join(root, 'store', 'abcdef012345', 'pod1');
  const records = await PodRecords.open(storeDir);
  await records.saveShim(shimRecord(socket));
  if (pod) await records.savePod(pod);
  await records.saveTask(taskRecord(bundle));
  return { records, stateRoot, dir, bundle, socket, storeDir };
}

test('ends the QEMU the record names, then removes the mounts, the state directory, the socket and the store', async () => {
  const qemu = await fakeQemu();
  const l = await leftovers(podRecord(qemu));
  const out = await cleanUpPod(l.records, l.stateRoot, 'pod1');
  expect(await qemu.exited).toBe('SIGKILL');
  expect(out.failed).toEqual([]);
  expect(out.removed).toEqual([`QEMU pid ${qemu.pid}`, 'rootfs mount of c1', `state directory ${l.dir}`, `socket ${l.socket}`, `store ${l.storeDir}`]);
  expect((await mountPoints()).filter((m) => m.startsWith(`${root}/`))).toEqual([]);
  expect(fs.existsSync(path.join(l.bundle, 'rootfs', 'marker'))).toBe(false);
  for (const gone of [l.dir, l.stateRoot, l.socket, l.storeDir, path.dirname(l.storeDir)]) expect(fs.existsSync(gone)).toBe(false);
  // The data behind the mounts is untouched.
  expect(fs.readFileSync(path.join(root, 'src', 'marker'), 'utf8')).toBe('x');
});

test('never signals a pid that is no longer that QEMU (another start time: a reused pid, or a record from before a reboot)', async () => {
  const other = await fakeQemu();
  const l = await leftovers(podRecord({ pid: other.pid, startTime: String(Number(other.startTime) - 1) }));
  const out = await cleanUpPod(l.records, l.stateRoot, 'pod1');
  await new Promise((r) => setTimeout(r, 100));
  expect(alive(other.pid)).toBe(true);
  expect(other.child.exitCode).toBeNull();
  expect(other.child.signalCode).toBeNull();
  expect(out.removed.some((r) => r.startsWith('QEMU'))).toBe(false);
  expect(out.failed).toEqual([]);
  // The rest still goes.
  expect([fs.existsSync(l.dir), fs.existsSync(l.storeDir)]).toEqual([false, false]);
  other.child.kill('SIGKILL');
  expect(await other.exited).toBe('SIGKILL');
});

test('a damaged pod record: the read failure is reported, and the directory, mounts, socket and store still go', async () => {
  const qemu = await fakeQemu();
  const l = await leftovers(podRecord(qemu));
  const podFile = path.join(l.storeDir, 'pod.json');
  expect(fs.existsSync(podFile)).toBe(true);
  fs.writeFileSync(podFile, '{"schema":1,"key":"pod","savedAt":"x","data":{"sandbox":');
  const out = await cleanUpPod(l.records, l.stateRoot, 'pod1');
  expect(out.failed).toEqual([expect.stringMatching(/^reading the pod record: .*pod.*corrupt/)]);
  expect(out.removed).toEqual(['rootfs mount of c1', `state directory ${l.dir}`, `socket ${l.socket}`, `store ${l.storeDir}`]);
  for (const gone of [l.dir, l.socket, l.storeDir]) expect(fs.existsSync(gone)).toBe(false);
  // Without the record the pid is not known: the process is left alone.
  expect(alive(qemu.pid)).toBe(true);
});

test('a store with no pod record (the shim died before the first write): the state directory and store still go', async () => {
  const l = await leftovers(undefined);
  const out = await cleanUpPod(l.records, l.stateRoot, 'pod1');
  expect(out.failed).toEqual([]);
  expect(out.removed).toEqual(['rootfs mount of c1', `state directory ${l.dir}`, `socket ${l.socket}`, `store ${l.storeDir}`]);
  expect([fs.existsSync(l.dir), fs.existsSync(l.storeDir)]).toEqual([false, false]);
});
