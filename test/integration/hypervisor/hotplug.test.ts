/**
 * Live changes on real QEMU (TCG here): a VM started with room for them (VmConfig.hotplug) gets
 * a vCPU and memory and gives them back, gets a host block device and a NIC, lets go of them
 * and takes them again; the guest sees each step (a container in it reads the guest's /proc
 * and /sys). What is refused is refused before QEMU is touched, and nothing is left behind.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { busyboxRootfs } from '../../../src/cli/busybox-rootfs.js';
import { GrpcCode } from '../../../src/errors.js';
import type { Vm, VmConfig } from '../../../src/hypervisor/index.js';
import { vmFactory } from '../../../src/factory/index.js';
import { defaultSpec } from '../../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../../src/shim/qemu-deps.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';
import type { Container } from '../../../src/sandbox/container.js';
import { collect } from '../helpers.js';

const IMAGE = process.env.HUSK_GUEST_DIR ?? path.resolve('build/guest');
const ready = fs.existsSync(path.join(IMAGE, 'manifest.json'));
const log = pino({ level: process.env.HUSK_TEST_LOG ?? 'silent' });
const TAP = `hkhp${process.pid % 10000}`;

(ready ? describe : describe.skip)('hotplug on real QEMU', () => {
  let root: string;
  let sandbox: Sandbox | undefined;
  let vm: Vm;
  let loop: string | undefined;
  let box: Container;
  let n = 0;
  const spec = defaultSpec(['sleep', '100000']) as Record<string, any>;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-hotplug-'));
    // The production factory (from a template unless HUSK_VM_TEMPLATE=0), holding on to the VM.
    const factory = vmFactory(log);
    const vms = { create: async (c: VmConfig) => (vm = await factory.create(c)) };
    sandbox = await Sandbox.create({ id: 'it-hotplug', stateRoot: path.join(root, 'state'), image: guestImage(IMAGE), memoryMiB: 512, vcpus: 1, hotplug: { maxVcpus: 2, maxMemoryMiB: 1024, ports: 2 } }, qemuSandboxDeps(log, { vms }));
    await sandbox.start();
    box = await sandbox.createContainer('box', spec, busyboxRootfs(path.join(root, 'busybox')));
    box.init.stdout.resume();
    box.init.stderr.resume();
    await box.start();
    fs.writeFileSync(path.join(root, 'disk.img'), Buffer.alloc(0));
    fs.truncateSync(path.join(root, 'disk.img'), 64 * 2 ** 20);
    loop = execSync(`losetup -f --show ${path.join(root, 'disk.img')}`).toString().trim();
    execSync(`ip tuntap add dev ${TAP} mode tap vnet_hdr && ip link set ${TAP} up`);
  }, 300_000);

  afterAll(async () => {
    await sandbox?.delete();
    if (loop) execSync(`losetup -d ${loop}`);
    execSync(`ip link del ${TAP} 2>/dev/null || true`);
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Runs `script` in the guest (the container sees the guest kernel's /proc and /sys). */
  async function guest(script: string): Promise<string> {
    const p = await box.exec(`e${n++}`, { ...spec.process, args: ['sh', '-c', script] });
    const [out] = await Promise.all([collect(p.stdout), collect(p.stderr)]);
    await p.wait();
    return out.trim();
  }
  const memTotalMiB = async () => Math.round(Number(/MemTotal:\s+(\d+)/.exec(await guest('cat /proc/meminfo'))![1]) / 1024);
  const presentCpus = () => guest('cat /sys/devices/system/cpu/present');
  const disks = () => guest('for d in /sys/block/vd*; do echo $(basename $d):$(cat $d/serial 2>/dev/null); done');
  const macs = () => guest('cat /sys/class/net/*/address');

  it("grows with a container's raised limits: MemTotal and the CPUs online follow, memory goes back when lowered", async () => {
    const mem = await memTotalMiB();
    await sandbox!.updateContainer('box', { memory: { limit: 256 * 2 ** 20 }, cpu: { quota: 50000, period: 100000 } });
    // 512 + 256 MiB; 1 + 1 vCPU, online in the guest (and usable by a new process in the container).
    expect(await sandbox!.live().size()).toEqual({ vcpus: 2, memoryMiB: 768 });
    expect((await memTotalMiB()) - mem).toBe(256);
    expect(await guest('cat /sys/devices/system/cpu/online')).toBe('0-1');
    expect(await guest('nproc')).toBe('2');
    expect((await box.stats()).memory.limit).toBe(BigInt(256 * 2 ** 20));
    await sandbox!.updateContainer('box', {});
    expect(await sandbox!.live().size()).toEqual({ vcpus: 1, memoryMiB: 512 });
    expect(await memTotalMiB()).toBe(mem);
    expect(await guest('cat /sys/devices/system/cpu/online')).toBe('0');
    expect(await guest('nproc')).toBe('1');
  }, 300_000);

  it('grows and shrinks: a vCPU and memory in and back out', async () => {
    const hp = vm.hotplug!;
    expect(await hp.size()).toEqual({ vcpus: 1, memoryMiB: 512 });
    const before = await memTotalMiB();
    expect(await hp.resize({ vcpus: 2, memoryMiB: 1000 })).toEqual({ vcpus: 2, memoryMiB: 1024 });
    expect((await memTotalMiB()) - before).toBe(512);
    expect(await hp.resize({ vcpus: 2, memoryMiB: 512 })).toEqual({ vcpus: 2, memoryMiB: 512 });
    expect(await memTotalMiB()).toBe(before);
    expect(await hp.resize({ vcpus: 1, memoryMiB: 512 })).toEqual({ vcpus: 1, memoryMiB: 512 });
  }, 300_000);

  it('adds a disk and a NIC the guest sees, removes them, adds them again', async () => {
    const hp = vm.hotplug!;
    for (let round = 0; round < 2; round++) {
      await hp.addDisk({ id: 'data1', path: loop!, readOnly: false });
      await hp.addNic({ id: 'nic1', tap: TAP, mac: '02:aa:bb:cc:dd:01' });
      expect(await disks()).toContain(':data1');
      expect(await macs()).toContain('02:aa:bb:cc:dd:01');
      expect(hp.disks().map((d) => d.id)).toEqual(['data1']);
      await hp.removeDisk('data1');
      await hp.removeNic('nic1');
      expect(await disks()).not.toContain(':data1');
      expect(await macs()).not.toContain('02:aa:bb:cc:dd:01');
      expect([hp.disks(), hp.nics()]).toEqual([[], []]);
    }
  }, 300_000);

  it('refuses what it cannot do with the right code, and leaves the VM as it was', async () => {
    const hp = vm.hotplug!;
    const refused = (p: Promise<unknown>, code: number, text: string) => expect(p).rejects.toMatchObject({ grpcCode: code, message: expect.stringContaining(text) });
    await refused(hp.addDisk({ id: 'x', path: path.join(root, 'disk.img'), readOnly: false }), GrpcCode.InvalidArgument, 'not a device path under /dev');
    await refused(hp.addDisk({ id: 'x', path: '/dev/husk-no-such-disk', readOnly: false }), GrpcCode.NotFound, 'no such device');
    await refused(hp.addDisk({ id: 'x', path: '/dev/null', readOnly: false }), GrpcCode.InvalidArgument, 'not a block device');
    await refused(hp.addDisk({ id: 'x', path: '/dev/../etc/passwd', readOnly: false }), GrpcCode.InvalidArgument, 'not a device path');
    await refused(hp.addDisk({ id: '../x', path: loop!, readOnly: false }), GrpcCode.InvalidArgument, 'device id');
    await refused(hp.addNic({ id: 'n', tap: 'a b', mac: '02:00:00:00:00:01' }), GrpcCode.InvalidArgument, 'tap device name');
    await refused(hp.removeDisk('nope'), GrpcCode.NotFound, 'no disk');
    await refused(hp.resize({ vcpus: 3, memoryMiB: 512 }), GrpcCode.OutOfRange, 'at most 2');
    await refused(hp.resize({ vcpus: 2, memoryMiB: 2048 }), GrpcCode.OutOfRange, 'at most 1024 MiB');
    await refused(hp.resize({ vcpus: 2, memoryMiB: 256 }), GrpcCode.FailedPrecondition, 'booted with 512 MiB');
    await refused(hp.resize({ vcpus: 0, memoryMiB: 512 }), GrpcCode.FailedPrecondition, 'booted with 1');

    await hp.addDisk({ id: 'once', path: loop!, readOnly: true });
    await refused(hp.addDisk({ id: 'twice', path: loop!, readOnly: true }), GrpcCode.AlreadyExists, 'already attached');
    await refused(hp.addDisk({ id: 'once', path: loop!, readOnly: true }), GrpcCode.AlreadyExists, 'already has a device');
    await hp.addNic({ id: 'nic2', tap: TAP, mac: '02:aa:bb:cc:dd:02' });
    execSync(`ip tuntap add dev ${TAP}x mode tap vnet_hdr`);
    try {
      await refused(hp.addNic({ id: 'nic3', tap: `${TAP}x`, mac: '02:aa:bb:cc:dd:03' }), GrpcCode.ResourceExhausted, 'hotplug ports');
    } finally {
      execSync(`ip link del ${TAP}x`);
    }
    await hp.removeDisk('once');
    await hp.removeNic('nic2');
    expect(await hp.size()).toEqual({ vcpus: 1, memoryMiB: 512 });
  }, 300_000);

  it('QEMU dying in the middle of a change fails it and ends the pod like any VM death', async () => {
    const hp = vm.hotplug!;
    await hp.addDisk({ id: 'last', path: loop!, readOnly: true });
    // Frozen, QEMU takes the unplug request and answers nothing; then it dies.
    process.kill(vm.pid, 'SIGSTOP');
    const removing = hp.removeDisk('last');
    removing.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    process.kill(vm.pid, 'SIGKILL');
    await expect(removing).rejects.toMatchObject({ grpcCode: GrpcCode.Unavailable });
    const exit = await sandbox!.monitor;
    expect(exit.vm?.signal).toBe('SIGKILL');
    expect(sandbox!.state).toBe('stopped');
    expect(() => sandbox!.live()).toThrow(expect.objectContaining({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('is stopped') }));
  }, 300_000);
});
