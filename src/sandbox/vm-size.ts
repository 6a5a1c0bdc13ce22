/**
 * A pod's VM size: husk's defaults, overridden per pod by annotations. Kata's annotation
 * names are accepted too, so pods written for Kata keep their sizing.
 */
import os from 'node:os';
import { invalidArgument } from '../errors.js';

export interface VmSize {
  memoryMiB: number;
  vcpus: number;
}

export const MEMORY_ANNOTATIONS = ['io.husk.vm.memory-mib', 'io.katacontainers.config.hypervisor.default_memory'];
export const VCPU_ANNOTATIONS = ['io.husk.vm.vcpus', 'io.katacontainers.config.hypervisor.default_vcpus'];

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
  return {
    memoryMiB: mem ? integer(mem[0], mem[1], MIN_MEMORY_MIB, MAX_MEMORY_MIB) : defaults.memoryMiB,
    vcpus: cpus ? integer(cpus[0], cpus[1], 1, hostCpus) : defaults.vcpus,
  };
}
