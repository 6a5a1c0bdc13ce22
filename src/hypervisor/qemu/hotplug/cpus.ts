/**
 * vCPU hotplug over QMP (ACPI CPU hotplug on q35): a vCPU goes into a free slot QEMU lists in
 * query-hotpluggable-cpus (with that slot's socket/core/thread ids) and leaves by device_del,
 * which the guest acknowledges by ejecting it. KVM only: see QemuHotplugOptions.vcpus.
 * A hot-added vCPU starts offline in the guest; onlining it is the agent's (OnlineCPUMem).
 */
import { GrpcCode } from '../../../errors.js';
import { HypervisorError } from '../../hypervisor.js';
import type { QmpClient } from '../qmp.js';

interface HotpluggableCpu {
  type: string;
  props: Record<string, number>;
  /** Set when the slot has a vCPU. */
  'qom-path'?: string;
}

const PREFIX = 'vcpu';
const POLL_MS = 100;

async function slots(qmp: QmpClient): Promise<HotpluggableCpu[]> {
  const all = await qmp.execute<HotpluggableCpu[]>('query-hotpluggable-cpus');
  // In slot order, so vCPUs are added and removed at the same end.
  const order = (c: HotpluggableCpu) => [c.props['socket-id'] ?? 0, c.props['die-id'] ?? 0, c.props['core-id'] ?? 0, c.props['thread-id'] ?? 0];
  return all.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
}

/** vCPUs present now. */
export async function presentVcpus(qmp: QmpClient): Promise<number> {
  return (await slots(qmp)).filter((c) => c['qom-path']).length;
}

/**
 * Adds or removes vCPUs until `target` are present. Only vCPUs added here are removed (the
 * boot ones have no id to unplug by); a removal the guest does not acknowledge within
 * `timeoutMs` is DeadlineExceeded.
 */
export async function setVcpus(qmp: QmpClient, target: number, timeoutMs: number): Promise<number> {
  let all = await slots(qmp);
  const present = all.filter((c) => c['qom-path']);
  for (const slot of all.filter((c) => !c['qom-path']).slice(0, Math.max(0, target - present.length))) {
    await qmp.execute('device_add', { driver: slot.type, id: `${PREFIX}${all.indexOf(slot)}`, ...slot.props });
  }
  const removable = present.filter((c) => c['qom-path']!.startsWith(`/machine/peripheral/${PREFIX}`)).reverse();
  for (const slot of removable.slice(0, Math.max(0, present.length - target))) {
    const id = slot['qom-path']!.split('/').pop()!;
    await qmp.execute('device_del', { id });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      all = await slots(qmp);
      if (!all.some((c) => c['qom-path'] === slot['qom-path'])) break;
      if (Date.now() > deadline) throw new HypervisorError(GrpcCode.DeadlineExceeded, `the guest did not give back vCPU ${id} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  return presentVcpus(qmp);
}
