/**
 * vCPUs the host hot-added come up offline in the guest (ACPI CPU hotplug without a udev rule
 * to online them): the agent brings them online (Kata's OnlineCPUMem). Memory needs nothing:
 * virtio-mem's blocks come online by themselves (memhp_default_state=online_movable).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { failedPrecondition } from '../errors.js';

const CPUS = '/sys/devices/system/cpu';
const POLL_MS = 50;

/** The guest's CPU directory; tests give another. */
export class GuestCpus {
  constructor(private readonly root = CPUS) {}

  /** CPUs online now. */
  async online(): Promise<number> {
    return count(await fs.readFile(path.join(this.root, 'online'), 'utf8'));
  }

  /**
   * Onlines every present CPU that is offline. With `want` > 0, waits up to `timeoutMs` until
   * that many are online (a CPU the host just added may not be present yet).
   */
  async onlineAll(want: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const present = expand(await fs.readFile(path.join(this.root, 'present'), 'utf8'));
      const online = new Set(expand(await fs.readFile(path.join(this.root, 'online'), 'utf8')));
      for (const cpu of present.filter((c) => !online.has(c))) {
        // cpu0 has no online file; an EBUSY or EINVAL here is the kernel refusing that CPU.
        await fs.writeFile(path.join(this.root, `cpu${cpu}`, 'online'), '1').catch((err: NodeJS.ErrnoException) => {
          throw failedPrecondition(`cannot online CPU ${cpu}: ${err.message}`);
        });
      }
      const now = await this.online();
      if (want <= 0 || now >= want) return now;
      if (Date.now() > deadline) throw failedPrecondition(`${now} CPUs online, ${want} wanted, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
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
