/**
 * containerd-shim-husk-v2 driven by real containerd, both generations (Debian's 1.6 over
 * Task v2, 2.x built from the module proxy over Task v3), each container in a real VM.
 * Prints `ctr run` time to first output and the shim's RSS for docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { buildBusyboxImage } from './busybox-image.js';
import { qemuPids } from './cri-env.js';
import { REPO_DIR as REPO, missingGeneration, startContainerd, waitFor, type Containerd, type Generation } from './containerd.js';

const SHIM_DIR = path.join(REPO, 'dist', 'bin');
const IMAGE = path.resolve(REPO, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const RUNTIME = ['--runtime', 'io.containerd.husk.v2'];
const VM_TIMEOUT = 180_000;

const ready = fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2')) && fs.existsSync(path.join(IMAGE, 'manifest.json'));
if (!ready) console.log('skipping the husk shim e2e tests: run npm run build and scripts/build-guest.sh first');

let workDir: string;
let image: { archive: string; ref: string };

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-e2e-shim-'));
  image = await buildBusyboxImage(workDir);
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));


/** The QEMU of one pod, found by the sandbox id on its command line. */
function podQemu(id: string): string | undefined {
  return qemuPids().find((p) => {
    try {
      return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`husk-${id}\0`);
    } catch {
      return false;
    }
  });
}

function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}


const GENERATIONS: Generation[] = ['1', '2'];
// (ctr's output is compared without its final newline: execa strips it.)

describe.each(GENERATIONS)('husk shim under containerd generation %s', (gen) => {
  const skip = !ready || missingGeneration(gen);
  const maybe = skip ? it.skip : it;
  let cd: Containerd;
  let qemusBefore: string[];

  beforeAll(async () => {
    if (skip) return;
    qemusBefore = qemuPids();
    cd = await startContainerd(gen, { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE } });
    await cd.importImage(image.archive);
  }, VM_TIMEOUT);

  afterAll(async () => {
    if (skip || !cd) return;
    await cd.stop();
    expect(cd.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
    expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
  }, VM_TIMEOUT);

  maybe('ctr run prints the output of a container in a VM and exits with its code', async () => {
    const t0 = Date.now();
    const run = cd.spawnCtr(['run', '--rm', ...RUNTIME, image.ref, 'hello', 'sh', '-c', 'echo "hi from $(uname -r)"; exit 3'], { timeoutMs: VM_TIMEOUT });
    const first = await new Promise<number>((resolve) => run.stdout!.once('data', () => resolve(Date.now() - t0)));
    const r = await run;
    expect({ out: r.stdout, code: r.exitCode }).toEqual({ out: expect.stringMatching(/^hi from \d+\.\d+\.\d+-\d+-amd64$/), code: 3 });
    console.log(`containerd ${cd.version}: ctr run (husk) to first output ${(first / 1000).toFixed(2)} s`);
  }, VM_TIMEOUT);

  maybe('a running task: exec with and without a TTY, ps, metrics, pause/resume, kill', async () => {
    await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'web', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
    const exec = await cd.ctr(['task', 'exec', '--exec-id', 'e1', 'web', 'sh', '-c', 'echo from exec; exit 4']);
    expect({ out: exec.stdout, code: exec.exitCode }).toEqual({ out: 'from exec', code: 4 });
    const piped = await cd.ctr(['task', 'exec', '--exec-id', 'e2', 'web', 'cat'], { input: 'through stdin\n' });
    expect(piped.stdout).toBe('through stdin');
    // ctr -t wants a terminal of its own: script gives it one.
    const tty = await execa('script', ['-q', '-e', '-c', `${cd.ctrBinary} --address ${cd.address} --namespace ${cd.namespace} task exec -t --exec-id t1 web sh -c 'tty; exit 2'`, '/dev/null'], { reject: false, timeout: 60_000 });
    expect(tty.stdout).toContain('/dev/pts/');
    // ctr resizes the terminal as soon as the exec starts: that must not race Start
    expect(tty.stdout).not.toMatch(/resize|error/i);
    expect(tty.exitCode).toBe(2);

    expect(await cd.ctrOk(['task', 'ps', 'web'])).toMatch(/^PID\s+INFO\n\d+/);
    expect(await cd.ctrOk(['task', 'metrics', 'web'])).toMatch(/pids\.current\s+\d+/);
    await cd.ctrOk(['task', 'pause', 'web']);
    expect(await cd.ctrOk(['task', 'ls'])).toMatch(/web\s+\d+\s+PAUSED/);
    await cd.ctrOk(['task', 'resume', 'web']);
    expect(await cd.ctrOk(['task', 'ls'])).toMatch(/web\s+\d+\s+RUNNING/);

    const shim = cd.shimPids()[0]!;
    console.log(`containerd ${cd.version}: shim RSS ${rssMiB(shim).toFixed(0)} MiB for one pod`);
    await cd.ctrOk(['task', 'kill', '-s', 'KILL', 'web']);
    await waitFor('web to stop', async () => /web\s+\d+\s+STOPPED/.test(await cd.ctrOk(['task', 'ls'])));
    await cd.ctrOk(['task', 'delete', 'web']);
    await cd.ctrOk(['container', 'delete', 'web']);
    await waitFor('the shim to exit', () => cd.shimPids().length === 0);
  }, VM_TIMEOUT);

  maybe("ps lists the guest's pids, an exec's with its exec id; kill --all reaches every process", async () => {
    await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'many', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
    await cd.ctrOk(['task', 'exec', '-d', '--exec-id', 'bg', 'many', 'sleep', '1000']);
    const ps = async () => (await cd.ctrOk(['task', 'ps', 'many'])).split('\n').slice(1).map((l) => /^(\d+)\s+(.*)$/.exec(l.trim())!.slice(1));
    const rows = await ps();
    expect(rows).toHaveLength(2);
    // ctr prints the ProcessDetails it decoded (its Go form differs between generations) or "-".
    const [exec, init] = [rows.find((r) => r[1] !== '-'), rows.find((r) => r[1] === '-')];
    expect(exec?.[1]).toMatch(/\bbg\b/);
    expect(init).toBeDefined();
    // The init is pid 1 of its namespace and ignores TERM; the exec does not: only --all reaches it.
    await cd.ctrOk(['task', 'kill', '--all', '-s', 'TERM', 'many']);
    await waitFor('the exec to end', async () => (await ps()).length === 1);
    expect(await ps()).toEqual([init]);
    await cd.ctrOk(['task', 'exec', '-d', '--exec-id', 'bg2', 'many', 'sleep', '1000']);
    expect(await ps()).toHaveLength(2);
    await cd.ctrOk(['task', 'kill', '--all', '-s', 'KILL', 'many']);
    await waitFor('many to stop', async () => /many\s+\d+\s+STOPPED/.test(await cd.ctrOk(['task', 'ls'])));
    expect(await ps()).toEqual([]);
    await cd.ctrOk(['task', 'delete', 'many']);
    await cd.ctrOk(['container', 'delete', 'many']);
    await waitFor('the shim to exit', () => cd.shimPids().length === 0);
  }, VM_TIMEOUT);

  maybe('two containers of one pod share one shim and one VM', async () => {
    const pod = ['--annotation', 'io.kubernetes.cri.sandbox-id=pod-1'];
    await cd.ctrOk(['run', '-d', ...RUNTIME, ...pod, image.ref, 'pod-a', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
    const vm = podQemu('pod-1');
    expect(vm).toBeDefined();
    const second = await cd.ctr(['run', '--rm', ...RUNTIME, ...pod, image.ref, 'pod-b', 'sh', '-c', 'echo second'], { timeoutMs: VM_TIMEOUT });
    expect(second.stdout).toBe('second');
    // containerd's file:// log URI instead of FIFOs: both streams into one file
    const logFile = path.join(workDir, `pod-c-${gen}.log`);
    const logged = await cd.ctr(['run', '--rm', ...RUNTIME, ...pod, '--log-uri', `file://${logFile}`, image.ref, 'pod-c', 'sh', '-c', 'echo to the log; echo to stderr >&2'], { timeoutMs: VM_TIMEOUT });
    expect(logged.exitCode).toBe(0);
    expect(fs.readFileSync(logFile, 'utf8').split('\n').sort()).toEqual(['', 'to stderr', 'to the log']);
    // other suites may boot VMs meanwhile: only this pod's count
    expect(qemuPids().filter((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('husk-pod-1\0'))).toEqual([vm]);
    expect(cd.shimPids()).toHaveLength(1);
    await cd.ctrOk(['task', 'kill', '-s', 'KILL', 'pod-a']);
    await waitFor('pod-a to stop', async () => /pod-a\s+\d+\s+STOPPED/.test(await cd.ctrOk(['task', 'ls'])));
    await cd.ctrOk(['task', 'delete', 'pod-a']);
    await cd.ctrOk(['container', 'delete', 'pod-a']);
  }, VM_TIMEOUT);

  maybe('an OOM kill is published as TaskOOM; a dead VM ends every process with TaskExit', async () => {
    const events = cd.spawnCtr(['events'], { timeoutMs: VM_TIMEOUT });
    let out = '';
    events.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const lines = () => out.split('\n');
    const has = (topic: string, re: RegExp) => lines().some((l) => l.includes(` ${topic} `) && re.test(l));
    try {
      await cd.ctrOk(['run', '-d', ...RUNTIME, '--memory-limit', String(32 * 2 ** 20), image.ref, 'doomed', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
      // tail buffers /dev/zero, which has no newline, until the cgroup's limit kills it
      const hog = await cd.ctr(['task', 'exec', '--exec-id', 'hog', 'doomed', 'tail', '/dev/zero'], { timeoutMs: 120_000 });
      expect(hog.exitCode).toBe(137);
      await waitFor('TaskOOM', () => has('/tasks/oom', /"container_id":"doomed"/));

      await cd.ctrOk(['task', 'exec', '--detach', '--exec-id', 'bystander', 'doomed', 'sleep', '1000']);
      const vm = podQemu('doomed');
      expect(vm).toBeDefined();
      process.kill(Number(vm), 'SIGKILL');
      await waitFor('TaskExit for the container and its exec', () =>
        has('/tasks/exit', /"id":"doomed".*"exit_status":255/) && has('/tasks/exit', /"id":"bystander".*"exit_status":255/));
      expect(await cd.ctrOk(['task', 'ls'])).toMatch(/doomed\s+\d+\s+STOPPED/);
      await cd.ctrOk(['task', 'delete', 'doomed']);
      await cd.ctrOk(['container', 'delete', 'doomed']);
      await waitFor('the shim to exit', () => cd.shimPids().length === 0);
    } finally {
      events.kill('SIGKILL');
      await events;
    }
  }, VM_TIMEOUT);

  maybe('a task survives a containerd restart; a SIGKILLed shim leaves no VM behind', async () => {
    await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'sturdy', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
    await cd.restart();
    expect(await cd.ctrOk(['task', 'ls'])).toMatch(/sturdy\s+\d+\s+RUNNING/);
    const exec = await cd.ctr(['task', 'exec', '--exec-id', 'after', 'sturdy', 'echo', 'still here']);
    expect(exec.stdout).toBe('still here');
    const vm = podQemu('sturdy');
    expect(vm).toBeDefined();
    for (const pid of cd.shimPids()) process.kill(pid, 'SIGKILL');
    await waitFor('containerd to clean up after the shim', async () => !/sturdy/.test(await cd.ctrOk(['task', 'ls'])));
    await waitFor('its QEMU to be gone', () => !fs.existsSync(`/proc/${vm}`) || !qemuPids().includes(vm!));
    await cd.ctrOk(['container', 'delete', 'sturdy']);
  }, VM_TIMEOUT);

  maybe('bad requests reach the shim as NotFound and InvalidArgument', async () => {
    await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'probe', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
    // containerd 2.3+ names a socket directory (the harness's <state>/s), 1.x leaves it to us
    const dirs = ['/run/husk/s', path.join(cd.state, 's')].filter((d) => fs.existsSync(d));
    const sock = dirs.flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f))).find((f) => /[0-9a-f]{32}\.sock$/.test(f))!;
    expect(path.dirname(sock)).toBe(gen === '2' ? path.join(cd.state, 's') : '/run/husk/s');
    const husk = (args: string[]) => execa('node', [path.join(REPO, 'dist', 'cmd', 'husk.js'), 'task', ...args, '--address', sock, '--api', gen === '1' ? 'v2' : 'v3'], { reject: false });
    expect((await husk(['state', '--id', 'nope'])).stderr).toContain('NotFound');
    expect((await husk(['state', '--id', '../etc'])).stderr).toContain('InvalidArgument');
    expect((await husk(['kill', '--id', 'probe', '--exec-id', 'nope'])).stderr).toContain('NotFound');
    await cd.ctrOk(['task', 'kill', '-s', 'KILL', 'probe']);
    await waitFor('probe to stop', async () => /probe\s+\d+\s+STOPPED/.test(await cd.ctrOk(['task', 'ls'])));
    await cd.ctrOk(['task', 'delete', 'probe']);
    await cd.ctrOk(['container', 'delete', 'probe']);
  }, VM_TIMEOUT);
});
