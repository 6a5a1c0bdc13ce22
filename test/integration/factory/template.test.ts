/**
 * VM templates on real QEMU (TCG here) with the guest image from scripts/build-guest.sh, in
 * a template directory of this test's own: the first sandbox makes the template, the next
 * ones are clones of it; each clone is a guest of its own (random numbers, boot id,
 * hostname, clock) and runs containers with exec, stdio and a 9p volume; a rebuilt guest
 * image gets a new template; a damaged one is passed over (cold boot) and made again.
 * (The pod network over a clone's NIC, with the pod's MAC: test/integration/pod-network.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { pino } from 'pino';
import { busyboxRootfs } from '../../../src/cli/busybox-rootfs.js';
import { factoryCommand } from '../../../src/cli/factory-command.js';
import { TemplateStore, vmFactory } from '../../../src/factory/index.js';
import { defaultSpec } from '../../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../../src/shim/qemu-deps.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';
import { hotplugRoomFromEnv } from '../../../src/shim/defaults.js';
import { collect, qemuPids } from '../helpers.js';

const IMAGE = process.env.HUSK_GUEST_DIR ?? path.resolve('build/guest');
const haveImage = fs.existsSync(path.join(IMAGE, 'manifest.json'));
const log = pino({ level: process.env.HUSK_TEST_LOG ?? 'silent' });

const KEY = /^[0-9a-f]{64}$/;


(haveImage ? describe : describe.skip)('VM templates on real QEMU', () => {
  let root: string;
  let image: string;
  let templates: string;
  let store: TemplateStore;
  let rootfs: string;
  let volume: string;
  const spec = defaultSpec(['true']) as Record<string, any>;
  const live: Sandbox[] = [];
  let qemuBefore: string[];

  const keys = () => fs.readdirSync(templates).filter((n) => KEY.test(n));

  beforeAll(async () => {
    qemuBefore = await qemuPids();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-factory-'));
    // The guest image, linked: its manifest can then be "rebuilt" without touching build/guest.
    image = path.join(root, 'image');
    fs.mkdirSync(image);
    for (const f of ['vmlinux', 'initrd.img', 'rootfs.img']) fs.linkSync(path.join(IMAGE, f), path.join(image, f));
    fs.copyFileSync(path.join(IMAGE, 'manifest.json'), path.join(image, 'manifest.json'));
    templates = path.join(root, 'templates');
    store = new TemplateStore({ root: templates, log });
    rootfs = busyboxRootfs(path.join(root, 'busybox'));
    volume = path.join(root, 'volume');
    fs.mkdirSync(volume);
    fs.writeFileSync(path.join(volume, 'from-host'), 'written on the host\n');
  });

  afterAll(async () => {
    for (const s of live) await s.delete().catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function sandbox(id: string): Promise<Sandbox> {
    const s = await Sandbox.create(
      // The room the shim gives every pod, as `husk factory init` gives its templates.
      { id, stateRoot: path.join(root, 'state'), image: guestImage(image), memoryMiB: 512, vcpus: 1, hostname: id, hotplug: hotplugRoomFromEnv() },
      qemuSandboxDeps(log, { vms: vmFactory(log, { store }) }),
    );
    live.push(s);
    await s.start();
    return s;
  }

  async function remove(s: Sandbox): Promise<void> {
    await s.delete();
    live.splice(live.indexOf(s), 1);
  }

  /** Runs `script` in a container with the volume at /data; its stdout and status. */
  async function run(s: Sandbox, id: string, script: string): Promise<{ out: string; status: number }> {
    const mounts = [...(spec.mounts ?? []), { destination: '/data', type: 'bind', source: volume, options: ['rbind', 'rw'] }];
    const c = await s.createContainer(id, { ...spec, mounts, process: { ...spec.process, args: ['sh', '-c', script] } }, rootfs);
    await c.start();
    const [out, err] = await Promise.all([collect(c.init.stdout), collect(c.init.stderr)]);
    expect(err).toBe('');
    const { status } = await c.init.wait();
    await s.deleteContainer(id);
    return { out, status };
  }

  /** What must differ between two guests, and what must match the host. */
  const IDENTITY = 'cat /proc/sys/kernel/random/boot_id; head -c 32 /dev/urandom | od -An -tx1 | tr -d " \\n"; echo; hostname; date +%s';

  it('makes the template with the first sandbox, clones it for the next, and each clone is a guest of its own', async () => {
    const a = await sandbox('tpl-pod-a');
    expect(a.restored).toBe(true);
    expect(keys()).toHaveLength(1);
    const [key] = keys();
    // memory.hotplug: the backing of the room for hot memory, sparse (command-line.ts hotMemoryPath).
    expect(fs.readdirSync(path.join(templates, key!)).sort()).toEqual(['memory', 'memory.hotplug', 'state', 'template.json']);
    expect(fs.statSync(path.join(templates, key!, 'memory')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(templates, key!, 'memory.hotplug')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(templates, key!, 'memory.hotplug')).blocks).toBe(0);
    const idA = await run(a, 'id', IDENTITY);

    const b = await sandbox('tpl-pod-b');
    expect(b.restored).toBe(true);
    expect(keys()).toEqual([key]);
    const idB = await run(b, 'id', IDENTITY);

    const [bootA, randA, hostA, clockA] = idA.out.trim().split('\n');
    const [bootB, randB, hostB, clockB] = idB.out.trim().split('\n');
    expect(bootA).toMatch(/^[0-9a-f-]{36}$/);
    expect(randA).toMatch(/^[0-9a-f]{64}$/);
    expect([hostA, hostB]).toEqual(['tpl-pod-a', 'tpl-pod-b']);
    expect(bootB).not.toBe(bootA);
    expect(randB).not.toBe(randA);
    // Both clocks were set from the host on restore (the template's stopped when it was saved).
    const now = Math.round(Date.now() / 1000);
    for (const c of [clockA, clockB]) expect(Math.abs(Number(c) - now)).toBeLessThan(120);
    expect(Math.abs(Number(clockB) - now)).toBeLessThan(15);

    // A clone's container: a 9p volume both ways, exec with stdin, stdout and its status.
    const written = await run(b, 'vol', 'cat /data/from-host; echo from the guest > /data/from-guest');
    expect(written).toEqual({ out: 'written on the host\n', status: 0 });
    expect(fs.readFileSync(path.join(volume, 'from-guest'), 'utf8')).toBe('from the guest\n');
    const sleeper = await b.createContainer('sleeper', { ...spec, process: { ...spec.process, args: ['sleep', '1000'] } }, rootfs);
    await sleeper.start();
    const e = await sleeper.exec('read', { ...spec.process, args: ['sh', '-c', 'read x; echo got:$x; exit 3'] });
    e.stdin.end('hello\n');
    const [eOut] = await Promise.all([collect(e.stdout), collect(e.stderr)]);
    expect(eOut).toBe('got:hello\n');
    expect((await e.wait()).status).toBe(3);
    await sleeper.kill(9);
    await Promise.all([collect(sleeper.init.stdout), collect(sleeper.init.stderr)]);
    expect((await sleeper.init.wait()).status).toBe(137);

    await remove(a);
    await remove(b);
  }, 600_000);

  it('makes a new template when the guest image is rebuilt, and drops the old one', async () => {
    const [old] = keys();
    const manifest = JSON.parse(fs.readFileSync(path.join(image, 'manifest.json'), 'utf8'));
    fs.writeFileSync(path.join(image, 'manifest.json'), JSON.stringify({ ...manifest, hash: `${manifest.hash}-rebuilt` }));
    const c = await sandbox('tpl-pod-c');
    expect(c.restored).toBe(true);
    expect(keys()).toHaveLength(1);
    expect(keys()).not.toContain(old);
    expect((await run(c, 'hello', 'echo hello from $(hostname)')).out).toBe('hello from tpl-pod-c\n');
    await remove(c);
  }, 600_000);

  it('boots cold past a damaged template, makes it again meanwhile, and clones the new one', async () => {
    const [key] = keys();
    fs.appendFileSync(path.join(templates, key!, 'state'), 'damage');
    const d = await sandbox('tpl-pod-d');
    expect(d.restored).toBe(false);
    expect((await run(d, 'hello', 'echo cold $(hostname)')).out).toBe('cold tpl-pod-d\n');
    // The new template is made in the background; a pod asking meanwhile waits for it.
    const e = await sandbox('tpl-pod-e');
    expect(e.restored).toBe(true);
    expect(keys()).toEqual([key]);
    expect((await run(e, 'hello', 'echo clone $(hostname)')).out).toBe('clone tpl-pod-e\n');
    await remove(d);
    await remove(e);

    // Nothing left: no QEMU of this test, no half-made template, no mount.
    expect((await qemuPids()).filter((p) => !qemuBefore.includes(p))).toEqual([]);
    expect(fs.readdirSync(templates).filter((n) => n.startsWith('.build-'))).toEqual([]);
    expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
    expect(await store.clear()).toBe(1);
  }, 600_000);

  it('husk factory init makes the templates of the default pods once, with and without a NIC', async () => {
    const capture = () => ({ text: '', write(s: string) { this.text += s; } });
    const init = async () => {
      const [out, err] = [capture(), capture()];
      const code = await factoryCommand(['init', '--root', templates, '--image', image], out, err);
      return { code, out: out.text, err: err.text };
    };
    const first = await init();
    expect(first).toMatchObject({ code: 0, err: '' });
    // (with the room for live changes the shims give every pod, unless HUSK_VM_HOTPLUG=0)
    expect(first.out).toMatch(/^template [0-9a-f]{12} \(512 MiB, 1 vCPU, 0 NICs(, room for [^)]+)?\): made in [\d.]+ s\ntemplate [0-9a-f]{12} \(512 MiB, 1 vCPU, 1 NIC(, room for [^)]+)?\): made in [\d.]+ s\n$/);
    expect(keys()).toHaveLength(2);
    const again = await init();
    expect(again.out).toMatch(/0 NICs[^)]*\): already there\n.*1 NIC[^)]*\): already there\n$/s);
    // The template with a NIC was made in a namespace of its own, which is gone.
    expect((await execa('ip', ['netns', 'list'])).stdout).not.toMatch(/husk-tpl-/);
    // A pod of the default size with no network is cloned from the first.
    const f = await sandbox('tpl-pod-f');
    expect(f.restored).toBe(true);
    expect(keys()).toHaveLength(2);
    await remove(f);
    expect((await qemuPids()).filter((p) => !qemuBefore.includes(p))).toEqual([]);
  }, 600_000);
});
