/**
 * The QEMU driver against a stand-in QEMU (fixtures/fake-qemu.mjs) that speaks enough QMP:
 * start-up failures, stop escalation, death reports and cleanup, all in milliseconds.
 * test/integration/hypervisor runs the same driver against real QEMU.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { GrpcCode } from '../../../src/errors.js';
import { HypervisorError, type Vm, type VmConfig } from '../../../src/hypervisor/hypervisor.js';
import { QemuVmFactory } from '../../../src/hypervisor/qemu/qemu.js';
import { alive } from './helpers.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fake-qemu.mjs');

let dir: string;
let config: VmConfig;
const vms: Vm[] = [];

/** A "qemu binary" that runs the fixture in the given mode. */
async function fakeQemu(mode: string): Promise<string> {
  const bin = path.join(dir, `qemu-${mode}`);
  await fs.writeFile(bin, `#!/bin/sh\nexec "${process.execPath}" "${FIXTURE}" ${mode} "$@"\n`, { mode: 0o755 });
  return bin;
}

async function factory(mode: string, options: { startTimeoutMs?: number } = {}): Promise<QemuVmFactory> {
  return new QemuVmFactory({ qemuBinary: await fakeQemu(mode), accel: 'tcg', ...options });
}

async function create(f: QemuVmFactory, c: VmConfig = config): Promise<Vm> {
  const vm = await f.create(c);
  vms.push(vm);
  return vm;
}


async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

async function errorOf(p: Promise<unknown>): Promise<HypervisorError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HypervisorError);
  return err as HypervisorError;
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-drv-'));
  const guest = path.join(dir, 'guest');
  await fs.mkdir(guest);
  for (const f of ['vmlinux', 'initrd.img', 'rootfs.img']) await fs.writeFile(path.join(guest, f), '');
  await fs.mkdir(path.join(dir, 'shared'));
  await fs.writeFile(path.join(dir, 'shared', 'keep'), 'x');
  config = {
    id: 'pod-1',
    stateDir: path.join(dir, 'state'),
    sharedDir: path.join(dir, 'shared'),
    memoryMiB: 256,
    vcpus: 1,
    kernelPath: path.join(guest, 'vmlinux'),
    initrdPath: path.join(guest, 'initrd.img'),
    rootfsImagePath: path.join(guest, 'rootfs.img'),
  };
});

afterEach(async () => {
  await Promise.all(vms.splice(0).map((vm) => vm.stop({ force: true }).catch(() => {})));
  await fs.rm(dir, { recursive: true, force: true });
});

test('create, pause, resume, stop: sockets and pid file gone, sharedDir and console log untouched', async () => {
  const vm = await create(await factory('normal'));
  const st = await fs.stat(config.stateDir);
  expect(st.mode & 0o777).toBe(0o700);
  expect(alive(vm.pid)).toBe(true);
  expect(await fs.readFile(path.join(config.stateDir, 'qemu.pid'), 'utf8')).toBe(`${vm.pid}\n`);
  expect(vm.agentSocketPath).toBe(path.join(config.stateDir, 'agent.sock'));
  expect(vm.consoleLogPath).toBe(path.join(config.stateDir, 'console.log'));
  await fs.writeFile(vm.consoleLogPath, 'husk-guest: ready\n');
  expect(vm.accel).toBe('tcg');

  expect(await vm.status()).toBe('running');
  await vm.pause();
  expect(await vm.status()).toBe('paused');
  await vm.resume();
  expect(await vm.status()).toBe('running');

  const reports: string[] = [];
  void vm.monitor.then((e) => reports.push(e.reason));
  await Promise.all([vm.stop(), vm.stop(), vm.stop({ timeoutMs: 1000 })]);
  await vm.stop();
  expect(alive(vm.pid)).toBe(false);
  expect(reports).toEqual(['stopped']);
  expect(vm.exit).toMatchObject({ reason: 'stopped', code: 0, detail: 'host-qmp-quit' });
  expect(await vm.status()).toBe('stopped');
  await expect(vm.pause()).rejects.toThrow(/cannot pause VM pod-1: it has stopped/);
  expect((await fs.readdir(config.stateDir)).sort()).toEqual(['console.log']);
  expect(await fs.readFile(path.join(config.sharedDir, 'keep'), 'utf8')).toBe('x');
});

test('a QEMU that fails at start-up: the error carries its exit status and stderr, nothing is left', async () => {
  const err = await errorOf((await factory('fail')).create(config));
  expect(err.grpcCode).toBe(GrpcCode.Internal);
  expect(err.message).toMatch(/^QEMU for VM pod-1 exited during start-up \(exit code 1\); QEMU stderr: .*Could not open \/nope/);
  expect(await fs.readdir(config.stateDir)).toEqual([]);
});

test('a QEMU whose QMP socket never answers is killed after the start timeout', async () => {
  const err = await errorOf((await factory('silent', { startTimeoutMs: 300 })).create(config));
  expect(err.grpcCode).toBe(GrpcCode.DeadlineExceeded);
  expect(err.message).toContain(`did not answer on QMP socket ${path.join(config.stateDir, 'qmp.sock')} within 300 ms`);
  // The pid file is gone with the process; nothing with our name survives.
  expect(await fs.readdir(config.stateDir)).toEqual([]);
});

test('a missing binary is named in the error', async () => {
  const f = new QemuVmFactory({ qemuBinary: path.join(dir, 'no-such-qemu'), accel: 'tcg' });
  const err = await errorOf(f.create(config));
  expect(err.message).toMatch(/^cannot start .*no-such-qemu for VM pod-1: .*ENOENT/);
});

test('stop escalates from quit to SIGTERM to SIGKILL when QEMU ignores both', async () => {
  const vm = await create(await factory('stubborn'));
  await vm.stop({ timeoutMs: 100 });
  expect(alive(vm.pid)).toBe(false);
  expect(vm.exit).toMatchObject({ reason: 'stopped', signal: 'SIGKILL' });
  expect((await fs.readdir(config.stateDir)).filter((f) => f !== 'console.log')).toEqual([]);
});

test('stop({force}) escalates a graceful stop already under way', async () => {
  const vm = await create(await factory('stubborn'));
  const graceful = vm.stop({ timeoutMs: 60_000 });
  await new Promise((r) => setTimeout(r, 50));
  await Promise.all([vm.stop({ force: true }), graceful]);
  expect(vm.exit).toMatchObject({ reason: 'stopped', signal: 'SIGKILL' });
});

test('the guest powering off is reported once as guest-shutdown, and stop() afterwards just cleans up', async () => {
  const vm = await create(await factory('guest-shutdown'));
  const exit = await vm.monitor;
  expect(exit).toMatchObject({ reason: 'guest-shutdown', detail: 'guest-shutdown' });
  expect(exit.at).toBeInstanceOf(Date);
  await vm.stop();
  expect(alive(vm.pid)).toBe(false);
  expect(vm.exit).toBe(exit);
  expect(await vm.status()).toBe('stopped');
  expect(await fs.readdir(config.stateDir)).toEqual([]);
});

test('QEMU killed from outside is reported as qemu-exit with the signal, files already removed', async () => {
  const vm = await create(await factory('normal'));
  process.kill(vm.pid, 'SIGKILL');
  const exit = await vm.monitor;
  expect(exit).toMatchObject({ reason: 'qemu-exit', signal: 'SIGKILL' });
  expect(exit.code).toBeUndefined();
  expect(await fs.readdir(config.stateDir)).toEqual([]);
  await vm.stop();
});

test('a second VM on a state directory whose QEMU still runs is refused', async () => {
  const f = await factory('normal');
  const vm = await create(f);
  const err = await errorOf(f.create(config));
  expect(err.grpcCode).toBe(GrpcCode.AlreadyExists);
  expect(err.message).toContain(`QEMU pid ${vm.pid} is still running`);
  expect(alive(vm.pid)).toBe(true);
  await vm.stop();
  // Once it is gone the directory can be reused, stale files or not.
  await fs.writeFile(path.join(config.stateDir, 'qemu.pid'), `${vm.pid}\n`);
  const again = await create(f);
  expect(await again.status()).toBe('running');
});

test('bad configurations are refused before anything starts', async () => {
  const f = await factory('normal');
  expect((await errorOf(f.create({ ...config, id: 'a/b' }))).grpcCode).toBe(GrpcCode.InvalidArgument);
  expect((await errorOf(f.create({ ...config, vcpus: 0 }))).message).toMatch(/vcpus 0 is not an integer/);
  expect((await errorOf(f.create({ ...config, memoryMiB: 1.5 }))).message).toMatch(/memoryMiB 1.5/);
  expect((await errorOf(f.create({ ...config, kernelParams: ['a b'] }))).message).toMatch(/kernel parameter "a b"/);
  expect((await errorOf(f.create({ ...config, stateDir: 'relative' }))).message).toMatch(/not an absolute path/);
  const missing = await errorOf(f.create({ ...config, kernelPath: path.join(dir, 'nope') }));
  expect(missing.grpcCode).toBe(GrpcCode.NotFound);
  expect(missing.message).toContain(`kernel ${path.join(dir, 'nope')}`);
  expect((await errorOf(f.create({ ...config, sharedDir: config.kernelPath }))).message).toMatch(/sharedDir .* is not a directory/);
  expect((await errorOf(f.create({ ...config, netns: 'var/run/netns/x' }))).message).toMatch(/netns var\/run\/netns\/x is not an absolute path/);
  const noNetns = await errorOf(f.create({ ...config, netns: path.join(dir, 'no-netns') }));
  expect([noNetns.grpcCode, noNetns.message]).toEqual([GrpcCode.NotFound, expect.stringContaining('no-netns')]);
  const badNic = await errorOf(f.create({ ...config, networkDevices: [{ tap: 'tap0,x=y', mac: '02:00:00:00:00:01' }] }));
  expect([badNic.grpcCode, badNic.message]).toEqual([GrpcCode.InvalidArgument, expect.stringMatching(/tap device name "tap0,x=y"/)]);
  const long = await errorOf(f.create({ ...config, stateDir: path.join(dir, 'x'.repeat(100)) }));
  expect(long.message).toMatch(/socket path .* is longer than 107 bytes/);
  expect(await exists(config.stateDir)).toBe(false);
});

test('with a netns, QEMU runs in that network namespace under its own pid, its NICs on the command line', async () => {
  // A network namespace of the test's own, held by a child (root, as the whole suite needs).
  const holder = execa('unshare', ['--net', 'sleep', '1000'], { reject: false });
  try {
    const netns = `/proc/${holder.pid}/ns/net`;
    const own = await fs.readlink('/proc/self/ns/net');
    for (let i = 0; i < 200 && (await fs.readlink(netns).catch(() => own)) === own; i++) await new Promise((r) => setTimeout(r, 10));
    const argvFile = path.join(dir, 'argv');
    const bin = path.join(dir, 'qemu-argv');
    await fs.writeFile(bin, `#!/bin/sh\nprintf '%s\\n' "$@" >"${argvFile}"\nexec "${process.execPath}" "${FIXTURE}" normal "$@"\n`, { mode: 0o755 });
    const f = new QemuVmFactory({ qemuBinary: bin, accel: 'tcg', vhostNet: false });
    const vm = await create(f, { ...config, netns, networkDevices: [{ tap: 'tap0_husk', mac: '02:00:00:00:00:01' }] });

    expect(await fs.readlink(`/proc/${vm.pid}/ns/net`)).toBe(await fs.readlink(netns));
    expect(await fs.readlink(`/proc/${vm.pid}/ns/net`)).not.toBe(own);
    // nsenter exec'd: the pid the driver signals is the one QEMU wrote, named after the VM.
    expect(Number(await fs.readFile(path.join(config.stateDir, 'qemu.pid'), 'utf8'))).toBe(vm.pid);
    expect((await fs.readFile(`/proc/${vm.pid}/cmdline`, 'utf8')).split('\0')).toContain('husk-pod-1');
    const argv = (await fs.readFile(argvFile, 'utf8')).split('\n');
    expect(argv).toContain('tap,id=net0,ifname=tap0_husk,script=no,downscript=no');
    expect(argv).toContain('virtio-net-pci,netdev=net0,mac=02:00:00:00:00:01,romfile=');

    await vm.stop();
    expect(alive(vm.pid)).toBe(false);
    expect(vm.exit).toMatchObject({ reason: 'stopped', code: 0 });
  } finally {
    holder.kill('SIGKILL');
    await holder;
  }
});
