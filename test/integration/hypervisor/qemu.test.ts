/**
 * The QEMU driver against real QEMU and the real guest image (${HUSK_GUEST_DIR:-build/guest},
 * built by scripts/build-guest.sh). Skipped, with a note, when either is missing.
 * Accelerator: HUSK_ACCEL as the driver reads it (auto = TCG).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Vm, VmConfig, VmExit } from '../../../src/hypervisor/hypervisor.js';
import { QemuVmFactory } from '../../../src/hypervisor/qemu/qemu.js';
import { bootsUnder, probeKvmBoot } from '../../../src/hypervisor/accel.js';
import { alive } from '../../unit/hypervisor/helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const GUEST_DIR = path.resolve(REPO, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const IMAGE_FILES = ['manifest.json', 'vmlinux', 'initrd.img', 'rootfs.img'];
const READY_LINE = 'husk-guest: ready';
const READY_TIMEOUT_MS = 60_000;
/** Per test: a TCG boot takes seconds, a loaded CI host many more. */
const TEST_TIMEOUT_MS = 120_000;

function qemuPresent(): boolean {
  try {
    execFileSync('qemu-system-x86_64', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = [
  ...(qemuPresent() ? [] : ['qemu-system-x86_64 on PATH']),
  ...IMAGE_FILES.filter((f) => !existsSync(path.join(GUEST_DIR, f))).map((f) => path.join(GUEST_DIR, f)),
];
const suite = missing.length ? describe.skip : describe;
if (missing.length) {
  console.log(`skipping the QEMU integration tests: missing ${missing.join(', ')} (build the image with scripts/build-guest.sh)`);
}

let dir: string;
let config: VmConfig;
const vms: Vm[] = [];


/** Resolves with how long the console took to show the ready line; throws if the VM ends first. */
async function waitReady(vm: Vm, since: number): Promise<number> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const log = await fs.readFile(vm.consoleLogPath, 'utf8').catch(() => '');
    if (log.includes(READY_LINE)) return Date.now() - since;
    if (vm.exit) throw new Error(`VM ended before "${READY_LINE}": ${JSON.stringify(vm.exit)}; console:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = await fs.readFile(vm.consoleLogPath, 'utf8').catch(() => '');
  throw new Error(`no "${READY_LINE}" within ${READY_TIMEOUT_MS} ms; console:\n${log.slice(-3000)}`);
}

async function rssKiB(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!m) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(m[1]);
}

/** What the driver must have removed: everything in stateDir but the console log. */
async function leftovers(): Promise<string[]> {
  return (await fs.readdir(config.stateDir)).filter((f) => f !== 'console.log');
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms))),
  ]);
}

suite('QEMU driver with the real guest image', () => {
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-it-'));
    await fs.mkdir(path.join(dir, 'shared'));
    config = {
      id: `it-${path.basename(dir).slice(-6)}`,
      stateDir: path.join(dir, 'state'),
      sharedDir: path.join(dir, 'shared'),
      memoryMiB: 512,
      vcpus: 1,
      kernelPath: path.join(GUEST_DIR, 'vmlinux'),
      initrdPath: path.join(GUEST_DIR, 'initrd.img'),
      rootfsImagePath: path.join(GUEST_DIR, 'rootfs.img'),
    };
  });

  afterEach(async () => {
    // Whatever happened in the test, no QEMU and no temp dir outlives it.
    for (const vm of vms.splice(0)) {
      await vm.stop({ force: true }).catch((err: unknown) => console.error(`cleanup: ${(err as Error).message}`));
      if (alive(vm.pid)) process.kill(vm.pid, 'SIGKILL');
    }
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('boots to "husk-guest: ready", pauses, resumes and stops gracefully', async () => {
    const factory = new QemuVmFactory();
    const started = Date.now();
    const vm = await factory.create(config);
    vms.push(vm);
    const reports: VmExit[] = [];
    void vm.monitor.then((e) => reports.push(e));

    const readyMs = await waitReady(vm, started);
    const rss = await rssKiB(vm.pid);
    console.log(`accel ${vm.accel}: create() to "${READY_LINE}" ${readyMs} ms; QEMU RSS ${(rss / 1024).toFixed(1)} MiB (VmRSS ${rss} kB, guest memory ${config.memoryMiB} MiB)`);
    expect((await fs.readdir(config.stateDir)).sort()).toEqual(['agent.sock', 'console.log', 'qemu.pid', 'qmp.sock']);

    try {
      expect(await vm.status()).toBe('running');
      await vm.pause();
      expect(await vm.status()).toBe('paused');
      await vm.resume();
      expect(await vm.status()).toBe('running');
    } catch (err) {
      // An image whose agent exits powers the guest off by itself; that must come through
      // the monitor as the guest's own shutdown, nothing else.
      if (vm.exit?.reason !== 'guest-shutdown') throw err;
      console.log(`the guest powered itself off during the test: ${JSON.stringify(vm.exit)}`);
    }

    const pid = vm.pid;
    await vm.stop();
    expect(alive(pid)).toBe(false);
    expect(await leftovers()).toEqual([]);
    expect(await fs.readdir(config.sharedDir)).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(reports).toHaveLength(1);
    if (reports[0]!.reason === 'guest-shutdown') {
      expect(await fs.readFile(vm.consoleLogPath, 'utf8')).toContain('husk-guest: agent exited');
    } else {
      expect(reports[0]).toMatchObject({ reason: 'stopped', code: 0, detail: 'host-qmp-quit' });
    }
    expect(await vm.status()).toBe('stopped');
    // A second stop is a no-op.
    await vm.stop();
    expect(reports).toHaveLength(1);
  }, TEST_TIMEOUT_MS);

  test('QEMU killed with SIGKILL is reported as qemu-exit and leaves nothing behind', async () => {
    const factory = new QemuVmFactory();
    const vm = await factory.create({ ...config, vcpus: 2 });
    vms.push(vm);
    await waitReady(vm, Date.now());
    const pid = vm.pid;
    process.kill(pid, 'SIGKILL');
    const exit = await within(vm.monitor, 5000, 'the monitor reporting QEMU killed');
    expect(exit).toMatchObject({ reason: 'qemu-exit', signal: 'SIGKILL' });
    expect(alive(pid)).toBe(false);
    expect(await leftovers()).toEqual([]);
    await vm.stop();
  }, TEST_TIMEOUT_MS);

  test('a guest that powers itself off is reported as guest-shutdown', async () => {
    // An empty root disk: the initramfs cannot mount it and powers the VM off.
    const emptyDisk = path.join(dir, 'empty.img');
    await fs.writeFile(emptyDisk, '');
    const vm = await new QemuVmFactory().create({ ...config, rootfsImagePath: emptyDisk });
    vms.push(vm);
    const exit = await within(vm.monitor, READY_TIMEOUT_MS, 'the guest powering off');
    expect(exit).toMatchObject({ reason: 'guest-shutdown', detail: 'guest-shutdown' });
    expect(await fs.readFile(vm.consoleLogPath, 'utf8')).toContain('husk-initrd: ');
    await vm.stop();
    expect(alive(vm.pid)).toBe(false);
    expect(await leftovers()).toEqual([]);
  }, TEST_TIMEOUT_MS);

  test('a guest kernel panic is reported as guest-panic', async () => {
    // No such init in the initramfs and no root= to fall back on: the kernel panics, and
    // panic=1 with -no-reboot turns that into QEMU exiting.
    const vm = await new QemuVmFactory().create({ ...config, kernelParams: ['rdinit=/no-such-init'] });
    vms.push(vm);
    const exit = await within(vm.monitor, READY_TIMEOUT_MS, 'the guest panicking');
    expect(exit).toMatchObject({ reason: 'guest-panic', detail: 'guest-reset' });
    expect(await fs.readFile(vm.consoleLogPath, 'utf8')).toContain('Kernel panic');
    await vm.stop();
    expect(alive(vm.pid)).toBe(false);
    expect(await leftovers()).toEqual([]);
  }, TEST_TIMEOUT_MS);

  test('the accelerator probe sees the guest boot (shown under TCG) and answers for KVM within its deadline', async () => {
    const boot = { kernelPath: path.join(GUEST_DIR, 'vmlinux'), initrdPath: path.join(GUEST_DIR, 'initrd.img') };
    // The probe's own mechanism, where it must succeed: the initramfs answers husk.probe=1.
    expect(await bootsUnder('tcg', 'qemu-system-x86_64', boot, 60_000)).toEqual({ usable: true, detail: 'a guest booted under TCG' });
    // KVM: whatever this host gives, a verdict comes within the deadline and leaves nothing.
    const t0 = Date.now();
    const kvm = await probeKvmBoot('qemu-system-x86_64', boot);
    console.log(`KVM boot probe: ${JSON.stringify(kvm)} in ${Date.now() - t0} ms`);
    expect(kvm).toEqual({ usable: expect.any(Boolean), detail: expect.any(String) });
    // pgrep exits 1 when nothing matches (and never matches itself).
    expect(() => execFileSync('pgrep', ['-f', 'husk.probe=1'])).toThrow();
  }, TEST_TIMEOUT_MS);
});
