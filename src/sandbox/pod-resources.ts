/**
 * What a pod's VM should have while it runs: its base size (husk's defaults or the size
 * annotations) plus what its containers' limits add up to, as Kata's dynamic sandbox sizing
 * does, and never below what it booted with (a pod sized from CRI's pod resources at boot
 * already counts its containers). Containers without limits add nothing.
 */
import type { VmSize } from './vm-size.js';

export interface ContainerLimits {
  /** MiB of memory.limit; 0 for none. */
  memoryMiB: number;
  /** CPUs of cpu.quota / cpu.period, fractional; 0 for none. */
  cpus: number;
}

/** A container's limits from its OCI spec's linux.resources (or an Update's LinuxResources). */
export function limitsOf(resources: unknown): ContainerLimits {
  const r = (resources ?? {}) as { memory?: { limit?: number }; cpu?: { quota?: number; period?: number } };
  const limit = Number(r.memory?.limit ?? 0);
  const quota = Number(r.cpu?.quota ?? 0);
  const period = Number(r.cpu?.period ?? 0);
  return {
    memoryMiB: Number.isFinite(limit) && limit > 0 ? Math.ceil(limit / 2 ** 20) : 0,
    cpus: Number.isFinite(quota) && quota > 0 && period > 0 ? quota / period : 0,
  };
}

export interface PodResourcesRecord {
  base: VmSize;
  boot: VmSize;
  limits: Record<string, ContainerLimits>;
}

export class PodResources {
  private readonly limits = new Map<string, ContainerLimits>();

  constructor(
    /** What the guest itself needs: the pod's size before its containers. */
    private readonly base: VmSize,
    /** What the VM booted with: the floor. */
    private readonly boot: VmSize,
  ) {}

  /** Everything it knows, for a sandbox taken over running (PodResources.from). */
  record(): PodResourcesRecord {
    return { base: { ...this.base }, boot: { ...this.boot }, limits: Object.fromEntries(this.limits) };
  }

  static from(r: PodResourcesRecord): PodResources {
    const p = new PodResources(r.base, r.boot);
    for (const [id, l] of Object.entries(r.limits)) p.set(id, l);
    return p;
  }

  set(containerId: string, limits: ContainerLimits): void {
    this.limits.set(containerId, limits);
  }

  delete(containerId: string): void {
    this.limits.delete(containerId);
  }

  /** The size the VM should have with the limits as they are, or as they would be with `change`. */
  wanted(change?: { id: string; limits: ContainerLimits }): VmSize {
    const all = new Map(this.limits);
    if (change) all.set(change.id, change.limits);
    let memoryMiB = 0;
    let cpus = 0;
    for (const l of all.values()) {
      memoryMiB += l.memoryMiB;
      cpus += l.cpus;
    }
    return {
      memoryMiB: Math.max(this.boot.memoryMiB, this.base.memoryMiB + memoryMiB),
      // A fraction of a CPU still needs a vCPU to run on; float noise must not add one.
      vcpus: Math.max(this.boot.vcpus, this.base.vcpus + Math.ceil(cpus - 1e-9)),
    };
  }
}
