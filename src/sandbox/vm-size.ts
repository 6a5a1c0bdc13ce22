/**
 * A pod's VM size: husk's defaults, overridden per pod by annotations. Kata's annotation
 * names are accepted too, so pods written for Kata keep their sizing. Without them, the
 * pod's own resources as CRI passes them (the sum of its containers' limits) are added on
 * top of the defaults, as Kata's static sandbox sizing does: the defaults are what the
 * guest itself needs, and a container given 2 GiB must find 2 GiB in its VM.
 */
import os from 'node:os';
import { invalidArgument } from '../errors.js';
import { MEMORY_BLOCK_MIB, type HotplugRoom } from '../hypervisor/hypervisor.js';

export interface VmSize {
  memoryMiB: number;
  vcpus: number;
}

export const MEMORY_ANNOTATIONS = ['io.husk.vm.memory-mib', 'io.katacontainers.config.hypervisor.default_memory'];
export const VCPU_ANNOTATIONS = ['io.husk.vm.vcpus', 'io.katacontainers.config.hypervisor.default_vcpus'];

/** What containerd's CRI puts on the pause container's spec from PodSandboxConfig.linux.resources. */
export const CRI_SANDBOX_MEMORY = 'io.kubernetes.cri.sandbox-memory';
export const CRI_SANDBOX_CPU_QUOTA = 'io.kubernetes.cri.sandbox-cpu-quota';
export const CRI_SANDBOX_CPU_PERIOD = 'io.kubernetes.cri.sandbox-cpu-period';

const MIN_MEMORY_MIB = 128;
const MAX_MEMORY_MIB = 64 * 1024;

function pick(annotations: Record<string, string>, names: string[]): [string, string] | undefined {
  for (const n of names) if (annotations[n] !== undefined) return [n, annotations[n]!];
  return undefined;
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw invalidArgument(`annotation ${name}=${JSON.stringify(value)}: want an integer from ${min} to ${max}`);
  return n;
}

export function vmSize(defaults: VmSize, annotations: Record<string, string> = {}, hostCpus = os.cpus().length): VmSize {
  const mem = pick(annotations, MEMORY_ANNOTATIONS);
  const cpus = pick(annotations, VCPU_ANNOTATIONS);
  const podMemory = nonNegative(CRI_SANDBOX_MEMORY, annotations[CRI_SANDBOX_MEMORY]);
  const quota = nonNegative(CRI_SANDBOX_CPU_QUOTA, annotations[CRI_SANDBOX_CPU_QUOTA]);
  const period = nonNegative(CRI_SANDBOX_CPU_PERIOD, annotations[CRI_SANDBOX_CPU_PERIOD]);
  return {
    memoryMiB: mem
      ? integer(mem[0], mem[1], MIN_MEMORY_MIB, MAX_MEMORY_MIB)
      : Math.min(defaults.memoryMiB + Math.ceil(podMemory / 2 ** 20), MAX_MEMORY_MIB),
    vcpus: cpus
      ? integer(cpus[0], cpus[1], 1, hostCpus)
      : Math.min(defaults.vcpus + (quota > 0 && period > 0 ? Math.ceil(quota / period) : 0), Math.max(hostCpus, defaults.vcpus)),
  };
}

/**
 * The pod's size before its containers: what vmSize gives without CRI's pod resources (the
 * defaults or the size annotations). Containers' limits come on top while it runs
 * (pod-resources.ts).
 */
export function baseVmSize(defaults: VmSize, annotations: Record<string, string> = {}, hostCpus = os.cpus().length): VmSize {
  const { [CRI_SANDBOX_MEMORY]: _m, [CRI_SANDBOX_CPU_QUOTA]: _q, [CRI_SANDBOX_CPU_PERIOD]: _p, ...rest } = annotations;
  return vmSize(defaults, rest, hostCpus);
}

/** Set to false (or 0, no, off), the pod's VM boots cold even where VM templates are on. */
export const TEMPLATE_ANNOTATION = 'io.husk.vm.template';

/** Whether the pod's VM may come from a template, by its annotations (default yes). */
export function mayUseTemplate(annotations: Record<string, string> = {}): boolean {
  const v = annotations[TEMPLATE_ANNOTATION]?.trim().toLowerCase();
  if (v === undefined || ['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw invalidArgument(`annotation ${TEMPLATE_ANNOTATION}=${JSON.stringify(annotations[TEMPLATE_ANNOTATION])}: want true or false`);
}

/** A CRI resource annotation: a decimal integer; absent, 0 and CRI's -1 (no quota) all mean none. */
function nonNegative(name: string, value: string | undefined): number {
  if (value === undefined || value.trim() === '-1') return 0;
  if (!/^\d+$/.test(value.trim())) throw invalidArgument(`annotation ${name}=${JSON.stringify(value)}: want a non-negative integer`);
  return Number(value);
}

/**
 * The host's room for live changes fitted to one VM's boot size: never below it (a pod
 * bigger than the maximum boots at its size without room to grow), memory in whole blocks.
 * None when there is nothing to grow into and no ports.
 */
export function fitRoom(room: HotplugRoom | undefined, size: VmSize): HotplugRoom | undefined {
  if (!room) return undefined;
  const maxVcpus = Math.max(room.maxVcpus, size.vcpus);
  const maxMemoryMiB = size.memoryMiB + Math.max(0, Math.floor((room.maxMemoryMiB - size.memoryMiB) / MEMORY_BLOCK_MIB)) * MEMORY_BLOCK_MIB;
  if (maxVcpus === size.vcpus && maxMemoryMiB === size.memoryMiB && room.ports === 0) return undefined;
  return { maxVcpus, maxMemoryMiB, ports: room.ports };
}
