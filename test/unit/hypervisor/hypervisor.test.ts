import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { chooseAccel, parseAccelMode, resetAccelCache } from '../../../src/hypervisor/accel.js';
import { FakeVm, FakeVmFactory } from '../../../src/hypervisor/fake.js';
import { HypervisorError, validateVmId, type VmConfig } from '../../../src/hypervisor/hypervisor.js';

describe('validateVmId', () => {
  test.each(['a', 'pod-1', 'a.b_c-D9', 'x'.repeat(128), '.hidden', 'a.b.c'])('accepts %j', (id) => {
    expect(validateVmId(id)).toBe(id);
  });

  test.each(['', '.', '..', 'a/b', '/abs', '../x', 'a..b', 'a b', 'a,b', 'tab\t', 'ü', 'x'.repeat(129), 'nul\0'])('refuses %j', (id) => {
    const err = (() => {
      try {
        validateVmId(id);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(HypervisorError);
    expect((err as HypervisorError).grpcCode).toBe(GrpcCode.InvalidArgument);
    expect((err as HypervisorError).message).toMatch(/^invalid VM id /);
  });
});

/** A KVM probe with a fixed answer that counts its calls. */
function fakeProbe(usable: boolean, detail: string) {
  const probe = async () => {
    probe.calls++;
    return { usable, detail };
  };
  probe.calls = 0;
  return probe;
}

const boot = { kernelPath: '/img/vmlinux', initrdPath: '/img/initrd.img' };

describe('accelerator choice', () => {
  afterEach(() => resetAccelCache());

  test('HUSK_ACCEL values', () => {
    expect(parseAccelMode(undefined)).toBe('auto');
    expect(parseAccelMode('')).toBe('auto');
    expect(parseAccelMode(' KVM ')).toBe('kvm');
    expect(parseAccelMode('tcg')).toBe('tcg');
    expect(() => parseAccelMode('hvf')).toThrow(/invalid HUSK_ACCEL "hvf": want kvm, tcg or auto/);
  });

  test('tcg never probes', async () => {
    const probe = fakeProbe(true, 'would pass');
    await expect(chooseAccel({ mode: 'tcg', qemuBinary: 'q', boot, probe, bootProbe: probe })).resolves.toMatchObject({ accel: 'tcg' });
    expect(probe.calls).toBe(0);
  });

  test('auto boots a guest under KVM once per host and keeps the verdict in a file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-accel-'));
    const verdictFile = path.join(dir, 'accel.json');
    try {
      const hangs = fakeProbe(false, 'a guest did not boot under KVM within 10 s');
      await expect(chooseAccel({ mode: 'auto', qemuBinary: 'q', boot, bootProbe: hangs, verdictFile })).resolves.toEqual({
        accel: 'tcg',
        reason: 'auto falls back to TCG: a guest did not boot under KVM within 10 s',
      });
      expect(fs.statSync(verdictFile).mode & 0o777).toBe(0o600);
      // A new process (cache reset) trusts the file instead of paying the deadline again.
      resetAccelCache();
      await expect(chooseAccel({ mode: 'auto', qemuBinary: 'q', boot, bootProbe: hangs, verdictFile })).resolves.toMatchObject({
        accel: 'tcg',
        reason: expect.stringContaining(`(verdict kept in ${verdictFile})`),
      });
      expect(hangs.calls).toBe(1);
      // Another kernel is another question.
      resetAccelCache();
      const boots = fakeProbe(true, 'a guest booted under KVM');
      await expect(chooseAccel({ mode: 'auto', qemuBinary: 'q', boot: { ...boot, kernelPath: '/other/vmlinux' }, bootProbe: boots, verdictFile })).resolves.toMatchObject({ accel: 'kvm' });
      expect(boots.calls).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('kvm probes once per process and caches the answer', async () => {
    const probe = fakeProbe(true, 'query-kvm: present and enabled');
    const a = await chooseAccel({ mode: 'kvm', qemuBinary: 'q', boot, probe });
    const b = await chooseAccel({ mode: 'kvm', qemuBinary: 'q', boot, probe });
    expect(a).toEqual(b);
    expect(a.accel).toBe('kvm');
    expect(probe.calls).toBe(1);
  });

  test('kvm that does not work is a clear error, and is probed again next time', async () => {
    const probe = fakeProbe(false, '/dev/kvm cannot be opened: ENOENT');
    const err = await chooseAccel({ mode: 'kvm', qemuBinary: 'q', boot, probe }).catch((e: unknown) => e);
    expect((err as HypervisorError).grpcCode).toBe(GrpcCode.FailedPrecondition);
    expect((err as Error).message).toBe('HUSK_ACCEL=kvm but KVM is not usable: /dev/kvm cannot be opened: ENOENT');
    await chooseAccel({ mode: 'kvm', qemuBinary: 'q', boot, probe }).catch(() => {});
    expect(probe.calls).toBe(2);
  });
});

describe('the fake VM (a test double for other layers)', () => {
  const config: VmConfig = {
    id: 'pod-1',
    stateDir: '/nonexistent/state',
    sharedDir: '/nonexistent/shared',
    memoryMiB: 256,
    vcpus: 1,
    kernelPath: '/k',
    initrdPath: '/i',
    rootfsImagePath: '/r',
  };

  test('stop is idempotent and safe concurrently: one teardown, one report', async () => {
    const factory = new FakeVmFactory({ stopDelayMs: 20 });
    const vm = await factory.create(config);
    const reports: string[] = [];
    void vm.monitor.then((e) => reports.push(e.reason));
    await Promise.all([vm.stop(), vm.stop(), vm.stop({ timeoutMs: 1 })]);
    await vm.stop();
    await Promise.resolve();
    expect(vm.teardowns).toBe(1);
    expect(vm.stopCalls).toHaveLength(4);
    expect(reports).toEqual(['stopped']);
    expect(await vm.status()).toBe('stopped');
  });

  test('pause, resume and status follow the Vm contract', async () => {
    const vm = await new FakeVmFactory().create(config);
    expect(vm.pid).toBeGreaterThan(4194304);
    expect(await vm.status()).toBe('running');
    await vm.pause();
    expect(await vm.status()).toBe('paused');
    await vm.resume();
    expect(await vm.status()).toBe('running');
    vm.die('guest-panic', { detail: 'guest-reset' });
    await expect(vm.monitor).resolves.toMatchObject({ reason: 'guest-panic', detail: 'guest-reset' });
    await expect(vm.pause()).rejects.toThrow(/cannot pause VM pod-1/);
    await vm.stop();
    expect(vm.exit?.reason).toBe('guest-panic');
  });

  test('the factory validates ids, refuses duplicates and can be told to fail', async () => {
    const factory = new FakeVmFactory();
    await expect(factory.create({ ...config, id: '../x' })).rejects.toThrow(/invalid VM id/);
    const vm = await factory.create(config);
    await expect(factory.create(config)).rejects.toThrow(/already running/);
    await vm.stop();
    await expect(factory.create(config)).resolves.toBeInstanceOf(FakeVm);
    factory.failWith = new HypervisorError(GrpcCode.Internal, 'boom');
    await expect(factory.create({ ...config, id: 'other' })).rejects.toThrow('boom');
  });
});
