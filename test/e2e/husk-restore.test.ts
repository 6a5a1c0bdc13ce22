/**
 * Durable pod state through containerd 2.x (the swap through 1.6 too): a running pod's shim is replaced (containerd
 * stopped meanwhile, as an upgrade does) and the pod keeps working — exec, output (what the
 * container wrote during the swap included), kill with the right exit code, delete; a shim
 * killed with SIGKILL leaves nothing once `delete` (containerd's) or `husk gc` has read its
 * store; a VM that died while no shim was attached has its task reported exited. (CRI's side
 * is in husk-cri.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { buildBusyboxImage } from './busybox-image.js';
import { qemuPids } from './cri-env.js';
import { REPO_DIR as REPO, missingGeneration, startContainerd, waitFor, type Containerd } from './containerd.js';

const SHIM_DIR = path.join(REPO, 'dist', 'bin');
const HUSK = path.join(REPO, 'dist', 'cmd', 'husk.js');
const IMAGE = path.resolve(REPO, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const RUNTIME = ['--runtime', 'io.containerd.husk.v2'];
const VM_TIMEOUT = 240_000;

const missing = !fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2')) || !fs.existsSync(path.join(IMAGE, 'manifest.json')) ? 'build and the guest image' : missingGeneration('2');
if (missing) console.log(`skipping the restore e2e tests: ${missing}`);
const maybe = missing ? it.skip : it;

let workDir: string;
let storeDir: string;
let image: { archive: string; ref: string };
let cd: Containerd;
let qemusBefore: string[];

beforeAll(async () => {
  if (missing) return;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-e2e-restore-'));
  storeDir = path.join(workDir, 'store');
  image = await buildBusyboxImage(workDir);
  qemusBefore = qemuPids();
  cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE, HUSK_STORE_DIR: storeDir } });
  await cd.importImage(image.archive);
}, VM_TIMEOUT);

afterAll(async () => {
  if (missing) return;
  await cd?.stop();
  const stores = fs.existsSync(storeDir) ? fs.readdirSync(storeDir).flatMap((i) => fs.readdirSync(path.join(storeDir, i))) : [];
  fs.rmSync(workDir, { recursive: true, force: true });
  expect(cd.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
  expect(stores).toEqual([]);
}, VM_TIMEOUT);

const env = () => ({ HUSK_STORE_DIR: storeDir });

async function husk(...args: string[]): Promise<any> {
  const r = await execa('node', [HUSK, ...args], { reject: false, timeout: 180_000, env: env() });
  if (r.exitCode !== 0) throw new Error(`husk ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim() ? JSON.parse(r.stdout) : undefined;
}

/** The pod's shim, as containerd announced it. */
function shimPid(id: string, c: Containerd = cd): number {
  const sock = fs.readFileSync(path.join(c.state, 'io.containerd.runtime.v2.task', c.namespace, id, 'address'), 'utf8').trim().replace('unix://', '');
  const pid = c.shimPids().find((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(sock));
  if (!pid) throw new Error(`no shim serves ${sock}`);
  return Number(pid);
}

function podStores(dir = storeDir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).flatMap((i) => fs.readdirSync(path.join(dir, i)));
}

/** The counter's lines in the log so far, checked to be 0, 1, 2, … without a gap. */
function counted(log: string): number {
  const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  lines.forEach((l, i) => expect(l).toBe(`line ${i}`));
  return lines.length;
}

async function removeTask(id: string): Promise<void> {
  await cd.ctr(['task', 'kill', '-s', 'KILL', id]);
  await waitFor(`${id} to stop`, async () => !new RegExp(`${id}\\s+\\d+\\s+RUNNING`).test(await cd.ctrOk(['task', 'ls'])), 60_000);
  await cd.ctr(['task', 'delete', id]);
  await cd.ctrOk(['container', 'delete', id]);
}

/**
 * Runs a container writing a numbered line every 0.1 s to a log file, replaces its shim with
 * containerd stopped, and checks the pod works on through containerd and that no line is lost.
 */
async function swap(c: Containerd, stores: string, name: string): Promise<void> {
  const log = path.join(workDir, `${name}.log`);
  const counter = 'trap "exit 7" TERM; i=0; while true; do echo "line $i"; i=$((i+1)); sleep 0.1; done';
  await c.ctrOk(['run', '-d', ...RUNTIME, '--log-uri', `file://${log}`, image.ref, name, 'sh', '-c', counter], { timeoutMs: VM_TIMEOUT });
  await c.ctrOk(['task', 'exec', '--exec-id', 'before', name, 'true'], { timeoutMs: 120_000 });
  await waitFor('output', () => counted(log) > 5);
  const before = shimPid(name, c);
  const qemu = qemuPids().filter((p) => !qemusBefore.includes(p));
  expect(podStores(stores)).toEqual([name]);

  await c.halt();
  const restarted = await husk('shim', 'restart', '--id', name, '--namespace', c.namespace);
  console.log(`shim handed over in ${restarted.ms} ms`);
  expect(restarted.from).toBe(before);
  expect(restarted.to).not.toBe(before);
  // No containerd and a new shim: the container writes on.
  const during = counted(log);
  await new Promise((r) => setTimeout(r, 1500));
  expect(counted(log)).toBeGreaterThan(during + 5);
  await c.start();

  expect(shimPid(name, c)).toBe(restarted.to);
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual(qemu);
  expect(await c.ctrOk(['task', 'ls'])).toMatch(new RegExp(`${name}\\s+\\d+\\s+RUNNING`));
  expect((await c.ctrOk(['task', 'exec', '--exec-id', 'after', name, 'echo', 'still-there'], { timeoutMs: 120_000 })).trim()).toBe('still-there');
  const events = c.spawnCtr(['events']);
  let seen = '';
  events.stdout?.on('data', (d: Buffer) => (seen += d.toString()));
  await c.ctrOk(['task', 'kill', '-s', 'TERM', name]);
  await waitFor('the exit event', () => /\/tasks\/exit.*"exit_status":7/.test(seen), 60_000);
  events.kill();
  await c.ctrOk(['task', 'delete', name]);
  await c.ctrOk(['container', 'delete', name]);
  counted(log);
  expect(podStores(stores)).toEqual([]);
}

maybe('a running pod\'s shim is replaced with containerd stopped: exec, output, kill and delete go on', async () => {
  await swap(cd, storeDir, 'swap');
}, VM_TIMEOUT);

/** swap() on a containerd of its own: that generation, a store directory of its own, `env` on top. */
async function swapOnOwnContainerd(generation: '1' | '2', name: string, env: Record<string, string> = {}): Promise<void> {
  const stores = path.join(workDir, `store-${name}`);
  const c = await startContainerd(generation, { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE, HUSK_STORE_DIR: stores, ...env } });
  try {
    await c.importImage(image.archive);
    await swap(c, stores, name);
  } finally {
    await c.stop();
  }
  expect(c.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
}

maybe('the same with the LevelDB store', async () => {
  await swapOnOwnContainerd('2', 'lswap', { HUSK_STORE: 'leveldb' });
}, VM_TIMEOUT);

const maybe16 = missing || missingGeneration('1') ? it.skip : it;

maybe16('the same through containerd 1.6 (Task API v2, no Sandbox API)', async () => {
  await swapOnOwnContainerd('1', 'swap16');
}, VM_TIMEOUT);

maybe('a SIGKILLed shim: containerd\'s delete removes what its store names', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'killed', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  const ours = qemuPids().filter((p) => !qemusBefore.includes(p));
  expect(ours).toHaveLength(1);
  process.kill(shimPid('killed'), 'SIGKILL');
  await waitFor('containerd to clean up after the dead shim', () => qemuPids().filter((p) => !qemusBefore.includes(p)).length === 0 && podStores().length === 0, 60_000);
  await waitFor('the task to be gone or stopped', async () => !/killed\s+\d+\s+RUNNING/.test(await cd.ctrOk(['task', 'ls'])), 60_000);
  await cd.ctr(['task', 'delete', 'killed']);
  await cd.ctrOk(['container', 'delete', 'killed']);
}, VM_TIMEOUT);

maybe('a SIGKILLed shim with containerd stopped: husk gc removes what its store names', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'orphan', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  await cd.halt();
  process.kill(shimPid('orphan'), 'SIGKILL');
  const report = await husk('gc');
  expect(report).toHaveLength(1);
  expect(report[0].failed).toEqual([]);
  expect(report[0].removed.join('\n')).toMatch(/QEMU pid/);
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
  expect(podStores()).toEqual([]);
  await cd.start();
  await waitFor('the task to be gone or stopped', async () => !/orphan\s+\d+\s+RUNNING/.test(await cd.ctrOk(['task', 'ls'])), 60_000);
  await cd.ctr(['task', 'delete', 'orphan']);
  await cd.ctrOk(['container', 'delete', 'orphan']);
}, VM_TIMEOUT);

maybe('a VM that died while no shim was attached: the restored shim reports the task exited (255)', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'lonely', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  await cd.halt();
  process.kill(shimPid('lonely'), 'SIGKILL');
  for (const p of qemuPids().filter((q) => !qemusBefore.includes(q))) process.kill(Number(p), 'SIGKILL');
  await husk('shim', 'restore', '--id', 'lonely', '--namespace', cd.namespace);
  await cd.start();
  await waitFor('the task to be reported stopped', async () => /lonely\s+\d+\s+STOPPED/.test(await cd.ctrOk(['task', 'ls'])), 60_000);
  // ctr warns of a non-zero exit status at delete: the 255 of a process whose VM is gone.
  const deleted = await cd.ctr(['task', 'delete', 'lonely']);
  expect(deleted.exitCode).toBe(0);
  expect(`${deleted.stdout}${deleted.stderr}`).toMatch(/exit code 255/);
  await cd.ctrOk(['container', 'delete', 'lonely']);
  await waitFor('the pod store to go', () => podStores().length === 0, 30_000);
}, VM_TIMEOUT);

maybe('two shims for one pod: the second exits at the store\'s lock without touching the VM', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'racer', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  const pid = shimPid('racer');
  const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  expect(argv.at(-1)).toBe('serve');
  const second = await execa(argv[0]!, [...argv.slice(1, -1), 'restore'], { reject: false, timeout: 60_000, env: { ...process.env, HUSK_STORE_DIR: storeDir } });
  expect(second.exitCode).toBe(1);
  expect(second.stderr).toMatch(/in use by another process/);
  expect(shimPid('racer')).toBe(pid);
  expect((await cd.ctrOk(['task', 'exec', '--exec-id', 'still', 'racer', 'echo', 'untouched'], { timeoutMs: 120_000 })).trim()).toBe('untouched');
  await removeTask('racer');
}, VM_TIMEOUT);

maybe('a damaged record: restore refuses and leaves the pod running; gc still removes it', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'damaged', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  const qemu = qemuPids().filter((p) => !qemusBefore.includes(p));
  await cd.halt();
  process.kill(shimPid('damaged'), 'SIGKILL');
  const record = path.join(storeDir, fs.readdirSync(storeDir)[0]!, 'damaged', 'pod.json');
  fs.writeFileSync(record, fs.readFileSync(record, 'utf8').slice(0, 100));
  await expect(husk('shim', 'restore', '--id', 'damaged', '--namespace', cd.namespace)).rejects.toThrow(/corrupt|cannot be read/);
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual(qemu);
  const report = await execa('node', [HUSK, 'gc'], { reject: false, env: env() });
  expect(report.stdout).toMatch(/corrupt/);
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
  expect(podStores()).toEqual([]);
  await cd.start();
  await waitFor('the task to be gone or stopped', async () => !/damaged\s+\d+\s+RUNNING/.test(await cd.ctrOk(['task', 'ls'])), 60_000);
  await cd.ctr(['task', 'delete', 'damaged']);
  await cd.ctrOk(['container', 'delete', 'damaged']);
}, VM_TIMEOUT);
