/**
 * KVM or TCG. The choice comes from HUSK_ACCEL (or the factory's `accel` option):
 *
 * - `tcg`: software emulation, always works, roughly 5-10x slower to boot.
 * - `kvm`: hardware virtualization; checked once with a probe (QEMU started with
 *   accel=kvm, asked `query-kvm` over QMP) and refused with a clear error when QEMU cannot
 *   use it at all.
 * - `auto` (the default): TCG. This is deliberate, not a missing probe. The hosts husk is
 *   developed on (nested virtualization under a Firecracker VM) pass every cheap check:
 *   /dev/kvm opens, QEMU starts with accel=kvm, query-kvm answers enabled, SeaBIOS runs.
 *   Yet no Linux guest boots: with -cpu max or host QEMU aborts setting MSR 0x10a
 *   (IA32_ARCH_CAPABILITIES) as the vCPU starts, and with -cpu qemu64 the guest hangs after
 *   the firmware without printing a kernel line. Guessing wrong turns every pod start into
 *   a failure or a hang; a slow pod is the better failure. Operators on hosts where KVM
 *   works set HUSK_ACCEL=kvm. A probe that could be trusted would boot the guest kernel
 *   under KVM and wait for its first console line against a deadline (quick where KVM
 *   works, the whole deadline where it does not, once per shim process); not written yet.
 *
 * The result is computed once per process: the shim serves one pod, and the host does not
 * change under it.
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

const cache = new Map<string, Promise<AccelChoice>>();

export interface ChooseAccelOptions {
  mode: AccelMode;
  qemuBinary: string;
  logger?: Logger;
  /** Replaceable for tests. */
  probe?: KvmProbe;
}

/** The accelerator for this process's VMs; cached per (mode, binary). Logs the choice and why. */
export function chooseAccel(options: ChooseAccelOptions): Promise<AccelChoice> {
  const key = `${options.mode}\0${options.qemuBinary}`;
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

async function decide({ mode, qemuBinary, probe = probeKvm }: ChooseAccelOptions): Promise<AccelChoice> {
  if (mode === 'tcg') return { accel: 'tcg', reason: 'HUSK_ACCEL=tcg' };
  if (mode === 'auto') {
    return {
      accel: 'tcg',
      reason: 'auto uses TCG: on hosts where QEMU reports KVM enabled a Linux guest has been seen to hang, so KVM is used only with HUSK_ACCEL=kvm',
    };
  }
  const result = await probe(qemuBinary);
  if (!result.usable) {
    throw new HypervisorError(GrpcCode.FailedPrecondition, `HUSK_ACCEL=kvm but KVM is not usable: ${result.detail}`);
  }
  return { accel: 'kvm', reason: `HUSK_ACCEL=kvm and the probe passed (${result.detail})` };
}
