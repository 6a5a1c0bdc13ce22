/**
 * Many pods at once, and a guest that hangs, through real containerd 2.x and real QEMU on
 * this host: ten `ctr run -d` started together must all reach RUNNING and answer an exec (no
 * deadline may fail a guest that is slow but alive, and the admission queue makes them finish
 * in turn), then go without a trace; a guest frozen under a running pod must fail its calls
 * with a clear error within the documented bound and leave nothing behind either.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBusyboxImage } from './busybox-image.js';
import { qemuPids } from './cri-env.js';
import { REPO_DIR, missingGeneration, startContainerd, waitFor, type Containerd } from './containerd.js';
import { describeLoad, removePods, startPodsAtOnce } from './load.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const IMAGE = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const HUSK = ['--runtime', 'io.containerd.husk.v2'];
const PODS = Number(process.env.HUSK_LOAD_PODS ?? 10);
/** Generous: ten cold TCG boots on two cores take a minute or two; the test asserts no time. */
const LOAD_TIMEOUT = 900_000;

const skip =
  !fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2')) || !fs.existsSync(path.join(IMAGE, 'manifest.json'))
    ? 'run npm run build and scripts/build-guest.sh first'
    : missingGeneration('2');
if (skip) console.log(`skipping the load tests: ${skip}`);
const maybe = skip ? it.skip : it;

let workDir: string;
let image: { archive: string; ref: string };
let cd: Containerd;
let qemusBefore: string[];

beforeAll(async () => {
  if (skip) return;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-e2e-load-'));
  image = await buildBusyboxImage(workDir);
  qemusBefore = qemuPids();
  cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE } });
  await cd.importImage(image.archive);
}, 120_000);

afterAll(async () => {
  if (skip) return;
  await cd?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
  expect(cd.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
}, 120_000);

/** The QEMU of one pod, found by the sandbox id on its command line. */
function podQemu(id: string): number | undefined {
  const pid = qemuPids().find((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`husk-${id}\0`));
  return pid === undefined ? undefined : Number(pid);
}

maybe(`${PODS} pods started at once all run and answer an exec, then leave nothing behind`, async () => {
  const result = await startPodsAtOnce(cd, HUSK, image.ref, PODS, 'load', LOAD_TIMEOUT);
  console.log(`${PODS} husk pods at once through containerd ${cd.version}:\n${describeLoad(result)}`);
  try {
    expect(result.failed).toEqual([]);
  } finally {
    await removePods(cd, result);
  }
  expect(cd.shimPids()).toEqual([]);
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
  expect(cd.leftovers().mounts).toEqual([]);
}, LOAD_TIMEOUT);

maybe('a pod whose guest hangs fails its calls with a clear error, reports its processes exited, and leaves nothing behind', async () => {
  await cd.ctrOk(['run', '-d', ...HUSK, image.ref, 'frozen', 'sleep', '100000'], { timeoutMs: 300_000 });
  const qemu = podQemu('frozen')!;
  expect(qemu).toBeDefined();
  // SIGSTOP freezes all of QEMU: the guest, and the host end of the agent's channel.
  process.kill(qemu, 'SIGSTOP');
  try {
    const exec = await cd.ctr(['task', 'exec', '--exec-id', 'probe', 'frozen', 'echo', 'hi'], { timeoutMs: 300_000 });
    expect(exec.exitCode).not.toBe(0);
    expect(exec.stderr).toMatch(/the agent did not answer ExecProcess: it has sent nothing for [\d.]+ s, not even an answer to a heartbeat \(limit [\d.]+ s at pace .*\); the guest is hung or dead/);
    // The shim gave up on the VM: the container's process is reported gone (255).
    const stopped = await waitFor('the task to be reported stopped', async () => / STOPPED\s*$/m.test(await cd.ctrOk(['task', 'ls'])), 60_000);
    expect(stopped).toBe(true);
  } finally {
    // If the shim has not ended it yet (a failed assertion), let it be killed and reaped.
    if (podQemu('frozen') === qemu) process.kill(qemu, 'SIGCONT');
  }
  await cd.ctrOk(['task', 'delete', 'frozen']);
  await cd.ctrOk(['container', 'delete', 'frozen']);
  await waitFor('the frozen pod to be gone', () => cd.shimPids().length === 0 && podQemu('frozen') === undefined, 60_000);
  expect(cd.leftovers().mounts).toEqual([]);
}, 600_000);
