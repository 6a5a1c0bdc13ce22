/**
 * The VM cache on real QEMU (TCG here): `husk factory serve` (the built daemon, as a child
 * process) keeps ready VMs; sandboxes with the cache on take them over, with and without a
 * pod network, each a guest of its own; the daemon refills; killed with SIGKILL, it leaves
 * the pods it handed VMs to running, the next sandbox falls back to a template, and the
 * ready VMs it left are ended. Nothing stays behind: QEMUs, taps, namespaces, directories.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { pino } from 'pino';
import { busyboxRootfs } from '../../../src/cli/busybox-rootfs.js';
import { CacheClient, cachePaths, vmFactory } from '../../../src/factory/index.js';
import { defaultSpec } from '../../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../../src/shim/qemu-deps.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';
import { hotplugRoomFromEnv } from '../../../src/shim/defaults.js';
import { collect, qemuPids } from '../helpers.js';

const IMAGE = process.env.HUSK_GUEST_DIR ?? path.resolve('build/guest');
const HUSK = path.resolve('dist/cmd/husk.js');
const ready = fs.existsSync(path.join(IMAGE, 'manifest.json')) && fs.existsSync(HUSK);
const log = pino({ level: process.env.HUSK_TEST_LOG ?? 'silent' });

const suffix = crypto.randomBytes(3).toString('hex');
const NS = `husk-itc-${suffix}`;
const HOST_IF = `hc${suffix}`;
const HOST_IP = '10.203.0.1';
const POD_IP = '10.203.0.2';
const inNs = (...argv: string[]) => execa('ip', ['netns', 'exec', NS, ...argv]);

const cmdline = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const exists = (p: string) => fs.existsSync(p);

async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined, ms = 240_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

(ready ? describe : describe.skip)('VM cache on real QEMU', () => {
  let root: string;
  let cacheRoot: string;
  let daemon: ResultPromise | undefined;
  /** Every daemon started: a test that fails half-way must not leave one (and its VMs) running. */
  const daemons: ResultPromise[] = [];
  let qemuBefore: string[];
  let rootfs: string;
  const live: Sandbox[] = [];
  const spec = defaultSpec(['true']) as Record<string, any>;

  beforeAll(async () => {
    qemuBefore = await qemuPids();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cache-'));
    cacheRoot = path.join(root, 'cache');
    rootfs = busyboxRootfs(path.join(root, 'busybox'));
    await execa('ip', ['netns', 'add', NS]);
    await execa('ip', ['link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', NS]);
    await execa('ip', ['addr', 'add', `${HOST_IP}/24`, 'dev', HOST_IF]);
    await execa('ip', ['link', 'set', HOST_IF, 'up']);
    await inNs('ip', 'addr', 'add', `${POD_IP}/24`, 'dev', 'eth0');
    await inNs('ip', 'link', 'set', 'eth0', 'up');
    await inNs('ip', 'route', 'add', 'default', 'via', HOST_IP);
  });

  afterAll(async () => {
    for (const s of live) await s.delete().catch(() => undefined);
    for (const d of daemons) d.kill('SIGKILL');
    await execa('ip', ['netns', 'del', NS], { reject: false });
    await execa('ip', ['link', 'del', HOST_IF], { reject: false });
    fs.rmSync(root, { recursive: true, force: true });
  });

  const status = () => new CacheClient(cachePaths(cacheRoot).socket, 5000).status();
  const full = async () => {
    const s = await status().catch(() => undefined);
    return s && s.pools.length === 2 && s.pools.every((p) => p.ready === 1) ? s : undefined;
  };

  async function sandbox(id: string, netns?: string): Promise<Sandbox> {
    const s = await Sandbox.create(
      // The room the shim gives every pod, as `husk factory serve` gives its VMs.
      { id, stateRoot: path.join(root, 'state'), image: guestImage(IMAGE), memoryMiB: 512, vcpus: 1, hostname: id, hotplug: hotplugRoomFromEnv(), ...(netns ? { netns } : {}) },
      qemuSandboxDeps(log, { vms: vmFactory(log, { cache: true, cacheRoot }) }),
    );
    live.push(s);
    await s.start();
    return s;
  }

  async function run(s: Sandbox, id: string, script: string): Promise<string> {
    const c = await s.createContainer(id, { ...spec, process: { ...spec.process, args: ['sh', '-c', script] } }, rootfs);
    await c.start();
    const [out, err] = await Promise.all([collect(c.init.stdout), collect(c.init.stderr)]);
    expect({ err, status: (await c.init.wait()).status }).toEqual({ err: '', status: 0 });
    await s.deleteContainer(id);
    return out;
  }

  const IDENTITY = 'cat /proc/sys/kernel/random/boot_id; head -c 32 /dev/urandom | od -An -tx1 | tr -d " \\n"; echo; hostname; date +%s';

  it('hands ready VMs to sandboxes, refills, and falls back once the daemon is killed, leaving nothing behind', async () => {
    daemon = execa('node', [HUSK, 'factory', 'serve', '--size', '1', '--nics', '0,1', '--image', IMAGE, '--cache-root', cacheRoot], { reject: false, stdio: ['ignore', 'pipe', 'pipe'] });
    daemons.push(daemon);
    const daemonLog: string[] = [];
    daemon.stderr!.on('data', (d: Buffer) => daemonLog.push(d.toString()));
    const first = await until('the cache to fill', full).catch((err: Error) => {
      throw new Error(`${err.message}; daemon log: ${daemonLog.join('').slice(-3000)}`);
    });
    expect(first.pid).toBe(daemon.pid);
    expect(fs.statSync(cachePaths(cacheRoot).socket).mode & 0o777).toBe(0o600);
    expect(fs.statSync(cacheRoot).mode & 0o777).toBe(0o700);

    // No network: the 0-NIC VM the daemon made, now this sandbox's (its QEMU keeps the name
    // it was started with and the daemon as its parent).
    const a = await sandbox('cache-pod-a');
    expect(a.restored).toBe(true);
    expect(cmdline(a.pid!).find((x) => x.startsWith('husk-c'))).toMatch(/^husk-c[0-9a-f]{8}$/);
    const idA = (await run(a, 'id', IDENTITY)).trim().split('\n');

    // The pod network: the 1-NIC VM, its tap moved into the pod's namespace under the pod's
    // tap name, the pod's MAC and address in the guest, reachable from the host.
    const ethMac = JSON.parse((await inNs('ip', '-j', 'link', 'show', 'eth0')).stdout)[0].address as string;
    const b = await sandbox('cache-pod-b', `/var/run/netns/${NS}`);
    expect(cmdline(b.pid!).find((x) => x.startsWith('husk-c'))).toMatch(/^husk-c[0-9a-f]{8}$/);
    const links = JSON.parse((await inNs('ip', '-j', 'link', 'show')).stdout) as Array<{ ifname: string; flags: string[] }>;
    expect(links.find((l) => l.ifname === 'tap0_husk')?.flags).toEqual(expect.arrayContaining(['UP', 'LOWER_UP']));
    const shown = await run(b, 'net', 'busybox ip -o addr show dev eth0; busybox ip -o link show dev eth0');
    expect(shown).toContain(`inet ${POD_IP}/24`);
    expect(shown).toContain(`link/ether ${ethMac}`);
    await execa('busybox', ['ping', '-c', '1', '-W', '20', POD_IP]);
    const idB = (await run(b, 'id', IDENTITY)).trim().split('\n');
    expect(idB[0]).not.toBe(idA[0]);
    expect(idB[1]).not.toBe(idA[1]);
    expect([idA[2], idB[2]]).toEqual(['cache-pod-a', 'cache-pod-b']);
    const now = Math.round(Date.now() / 1000);
    for (const id of [idA, idB]) expect(Math.abs(Number(id[3]) - now)).toBeLessThan(120);

    // Refilled: one taken from each pool, and one ready in each again.
    const refilled = await until('the cache to refill', full);
    expect(refilled.pools.map((p) => p.taken)).toEqual([1, 1]);
    const readyPids = (await qemuPids()).map(Number).filter((p) => ![a.pid, b.pid].includes(p) && !qemuBefore.includes(String(p)));
    expect(readyPids).toHaveLength(2);

    // The daemon dies: pods it handed VMs to live on, the next pod boots without it, and
    // the ready VMs it left are ended by the first shim that finds it gone.
    daemon.kill('SIGKILL');
    await daemon;
    const c = await sandbox('cache-pod-c');
    expect(cmdline(c.pid!)).toContain('husk-cache-pod-c');
    await until('the orphaned ready VMs to be ended', () => readyPids.every((p) => !exists(`/proc/${p}`)) || undefined, 30_000);
    expect(fs.readdirSync(cachePaths(cacheRoot).vms)).toEqual([]);
    expect((await execa('ip', ['netns', 'list'])).stdout).not.toContain('husk-cache');
    expect(await run(a, 'after', 'echo still here')).toBe('still here\n');

    for (const s of [a, b, c]) await s.delete();
    live.splice(0);
    // QEMUs the dead daemon started were its children: init reaps them once they exit.
    const gone = () => qemuPids().then((p) => (p.sort().join() === [...qemuBefore].sort().join() ? true : undefined));
    await until('every QEMU to be gone', gone, 30_000).catch(async () => expect((await qemuPids()).sort()).toEqual([...qemuBefore].sort()));
    const after = JSON.parse((await inNs('ip', '-j', 'link', 'show')).stdout) as Array<{ ifname: string }>;
    expect(after.map((l) => l.ifname).sort()).toEqual(['eth0', 'lo']);
  }, 900_000);

  it('stopped with SIGTERM, exits at once though a VM it handed over runs on (its child), ends the ready ones, and leaves the handed pod working', async () => {
    for (const d of daemons) d.kill('SIGKILL');
    daemon = execa('node', [HUSK, 'factory', 'serve', '--size', '1', '--nics', '0', '--image', IMAGE, '--cache-root', cacheRoot], { reject: false, stdio: ['ignore', 'pipe', 'pipe'] });
    daemons.push(daemon);
    const one = async () => {
      const s = await status().catch(() => undefined);
      return s && s.pools.length === 1 && s.pools[0]!.ready === 1 ? s : undefined;
    };
    await until('the cache to fill', one);
    const d = await sandbox('cache-pod-d');
    expect(cmdline(d.pid!).find((x) => x.startsWith('husk-c'))).toMatch(/^husk-c[0-9a-f]{8}$/);
    await until('the cache to refill', one);
    const ready = (await qemuPids()).map(Number).filter((p) => p !== d.pid && !qemuBefore.includes(String(p)));
    expect(ready).toHaveLength(1);

    daemon.kill('SIGTERM');
    const ended = await Promise.race([daemon, new Promise((r) => setTimeout(r, 60_000, 'still running').unref())]);
    expect(ended).toMatchObject({ exitCode: 0 });
    expect(exists(`/proc/${ready[0]}`)).toBe(false);
    expect(fs.readdirSync(cachePaths(cacheRoot).vms)).toEqual([]);
    expect(await run(d, 'after', 'echo still here')).toBe('still here\n');
    await d.delete();
    live.splice(0);
    const gone = () => qemuPids().then((p) => (p.sort().join() === [...qemuBefore].sort().join() ? true : undefined));
    await until('every QEMU to be gone', gone, 30_000).catch(async () => expect((await qemuPids()).sort()).toEqual([...qemuBefore].sort()));
  }, 600_000);
});
