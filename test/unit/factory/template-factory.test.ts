/**
 * TemplateVmFactory over the hypervisor double and a real TemplateStore in a private
 * directory: which VMs it makes, what it keeps, and that every failure ends in a cold boot.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { takeAgentConnection, TemplateStore, TemplateVmFactory, templateMac } from '../../../src/factory/index.js';
import type { TemplateBuild } from '../../../src/factory/template-store.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import type { Vm, VmConfig } from '../../../src/hypervisor/index.js';

const log = pino({ level: 'silent' });

let dir: string;
let root: string;
let hv: FakeVmFactory;
let store: TemplateStore;
/** What agentReady was asked, in order; a test sets `ready` to make it fail. */
let readyCalls: Array<{ id: string; restored: boolean }>;
let netnsCalls: string[];
let ready: (vm: Vm, restored: boolean) => Promise<void | { close(): void }>;

function config(id: string, extra: Partial<VmConfig> = {}): VmConfig {
  return {
    id,
    stateDir: path.join(dir, 'vm', id),
    sharedDir: path.join(dir, 'shared', id),
    memoryMiB: 256,
    vcpus: 1,
    kernelPath: path.join(dir, 'image', 'vmlinux'),
    initrdPath: path.join(dir, 'image', 'initrd'),
    rootfsImagePath: path.join(dir, 'image', 'rootfs.img'),
    ...extra,
  };
}

function factory(): TemplateVmFactory {
  return new TemplateVmFactory({
    hypervisor: hv,
    store,
    agentReady: (vm, { restored }) => {
      readyCalls.push({ id: vm.id, restored });
      return ready(vm, restored);
    },
    netns: {
      make: async (name, taps) => {
        netnsCalls.push(`make ${name} ${taps.join(',')}`);
        return `/var/run/netns/${name}`;
      },
      remove: async (name) => void netnsCalls.push(`remove ${name}`),
    },
    makeWaitMs: 5000,
    log,
  });
}

const templateVms = () => hv.vms.filter((v) => v.config.memory?.mode === 'template');
/** Waits until the template has been made `n` times in all and is in place (made in the background). */
async function remade(n: number): Promise<void> {
  for (let i = 0; i < 100 && !(templateVms().length === n && keys().length === 1 && !fs.readdirSync(root).some((f) => f.startsWith('.build-'))); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(templateVms()).toHaveLength(n);
  expect(keys()).toHaveLength(1);
}
const keys = () => fs.readdirSync(root).filter((n) => /^[0-9a-f]{64}$/.test(n));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-factory-'));
  root = path.join(dir, 'templates');
  fs.mkdirSync(path.join(dir, 'image'));
  for (const f of ['vmlinux', 'initrd', 'rootfs.img']) fs.writeFileSync(path.join(dir, 'image', f), `${f}\n`);
  fs.writeFileSync(path.join(dir, 'image', 'manifest.json'), JSON.stringify({ hash: 'build-1' }));
  hv = new FakeVmFactory();
  store = new TemplateStore({ root, log });
  readyCalls = [];
  netnsCalls = [];
  ready = async () => undefined;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('TemplateVmFactory', () => {
  it('makes the template on first use and hands out a clone of it', async () => {
    const vm = (await factory().create(config('pod-a'))) as FakeVm;
    expect(vm.restored).toBe(true);
    expect(vm.id).toBe('pod-a');
    expect(vm.config.memory).toMatchObject({ mode: 'clone' });
    const [tpl] = templateVms();
    expect(tpl).toBeDefined();
    expect(tpl!.exit?.reason).toBe('stopped');
    expect(readyCalls).toEqual([
      { id: tpl!.id, restored: false },
      { id: 'pod-a', restored: true },
    ]);
    // The clone maps the kept template's files; the template VM's own scratch is gone.
    const [key] = keys();
    expect(vm.config.memory).toEqual({ mode: 'clone', file: path.join(root, key!, 'memory'), statePath: path.join(root, key!, 'state') });
    expect(fs.readdirSync(path.join(root, key!)).sort()).toEqual(['memory', 'state', 'template.json']);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.build-'))).toEqual([]);
    expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    for (const f of ['memory', 'state', 'template.json']) expect(fs.statSync(path.join(root, key!, f)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(root, key!, 'memory')).size).toBe(256 * 2 ** 20);
  });

  it('hands the connection a clone answered on to its first user, once', async () => {
    const connection = { close: () => undefined };
    ready = async (_vm, restored) => (restored ? connection : undefined) as never;
    const vm = await factory().create(config('pod-a'));
    expect(takeAgentConnection(vm)).toBe(connection);
    expect(takeAgentConnection(vm)).toBeUndefined();
    const cold = await factory().create(config('pod-b', { fromTemplate: false }));
    expect(takeAgentConnection(cold)).toBeUndefined();
  });

  it('clones an existing template without booting another', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    const b = (await f.create(config('pod-b'))) as FakeVm;
    expect(b.restored).toBe(true);
    expect(templateVms()).toHaveLength(1);
    // Another factory (another shim) finds the same template on disk.
    const c = (await factory().create(config('pod-c'))) as FakeVm;
    expect(c.restored).toBe(true);
    expect(templateVms()).toHaveLength(1);
  });

  it('makes one template when several pods ask at once', async () => {
    const f = factory();
    const vms = (await Promise.all(['a', 'b', 'c', 'd'].map((id) => f.create(config(`pod-${id}`))))) as FakeVm[];
    expect(vms.map((v) => v.restored)).toEqual([true, true, true, true]);
    expect(templateVms()).toHaveLength(1);
    expect(keys()).toHaveLength(1);
  });

  it('gives template and clones the same fixed NIC MACs (the pod MAC is set in the guest)', async () => {
    const nics = [
      { tap: 'tap0', mac: 'aa:bb:cc:00:00:01' },
      { tap: 'tap1', mac: 'aa:bb:cc:00:00:02' },
    ];
    const vm = (await factory().create(config('pod-a', { networkDevices: nics, netns: '/var/run/netns/pod' }))) as FakeVm;
    expect(vm.config.networkDevices).toEqual([
      { tap: 'tap0', mac: templateMac(0) },
      { tap: 'tap1', mac: templateMac(1) },
    ]);
    expect(vm.config.netns).toBe('/var/run/netns/pod');
    const tpl = templateVms()[0]!;
    expect(tpl.config.networkDevices!.map((n) => n.mac)).toEqual([templateMac(0), templateMac(1)]);
    // The template VM never touches the pod's taps: same names, in a namespace of its own.
    expect(tpl.config.netns).toBe(`/var/run/netns/husk-${tpl.id}`);
    expect(netnsCalls).toEqual([`make husk-${tpl.id} tap0,tap1`, `remove husk-${tpl.id}`]);
    expect(templateMac(1)).toBe('02:68:75:73:6b:01');
  });

  it('keys templates by size and by guest image: a change makes a new template', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    await f.create(config('pod-b', { memoryMiB: 512 }));
    expect(keys()).toHaveLength(2);
    await f.create(config('pod-c', { vcpus: 2 }));
    expect(keys()).toHaveLength(3);
    // A rebuilt guest image: another build hash. Its template replaces those of the old image.
    const old = keys();
    fs.writeFileSync(path.join(dir, 'image', 'manifest.json'), JSON.stringify({ hash: 'build-2' }));
    const d = (await f.create(config('pod-d'))) as FakeVm;
    expect(d.restored).toBe(true);
    expect(templateVms()).toHaveLength(4);
    expect(keys()).toHaveLength(1);
    expect(old).not.toContain(keys()[0]);
    // So does a new QEMU (another version of the same binary).
    const upgraded = new FakeVmFactory();
    const old1 = hv;
    upgraded.identity = async (c) => ({ ...(await old1.identity(c)), qemu: { binary: 'fake', version: 'fake 2', size: 0, mtimeMs: 0 } });
    hv = upgraded;
    const before = keys();
    const e = (await factory().create(config('pod-e'))) as FakeVm;
    expect(e.restored).toBe(true);
    expect(keys()).toHaveLength(1);
    expect(keys()).not.toEqual(before);
  });

  it('boots cold past a template whose state file is damaged, and makes it again meanwhile', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    const [key] = keys();
    fs.appendFileSync(path.join(root, key!, 'state'), 'x');
    const b = (await f.create(config('pod-b'))) as FakeVm;
    expect(b.restored).toBe(false);
    await remade(2);
    expect(keys()).toEqual([key]);
    const c = (await f.create(config('pod-c'))) as FakeVm;
    expect(c.restored).toBe(true);
    expect(templateVms()).toHaveLength(2);
  });

  it('discards a template whose memory file was truncated or overwritten', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    const [key] = keys();
    fs.truncateSync(path.join(root, key!, 'memory'), 2 ** 20);
    expect(((await f.create(config('pod-b'))) as FakeVm).restored).toBe(false);
    await remade(2);
    // Same size, other contents: the sample checksum shows it.
    const fd = fs.openSync(path.join(root, key!, 'memory'), 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 0);
    fs.closeSync(fd);
    expect(((await f.create(config('pod-c'))) as FakeVm).restored).toBe(false);
    await remade(3);
    expect(((await f.create(config('pod-d'))) as FakeVm).restored).toBe(true);
  });

  it('discards a template recorded for another key or format, or with no readable record', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    const [key] = keys();
    const recordPath = path.join(root, key!, 'template.json');
    const record = JSON.parse(fs.readFileSync(recordPath, 'utf8'));
    fs.writeFileSync(recordPath, JSON.stringify({ ...record, format: 99 }));
    await f.create(config('pod-b'));
    await remade(2);
    fs.writeFileSync(recordPath, '{"format":');
    await f.create(config('pod-c'));
    await remade(3);
  });

  it('boots cold when a clone does not come up, and drops that template', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    ready = async (_vm, restored) => {
      if (restored) throw new Error('the agent did not answer');
    };
    const vm = (await f.create(config('pod-b'))) as FakeVm;
    expect(vm.restored).toBe(false);
    expect(vm.config.memory).toBeUndefined();
    // The clone that did not answer was ended; its template is gone, so the next pod makes one.
    const failedClone = hv.vms.find((v) => v.id === 'pod-b' && v.config.memory?.mode === 'clone');
    expect(failedClone?.exit?.reason).toBe('stopped');
    expect(keys()).toEqual([]);
  });

  it('boots cold when the template cannot be made, and does not try again at once', async () => {
    ready = async (_vm, restored) => {
      if (!restored) throw new Error('the guest did not boot');
    };
    const f = factory();
    const a = (await f.create(config('pod-a'))) as FakeVm;
    expect(a.restored).toBe(false);
    expect(a.config.memory).toBeUndefined();
    expect(templateVms()).toHaveLength(1);
    expect(templateVms()[0]!.exit?.reason).toBe('stopped');
    expect(keys()).toEqual([]);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.build-'))).toEqual([]);
    const failed = fs.readdirSync(root).filter((n) => n.endsWith('.failed'));
    expect(failed).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, failed[0]!), 'utf8')).toMatch(/did not boot/);
    // The next pod boots cold straight away.
    ready = async () => undefined;
    const b = (await f.create(config('pod-b'))) as FakeVm;
    expect(b.restored).toBe(false);
    expect(templateVms()).toHaveLength(1);
    // Once the failure is old it is tried again.
    const old = new Date(Date.now() - 11 * 60_000);
    fs.utimesSync(path.join(root, failed[0]!), old, old);
    const c = (await f.create(config('pod-c'))) as FakeVm;
    expect(c.restored).toBe(true);
    expect(fs.readdirSync(root).filter((n) => n.endsWith('.failed'))).toEqual([]);
  });

  it('boots cold with the reason when there is no space for the template', async () => {
    const warnings: string[] = [];
    const spy = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line).msg) });
    const f = new TemplateVmFactory({ hypervisor: hv, store: new TemplateStore({ root, log: spy }), agentReady: async () => undefined, log: spy });
    // A petabyte of guest RAM fits no file system here.
    const vm = (await f.create(config('pod-a', { memoryMiB: 2 ** 30 }))) as FakeVm;
    expect(vm.restored).toBe(false);
    expect(templateVms()).toHaveLength(0);
    expect(warnings.join('\n')).toMatch(/VM booting cold: no template: no space for a VM template of \d+ MiB/);
  });

  it('keeps at most maxTemplates, dropping the least recently used', async () => {
    store = new TemplateStore({ root, log, maxTemplates: 2 });
    const f = factory();
    await f.create(config('pod-a'));
    const [one] = keys();
    await f.create(config('pod-b', { vcpus: 2 }));
    const two = keys().find((k) => k !== one);
    // Used again: now the most recent.
    await new Promise((r) => setTimeout(r, 20));
    await f.create(config('pod-c'));
    await f.create(config('pod-d', { vcpus: 3 }));
    expect(keys()).toHaveLength(2);
    expect(keys()).toContain(one);
    expect(keys()).not.toContain(two);
    expect(templateVms()).toHaveLength(3);
    // None kept at all: every pod boots cold.
    store = new TemplateStore({ root, log, maxTemplates: 0 });
    expect(((await factory().create(config('pod-e', { vcpus: 4 }))) as FakeVm).restored).toBe(false);
  });

  it('boots cold when the template key cannot be worked out (a guest image file is missing)', async () => {
    fs.rmSync(path.join(dir, 'image', 'initrd'));
    const vm = (await factory().create(config('pod-a'))) as FakeVm;
    expect(vm.restored).toBe(false);
    expect(templateVms()).toHaveLength(0);
  });

  it('boots cold a VM whose pod asked for no template', async () => {
    const vm = (await factory().create(config('pod-a', { fromTemplate: false }))) as FakeVm;
    expect(vm.restored).toBe(false);
    expect(hv.vms).toHaveLength(1);
    expect(fs.existsSync(root) ? keys() : []).toEqual([]);
  });

  it('passes a config that already names a memory file straight to the hypervisor', async () => {
    fs.mkdirSync(root, { recursive: true });
    const vm = (await factory().create(config('pod-a', { memory: { mode: 'template', file: path.join(dir, 'mem') } }))) as FakeVm;
    expect(vm.config.memory).toEqual({ mode: 'template', file: path.join(dir, 'mem') });
    expect(hv.vms).toHaveLength(1);
    expect(readyCalls).toEqual([]);
  });
});

describe('TemplateStore', () => {
  it('lists intact templates and clears them all', async () => {
    const f = factory();
    await f.create(config('pod-a'));
    await f.create(config('pod-b', { vcpus: 2 }));
    const listed = await store.list();
    expect(listed.map((t) => t.key).sort()).toEqual(keys().sort());
    expect(listed[0]!.record).toMatchObject({ format: 1, memoryBytes: 256 * 2 ** 20 });
    expect(await store.clear()).toBe(2);
    expect(fs.readdirSync(root)).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a key that is not a sha256 (it names a path)', async () => {
    await expect(store.find('../../etc')).rejects.toThrow(/invalid template key/);
  });

  it('removes what a dead maker left, killing the QEMU it started', async () => {
    const key = 'c'.repeat(64);
    const build = path.join(root, `.build-${key.slice(0, 12)}-dead`);
    fs.mkdirSync(path.join(build, 'vm'), { recursive: true });
    // A stand-in for the orphaned QEMU: a process whose command line names the template VM.
    const orphan = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', 'husk-tpl-cccccccccccc'], { stdio: 'ignore' });
    // Until the child has exec'd, its command line is still this process's.
    for (let i = 0; i < 500 && !fs.readFileSync(`/proc/${orphan.pid}/cmdline`, 'utf8').includes('husk-tpl-'); i++) await new Promise((r) => setTimeout(r, 10));
    fs.writeFileSync(path.join(build, 'vm', 'qemu.pid'), String(orphan.pid));
    const exited = new Promise((r) => orphan.once('exit', (_code, signal) => r(signal)));
    await store.make(key, {}, 1, 1000, async (b) => fs.writeFileSync(b.statePath, 'state'));
    expect(await exited).toBe('SIGKILL');
    expect(fs.existsSync(build)).toBe(false);
  });

  it('waits for the maker of the same key and uses what it made', async () => {
    // Which of the two takes the lock first is up to the scheduler (each lock is a flock
    // child process): exactly one of them builds and both get what it made.
    const key = 'a'.repeat(64);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const built: string[] = [];
    const maker = (name: string) => async (b: TemplateBuild) => {
      built.push(name);
      await gate;
      fs.writeFileSync(b.statePath, `state of ${name}`);
    };
    const first = store.make(key, {}, 1, 5000, maker('first'));
    const second = store.make(key, {}, 1, 5000, maker('second'));
    await new Promise((r) => setTimeout(r, 200));
    release();
    const [t1, t2] = await Promise.all([first, second]);
    expect(built).toHaveLength(1);
    expect(t2.record.stateSha256).toBe(t1.record.stateSha256);
    expect(fs.readFileSync(t1.statePath, 'utf8')).toBe(`state of ${built[0]}`);
  });

  it('gives up waiting for a maker that takes too long', async () => {
    const key = 'b'.repeat(64);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let building!: () => void;
    const built = new Promise<void>((r) => (building = r));
    const first = store.make(key, {}, 1, 5000, async (b) => {
      building();
      await gate;
      fs.writeFileSync(b.statePath, 'state');
    });
    // The first holds the lock once it builds (a fixed pause could end before its flock ran).
    await built;
    await expect(store.make(key, {}, 1, 300, async () => undefined)).rejects.toThrow(/another process has been making template/);
    release();
    await first;
  });
});
