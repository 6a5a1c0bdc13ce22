/**
 * The e2e harness proven with containerd's own runc shim (io.containerd.runc.v2), against
 * both containerd generations: Debian's 1.6 and the 2.x from scripts/build-containerd2.sh.
 * What passes here with runc is what the husk shim must pass when it is dropped in.
 * Needs root, runc and containerd; generation 2 is skipped (with a message) when its
 * binaries have not been built.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBusyboxImage } from './busybox-image.js';
import { missingGeneration, startContainerd, waitFor, type Containerd, type Generation } from './containerd.js';

const GENERATIONS: Generation[] = ['1', '2'];

let workDir: string;
let image: { archive: string; ref: string };
let stubDir: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-e2e-'));
  image = await buildBusyboxImage(workDir);
  // A stand-in for containerd-shim-husk-v2: records how containerd calls it, then fails.
  stubDir = path.join(workDir, 'stub-bin');
  fs.mkdirSync(stubDir);
  fs.writeFileSync(
    path.join(stubDir, 'containerd-shim-husk-v2'),
    `#!/bin/sh\necho "$*" >> "${path.join(workDir, 'husk-shim-calls')}"\necho "stub shim: not a real shim" >&2\nexit 1\n`,
    { mode: 0o755 },
  );
});

afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});


/** `ctr task ls` as id → { pid, status }. */
async function taskList(h: Containerd): Promise<Map<string, { pid: number; status: string }>> {
  const out = await h.ctrOk(['task', 'ls']);
  const tasks = new Map<string, { pid: number; status: string }>();
  for (const line of out.split('\n').slice(1)) {
    const [id, pid, status] = line.trim().split(/\s+/);
    if (id && status) tasks.set(id, { pid: Number(pid), status });
  }
  return tasks;
}

describe.each(GENERATIONS)('containerd %s with the runc shim', (generation) => {
  const missing = missingGeneration(generation);
  if (missing && generation === '2') {
    console.log(`e2e: skipping containerd 2 tests: ${missing}`);
  }
  const it_ = missing && generation === '2' ? it.skip : it;

  let h: Containerd;
  const used: string[] = [];
  /** Container ids carry the instance's uid: runc state and cgroups are per namespace, host-wide. */
  const cid = (name: string) => {
    const id = `${name}-${h.uid}`;
    used.push(id);
    return id;
  };

  beforeAll(async () => {
    if (missing && generation === '2') return;
    h = await startContainerd(generation, { pathPrepend: [stubDir] });
    console.log(`e2e: containerd ${h.version} (generation ${generation}) at ${h.address}`);
    await h.importImage(image.archive);
  }, 60_000);

  afterAll(async () => {
    // Safety net when a test failed before the final check; stop() is idempotent.
    await h?.stop();
  }, 60_000);

  it_('imports the busybox image', async () => {
    expect(await h.ctrOk(['images', 'ls', '-q'])).toContain(image.ref);
  });

  it_('ctr run prints the output and propagates the exit code', async () => {
    const r = await h.ctr(['run', '--rm', image.ref, cid('c1'), 'sh', '-c', 'echo hi; exit 3']);
    expect(r.stdout).toBe('hi');
    expect(r.exitCode).toBe(3);
  });

  it_('measures ctr run time to first output (runc reference)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const p = h.spawnCtr(['run', '--rm', image.ref, cid(`t${i}`), 'echo', 'first-output']);
      let first = 0;
      p.stdout!.once('data', () => (first = performance.now() - t0));
      const r = await p;
      expect(r.exitCode).toBe(0);
      expect(String(r.stdout)).toBe('first-output');
      times.push(first);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `e2e: containerd ${h.version} + runc shim: ctr run time to first output ` +
        `${times.map((t) => t.toFixed(0)).join(' / ')} ms (median ${sorted[1]!.toFixed(0)} ms)`,
    );
  });

  it_('a detached task: exec, ps, metrics, pause/resume, kill, delete', async () => {
    const id = cid('c2');
    await h.ctrOk(['run', '-d', image.ref, id, 'sleep', '1000']);
    const { pid } = await waitFor('c2 running', async () => {
      const t = (await taskList(h)).get(id);
      return t?.status === 'RUNNING' && t;
    });
    expect(pid).toBeGreaterThan(0);

    const exec = await h.ctr(['task', 'exec', '--exec-id', 'e1', id, 'sh', '-c', 'echo from-exec; exit 5']);
    expect(exec.stdout).toBe('from-exec');
    expect(exec.exitCode).toBe(5);

    const ps = await h.ctrOk(['task', 'ps', id]);
    expect(ps.split('\n').slice(1).map((l) => Number(l.trim().split(/\s+/)[0]))).toContain(pid);

    // cgroup v1 names (this host is hybrid) or v2 names
    expect(await h.ctrOk(['task', 'metrics', id])).toMatch(/memory\.usage|pids\.current/);

    await h.ctrOk(['task', 'pause', id]);
    expect((await taskList(h)).get(id)?.status).toBe('PAUSED');
    await h.ctrOk(['task', 'resume', id]);
    expect((await taskList(h)).get(id)?.status).toBe('RUNNING');

    await h.ctrOk(['task', 'kill', '-s', 'KILL', id]);
    await waitFor('c2 stopped', async () => (await taskList(h)).get(id)?.status === 'STOPPED');
    const del = await h.ctr(['task', 'delete', id]);
    expect(del.exitCode).toBe(0);
    expect(del.stderr).toMatch(/exit code 137/); // 128 + SIGKILL
    await h.ctrOk(['containers', 'delete', id]);
    expect((await taskList(h)).has(id)).toBe(false);
  });

  it_('a task and its shim survive a containerd restart', async () => {
    const id = cid('c3');
    await h.ctrOk(['run', '-d', image.ref, id, 'sleep', '1000']);
    const before = await waitFor('c3 running', async () => {
      const t = (await taskList(h)).get(id);
      return t?.status === 'RUNNING' && t;
    });
    const shims = h.shimPids();
    expect(shims.length).toBeGreaterThan(0);
    const oldPid = h.pid;

    await h.restart();
    expect(h.pid).not.toBe(oldPid);

    expect((await taskList(h)).get(id)).toEqual(before);
    expect(h.shimPids()).toEqual(shims);
    const exec = await h.ctr(['task', 'exec', '--exec-id', 'after', id, 'echo', 'after-restart']);
    expect(exec.stdout).toBe('after-restart');

    await h.ctrOk(['task', 'kill', '-s', 'KILL', id]);
    await waitFor('c3 stopped', async () => (await taskList(h)).get(id)?.status === 'STOPPED');
    await h.ctrOk(['task', 'delete', id]);
    await h.ctrOk(['containers', 'delete', id]);
  }, 60_000);

  it_('ctr run --runtime io.containerd.husk.v2 starts containerd-shim-husk-v2 from pathPrepend', async () => {
    const calls = path.join(workDir, 'husk-shim-calls');
    fs.rmSync(calls, { force: true });
    const id = cid('c4');
    const r = await h.ctr(['run', '--rm', '--runtime', 'io.containerd.husk.v2', image.ref, id, 'true']);
    expect(r.exitCode).not.toBe(0); // the stub refuses to start
    const lines = fs.readFileSync(calls, 'utf8').trim().split('\n');
    // the shim contract: -namespace, -address of this containerd, -id, then the action
    expect(lines[0]).toMatch(new RegExp(`-namespace ${h.namespace} .*-address ${h.address}\\b`));
    expect(lines[0]).toContain(`-id ${id}`);
    expect(lines[0]).toMatch(/ start$/);
    await h.ctr(['containers', 'delete', id]);
  });

  it_('stop() leaves nothing behind', async () => {
    // a running and a paused task left for stop() to clean up
    const running = cid('c5');
    const paused = cid('c6');
    await h.ctrOk(['run', '-d', image.ref, running, 'sleep', '1000']);
    await h.ctrOk(['run', '-d', image.ref, paused, 'sleep', '1000']);
    await h.ctrOk(['task', 'pause', paused]);
    const address = h.address;
    const shimPids = h.shimPids();
    expect(shimPids.length).toBeGreaterThan(0);

    await h.stop();

    expect(h.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
    for (const pid of shimPids) expect(fs.existsSync(`/proc/${pid}`) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(address)).toBe(false);
    for (const id of used) expect(fs.existsSync(path.join('/run/containerd/runc', h.namespace, id))).toBe(false);
  }, 60_000);
});
