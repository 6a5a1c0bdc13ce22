/**
 * KVM or TCG. The choice comes from HUSK_ACCEL (or the factory's `accel` option):
 *
 * - `tcg`: software emulation, always works, roughly 5-10x slower to boot.
 * - `kvm`: hardware virtualization; checked once with a probe (QEMU started with
 *   accel=kvm, asked `query-kvm` over QMP) and refused with a clear error when QEMU cannot
 *   use it at all.
 * - `auto` (the default): KVM if a guest really boots under it, else TCG. Cheap checks are
 *   not enough: on the hosts husk is developed on (nested virtualization) /dev/kvm opens,
 *   QEMU starts with accel=kvm and query-kvm answers enabled, yet no Linux guest boots
 *   (QEMU aborts setting MSR 0x10a as the vCPU starts, or the guest hangs after the
 *   firmware). So the probe boots the guest kernel and initramfs under KVM with
 *   husk.probe=1, which makes the initramfs print "husk-probe: ok" and power off, and
 *   waits for that against a deadline: well under a second where KVM works, the whole
 *   deadline where it does not. The verdict is kept in a file under /run (cleared by a
 *   reboot) so that each shim, one per pod, does not pay the deadline again.
 *
 * The result is also cached per process: the host does not change under a shim.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { Logger } from 'pino';
import { GrpcCode } from '../errors.js';
import { HypervisorError, type Accel } from './hypervisor.js';
import { QmpClient } from './qemu/qmp.js';

export type AccelMode = Accel | 'auto';

export interface AccelChoice {
  accel: Accel;
  /** One sentence for logs and error reports. */
  reason: string;
}

export interface KvmProbeResult {
  usable: boolean;
  /** What the probe saw, e.g. "query-kvm: enabled" or QEMU's error. */
  detail: string;
}

export type KvmProbe = (qemuBinary: string) => Promise<KvmProbeResult>;

export function parseAccelMode(value: string | undefined): AccelMode {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'kvm' || v === 'tcg') return v;
  throw new HypervisorError(GrpcCode.InvalidArgument, `invalid HUSK_ACCEL ${JSON.stringify(value)}: want kvm, tcg or auto`);
}

const PROBE_TIMEOUT_MS = 5000;

/**
 * Starts QEMU with accel=kvm, vCPUs held (-S), no devices, and asks it over QMP whether
 * KVM is enabled. Proves QEMU can open and initialize KVM; cannot prove a guest will run.
 */
export async function probeKvm(qemuBinary: string): Promise<KvmProbeResult> {
  try {
    const fd = await fs.open('/dev/kvm', 'r+');
    await fd.close();
  } catch (err) {
    return { usable: false, detail: `/dev/kvm cannot be opened: ${(err as Error).message}` };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-kvm-probe-'));
  const qmpPath = path.join(dir, 'qmp.sock');
  const child = execa(
    qemuBinary,
    ['-machine', 'q35,accel=kvm', '-nodefaults', '-no-user-config', '-display', 'none', '-S', '-qmp', `unix:${qmpPath},server=on,wait=off`],
    { stdin: 'ignore', stdout: 'ignore', stderr: 'pipe', reject: false, forceKillAfterDelay: false },
  );
  let exited = false;
  const done = child.then((r) => {
    exited = true;
    return r;
  });
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (exited) {
        const r = await done;
        return { usable: false, detail: `QEMU with accel=kvm exited (${r.exitCode ?? r.signal}): ${String(r.stderr ?? '').trim().slice(-500)}` };
      }
      let qmp: QmpClient;
      try {
        qmp = await QmpClient.connect(qmpPath, { timeoutMs: Math.max(1, deadline - Date.now()) });
      } catch {
        await new Promise((r) => setTimeout(r, 25));
        continue;
      }
      try {
        const kvm = await qmp.execute<{ enabled: boolean; present: boolean }>('query-kvm');
        return kvm.enabled
          ? { usable: true, detail: 'query-kvm: present and enabled' }
          : { usable: false, detail: `query-kvm: present=${kvm.present} enabled=${kvm.enabled}` };
      } finally {
        qmp.close();
      }
    }
    return { usable: false, detail: `QEMU with accel=kvm did not answer on QMP within ${PROBE_TIMEOUT_MS} ms` };
  } catch (err) {
    return { usable: false, detail: `probe failed: ${(err as Error).message}` };
  } finally {
    child.kill('SIGKILL');
    await done;
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** What a guest boot needs; the probe boots the same kernel and initramfs as the pods. */
export interface GuestBoot {
  kernelPath: string;
  initrdPath: string;
}

export type BootProbe = (qemuBinary: string, boot: GuestBoot) => Promise<KvmProbeResult>;

const BOOT_PROBE_DEADLINE_MS = 10_000;

/** The cheap check, then a real boot under KVM. */
export async function probeKvmBoot(qemuBinary: string, boot: GuestBoot): Promise<KvmProbeResult> {
  const cheap = await probeKvm(qemuBinary);
  return cheap.usable ? bootsUnder('kvm', qemuBinary, boot) : cheap;
}

/** Boots the guest's kernel and initramfs with husk.probe=1 until it prints "husk-probe: ok". */
export async function bootsUnder(accel: Accel, qemuBinary: string, boot: GuestBoot, deadlineMs = BOOT_PROBE_DEADLINE_MS): Promise<KvmProbeResult> {
  const name = accel.toUpperCase();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-kvm-boot-'));
  const consoleLog = path.join(dir, 'console.log');
  const child = execa(
    qemuBinary,
    [
      '-machine', 'q35', '-accel', accel, '-cpu', 'max', '-smp', '1', '-m', '256M',
      '-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot',
      '-kernel', boot.kernelPath, '-initrd', boot.initrdPath,
      '-append', 'console=ttyS0 quiet panic=1 reboot=k husk.probe=1',
      '-chardev', `file,id=console,path=${consoleLog.replaceAll(',', ',,')}`, '-serial', 'chardev:console',
    ],
    { stdin: 'ignore', stdout: 'ignore', stderr: 'pipe', reject: false, forceKillAfterDelay: false, timeout: deadlineMs },
  );
  try {
    const r = await child;
    const printed = await fs.readFile(consoleLog, 'utf8').catch(() => '');
    if (printed.includes('husk-probe: ok')) return { usable: true, detail: `a guest booted under ${name}` };
    if (r.timedOut) return { usable: false, detail: `a guest did not boot under ${name} within ${deadlineMs / 1000} s` };
    return { usable: false, detail: `QEMU ended (${r.exitCode ?? r.signal}) before the guest booted under ${name}: ${String(r.stderr ?? '').trim().slice(-300)}` };
  } finally {
    child.kill('SIGKILL');
    await child.catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The verdict file: one JSON object per (QEMU binary, kernel), keyed by their identities. */
async function remembered(file: string, key: string): Promise<KvmProbeResult | undefined> {
  try {
    return (JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, KvmProbeResult>)[key];
  } catch {
    return undefined;
  }
}

async function remember(file: string, key: string, result: KvmProbeResult): Promise<void> {
  let all: Record<string, KvmProbeResult> = {};
  try {
    all = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, KvmProbeResult>;
  } catch {
    // first verdict
  }
  all[key] = result;
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(all), { mode: 0o600 });
  await fs.rename(tmp, file);
}

/** What makes a verdict stale: a different QEMU or kernel, by path, size and mtime. */
async function identity(qemuBinary: string, boot: GuestBoot): Promise<string> {
  const id = async (p: string) => {
    const st = await fs.stat(p).catch(() => undefined);
    return `${p}:${st?.size ?? '-'}:${st?.mtimeMs ?? '-'}`;
  };
  const qemu = qemuBinary.includes('/') ? qemuBinary : (await execa('sh', ['-c', `command -v ${qemuBinary}`], { reject: false })).stdout.trim() || qemuBinary;
  return [await id(qemu), await id(boot.kernelPath), await id(boot.initrdPath)].join(' ');
}

const cache = new Map<string, Promise<AccelChoice>>();

export interface ChooseAccelOptions {
  mode: AccelMode;
  qemuBinary: string;
  /** The guest auto mode boots to decide. */
  boot: GuestBoot;
  logger?: Logger;
  /** Where auto mode keeps its verdicts; default /run/husk/accel.json. */
  verdictFile?: string;
  /** Replaceable for tests. */
  probe?: KvmProbe;
  bootProbe?: BootProbe;
}

/** The accelerator for this process's VMs; cached per (mode, binary). Logs the choice and why. */
export function chooseAccel(options: ChooseAccelOptions): Promise<AccelChoice> {
  const key = `${options.mode}\0${options.qemuBinary}\0${options.boot.kernelPath}\0${options.boot.initrdPath}`;
  let choice = cache.get(key);
  if (!choice) {
    choice = decide(options).then(
      (c) => {
        options.logger?.info({ accel: c.accel, mode: options.mode }, `hypervisor accelerator ${c.accel}: ${c.reason}`);
        return c;
      },
      (err: unknown) => {
        // A failure may be transient (QEMU being upgraded, say): let the next VM try again.
        cache.delete(key);
        throw err;
      },
    );
    cache.set(key, choice);
  }
  return choice;
}

/** Forgets cached choices; for tests. */
export function resetAccelCache(): void {
  cache.clear();
}

async function decide(o: ChooseAccelOptions): Promise<AccelChoice> {
  const { mode, qemuBinary, probe = probeKvm } = o;
  if (mode === 'tcg') return { accel: 'tcg', reason: 'HUSK_ACCEL=tcg' };
  if (mode === 'auto') {
    const file = o.verdictFile ?? '/run/husk/accel.json';
    const key = await identity(qemuBinary, o.boot);
    let verdict = await remembered(file, key);
    const fresh = !verdict;
    if (!verdict) {
      verdict = await (o.bootProbe ?? probeKvmBoot)(qemuBinary, o.boot);
      await remember(file, key, verdict).catch((err) => o.logger?.warn({ err, file }, 'cannot keep the accelerator verdict'));
    }
    const seen = `${verdict.detail}${fresh ? '' : ` (verdict kept in ${file})`}`;
    return verdict.usable ? { accel: 'kvm', reason: `auto: ${seen}` } : { accel: 'tcg', reason: `auto falls back to TCG: ${seen}` };
  }
  const result = await probe(qemuBinary);
  if (!result.usable) {
    throw new HypervisorError(GrpcCode.FailedPrecondition, `HUSK_ACCEL=kvm but KVM is not usable: ${result.detail}`);
  }
  return { accel: 'kvm', reason: `HUSK_ACCEL=kvm and the probe passed (${result.detail})` };
}
