/**
 * The guest's online CPUs follow the VM's size: vCPUs the host hot-added come up offline
 * (ACPI CPU hotplug without a udev rule to online them), and under TCG the spare vCPUs the VM
 * booted with stay offline (kernel parameter maxcpus) until wanted; the agent brings the
 * online count to what the host asks (OnlineCPUMem) both ways. Memory needs nothing:
 * virtio-mem's blocks come online by themselves (memhp_default_state=online_movable).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { failedPrecondition, invalidArgument } from '../errors.js';

const CPUS = '/sys/devices/system/cpu';
const POLL_MS = 50;

/** The guest's CPU directory; tests give another. */
export class GuestCpus {
  constructor(private readonly root = CPUS) {}

  /**
   * Brings the count of online CPUs to `want`: onlines the lowest offline present ones (a CPU
   * the host just added may take a moment to be present: waits up to `timeoutMs`), offlines
   * the highest online ones beyond (never cpu0; the kernel moves their tasks elsewhere).
   */
  async setOnline(want: number, timeoutMs: number): Promise<number> {
    if (!Number.isInteger(want) || want < 1) throw invalidArgument(`${want} CPUs online: want at least 1`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const present = expand(await fs.readFile(path.join(this.root, 'present'), 'utf8'));
      const online: number[] = [];
      for (const cpu of present) if (await this.isOnline(cpu)) online.push(cpu);
      for (const cpu of present.filter((c) => !online.includes(c))) {
        if (online.length >= want) break;
        await this.write(cpu, '1');
        online.push(cpu);
      }
      for (const cpu of [...online].sort((a, b) => b - a)) {
        if (online.length <= want) break;
        if (cpu === 0) continue;
        await this.write(cpu, '0');
        online.splice(online.indexOf(cpu), 1);
      }
      if (online.length === want) return want;
      if (Date.now() > deadline) throw failedPrecondition(`${online.length} CPUs online, ${want} wanted, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** cpu0 has no online file on most kernels: it is always online. */
  private async isOnline(cpu: number): Promise<boolean> {
    const v = await fs.readFile(path.join(this.root, `cpu${cpu}`, 'online'), 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '1';
      throw failedPrecondition(`cannot read whether CPU ${cpu} is online: ${err.message}`);
    });
    return v.trim() === '1';
  }

  private async write(cpu: number, value: '0' | '1'): Promise<void> {
    // EBUSY or EINVAL here is the kernel refusing that CPU.
    await fs.writeFile(path.join(this.root, `cpu${cpu}`, 'online'), value).catch((err: NodeJS.ErrnoException) => {
      throw failedPrecondition(`cannot ${value === '1' ? 'online' : 'offline'} CPU ${cpu}: ${err.message}`);
    });
  }
}

/** The kernel's CPU list format: "0-2,4". */
export function expand(list: string): number[] {
  const out: number[] = [];
  for (const part of list.trim().split(',').filter(Boolean)) {
    const [a, b] = part.split('-').map(Number);
    for (let c = a!; c <= (b ?? a!); c++) out.push(c);
  }
  return out;
}

const count = (list: string) => expand(list).length;
