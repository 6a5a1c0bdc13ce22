/**
 * A real sandbox booted cold: QEMU (TCG here) booting the guest image from scripts/build-guest.sh, the
 * husk agent inside, busybox containers run by runc in the guest. Prints the figures
 * docs/benchmarks.md records (boot to agent, to first output, RSS of QEMU and of the agent).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { busyboxRootfs } from '../../../src/cli/busybox-rootfs.js';
import { vmFactory } from '../../../src/factory/index.js';
import { defaultSpec } from '../../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../../src/shim/qemu-deps.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';
import { collect, qemuPids } from '../helpers.js';

const IMAGE = process.env.HUSK_GUEST_DIR ?? path.resolve('build/guest');
const haveImage = fs.existsSync(path.join(IMAGE, 'manifest.json'));
const log = pino({ level: process.env.HUSK_TEST_LOG ?? 'silent' });

function rssKiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}


(haveImage ? describe : describe.skip)('sandbox in a real VM', () => {
  let root: string;
  let rootfs: string;
  let spec: Record<string, any>;
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-sandbox-'));
    rootfs = busyboxRootfs(path.join(root, 'busybox'));
    spec = defaultSpec(['true']);
  });

  afterAll(async () => {
    await sandbox?.delete();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const withArgs = (args: string[]) => ({ ...spec, process: { ...spec.process, args } });

  it('boots, runs containers and execs (with a TTY too), pauses, reads stats, and reports every process when QEMU is killed', async () => {
    const t0 = performance.now();
    sandbox = await Sandbox.create(
      {
        id: 'it-sandbox',
        stateRoot: path.join(root, 'state'),
        image: guestImage(IMAGE),
        memoryMiB: 512,
        vcpus: 1,
        hostname: 'pod-one',
      },
      // The cold path (the seed's CreateNew) stays covered here; templates: test/integration/factory.
      qemuSandboxDeps(log, { vms: vmFactory(log, { templates: false }) }),
    );
    await sandbox.start();
    const tAgent = performance.now();
    expect(sandbox.restored).toBe(false);

    // A container that prints and exits with a chosen code.
    const hello = await sandbox.createContainer('hello', withArgs(['sh', '-c', 'echo hello from $(hostname); echo to-stderr >&2; exit 42']), rootfs);
    await hello.start();
    const [out, err] = await Promise.all([collect(hello.init.stdout), collect(hello.init.stderr)]);
    const tOutput = performance.now();
    expect({ out, err }).toEqual({ out: 'hello from pod-one\n', err: 'to-stderr\n' });
    expect((await hello.init.wait()).status).toBe(42);
    expect(hello.state).toBe('stopped');
    await sandbox.deleteContainer('hello');

    // A long-running one: exec, SIGTERM to a process, pause/resume, stats.
    const sleeper = await sandbox.createContainer('sleeper', withArgs(['sleep', '1000']), rootfs);
    await sleeper.start();
    const child = await sleeper.exec('term', { ...spec.process, args: ['sleep', '1000'] });
    await sleeper.kill(15, 'term');
    const [termOut] = await Promise.all([collect(child.stdout), collect(child.stderr)]);
    expect(termOut).toBe('');
    expect((await child.wait()).status).toBe(143);

    // An exec with a terminal: window size, input through the pty, CR LF line ends.
    const tty = await sleeper.exec('tty', { ...spec.process, terminal: true, args: ['sh', '-c', 'read x; stty size; echo got:$x; exit 4'] });
    await tty.resize(30, 100);
    tty.stdin.write('abc\n');
    const [ttyOut] = await Promise.all([collect(tty.stdout), collect(tty.stderr)]);
    expect(ttyOut).toBe('abc\r\n30 100\r\ngot:abc\r\n');
    expect((await tty.wait()).status).toBe(4);

    await sleeper.pause();
    expect(sleeper.state).toBe('paused');
    await sleeper.resume();
    const stats = await sleeper.stats();
    expect(stats.pids.current).toBeGreaterThanOrEqual(1n);
    expect(stats.memory.usage).toBeGreaterThan(0n);
    expect(stats.cpu.totalNs).toBeGreaterThan(0n);

    const metrics = await sandbox.guestMetrics();
    const agentRss = Number(/husk_agent_rss_bytes (\d+)/.exec(metrics)?.[1]);
    const qemuRss = rssKiB(sandbox.pid!);
    console.log(
      [
        `create → agent answering: ${((tAgent - t0) / 1000).toFixed(2)} s (accel: QEMU pid ${sandbox.pid})`,
        `create → first container output: ${((tOutput - t0) / 1000).toFixed(2)} s`,
        `QEMU RSS: ${(qemuRss / 1024).toFixed(0)} MiB; agent RSS in the guest: ${(agentRss / 2 ** 20).toFixed(0)} MiB`,
      ].join('\n'),
    );

    // The VM dies under a running container with an exec: both are reported exited.
    const second = await sleeper.exec('second', { ...spec.process, args: ['sleep', '1000'] });
    const outputs = Promise.all([sleeper.init, second].flatMap((p) => [collect(p.stdout), collect(p.stderr)]));
    const qemuPid = sandbox.pid!;
    process.kill(qemuPid, 'SIGKILL');
    const exit = await sandbox.monitor;
    expect(exit.reason).toBe('qemu-exit');
    for (const p of [sleeper.init, second]) {
      const e = await p.wait();
      expect(e.status).toBe(255);
      expect(e.reason).toMatch(/the VM died \(qemu-exit, SIGKILL/);
    }
    await outputs;
    expect(sandbox.state).toBe('stopped');
    expect(sleeper.state).toBe('stopped');

    await sandbox.delete();
    sandbox = undefined;
    expect(await qemuPids()).not.toContain(String(qemuPid));
    expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
    expect(fs.existsSync(path.join(root, 'state', 'it-sandbox'))).toBe(false);
  }, 300_000);

  it('reports an OOM kill, updates a limit, kills what an init in the pod\'s PID namespace leaves, and stops gracefully through the agent', async () => {
    const ooms: string[] = [];
    sandbox = await Sandbox.create(
      { id: 'it-oom', stateRoot: path.join(root, 'state'), image: guestImage(IMAGE), memoryMiB: 512, vcpus: 1 },
      qemuSandboxDeps(log, { onOom: (id) => ooms.push(id) }),
    );
    await sandbox.start();

    // 32 MiB limit; the shell tries to hold 64 MiB in a variable.
    const limited = { ...spec, linux: { ...spec.linux, resources: { memory: { limit: 32 * 2 ** 20 } } } };
    const hog = await sandbox.createContainer('hog', { ...limited, process: { ...spec.process, args: ['sh', '-c', 'x=$(head -c 67108864 /dev/zero | tr "\\0" a); echo survived'] } }, rootfs);
    await hog.start();
    const [hogOut] = await Promise.all([collect(hog.init.stdout), collect(hog.init.stderr)]);
    expect(hogOut).toBe('');
    expect((await hog.init.wait()).status).toBe(137);
    for (let i = 0; i < 50 && !ooms.includes('hog'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(ooms).toEqual(['hog']);

    const idle = await sandbox.createContainer('idle', withArgs(['sleep', '1000']), rootfs);
    await idle.start();
    await idle.update({ memory: { limit: 48 * 2 ** 20 }, pids: { limit: 20 } });
    const stats = await idle.stats();
    expect([stats.memory.limit, stats.pids.limit]).toEqual([BigInt(48 * 2 ** 20), 20n]);

    // In the pod's PID namespace an init's children outlive it (reparented to the pod's pause)
    // and hold its output: they are killed once it exits, so its exit and end of output come
    // back, whether it ended itself or was killed (as containerd's runc shim does).
    const inPodPid = (args: string[]) => ({ ...withArgs(args), linux: { ...spec.linux, namespaces: spec.linux.namespaces.map((n: { type: string }) => (n.type === 'pid' ? { type: 'pid', path: '/proc/1/ns/pid' } : n)) } });
    const parent = await sandbox.createContainer('parent', inPodPid(['sh', '-c', 'sleep 1000 & echo started; exit 3']), rootfs);
    await parent.start();
    expect(await Promise.all([collect(parent.init.stdout), collect(parent.init.stderr)])).toEqual(['started\n', '']);
    expect((await parent.init.wait()).status).toBe(3);
    const killed = await sandbox.createContainer('killed', inPodPid(['sh', '-c', 'sleep 1000 & exec sleep 1001']), rootfs);
    await killed.start();
    const killedOut = Promise.all([collect(killed.init.stdout), collect(killed.init.stderr)]);
    await new Promise((r) => setTimeout(r, 500));
    await killed.kill(9);
    expect((await killed.init.wait()).status).toBe(137);
    await killedOut;
    const ps = await sandbox.createContainer('ps', inPodPid(['sh', '-c', 'for p in /proc/[0-9]*; do cat $p/comm; done']), rootfs);
    await ps.start();
    const [listed] = await Promise.all([collect(ps.init.stdout), collect(ps.init.stderr)]);
    expect(listed.split('\n').filter(Boolean).sort()).toEqual(['pause', 'sh']);

    const qemuPid = sandbox.pid!;
    const outputs = Promise.all([collect(idle.init.stdout), collect(idle.init.stderr)]);
    await sandbox.stop();
    expect(await sandbox.monitor).toMatchObject({ reason: 'stopped' });
    // A graceful stop has the agent kill what still runs: the real status comes back.
    expect((await idle.init.wait()).status).toBe(137);
    await outputs;
    await sandbox.delete();
    sandbox = undefined;
    expect(await qemuPids()).not.toContain(String(qemuPid));
    expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
  }, 300_000);
});
