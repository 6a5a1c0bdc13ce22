/**
 * Host-wide admission for guest-heavy work, so that many pods starting at once on a small
 * host finish in turn rather than all thrash: at most `slots.boot` VMs boot at once across
 * every shim on the host, and at most `slots.step` heavy steps (creating, starting or
 * exec'ing into a container: runc and the 9p root filesystem under emulation) run at once;
 * the rest wait in arrival order. The two kinds have lines of their own, so a pod that has
 * booted never waits for other pods' boots to create its containers. Ten guests booting
 * together on two cores under TCG all finished late and missed their deadlines; two at a time
 * finish in turn. Urgent work (an exec into a running container, which someone waits for)
 * goes ahead of ordinary work still waiting in its line, never ahead of work admitted.
 *
 * A line is a directory of ticket files, one per waiting or admitted piece of work, named so
 * that they sort in arrival order and name their owner (pid and start time): a ticket whose
 * owner died is removed by whoever sees it. A slot is a flock(2) on one of the line's lock
 * files (./flock.ts): the kernel drops it when its holder's file is closed or the holder
 * dies, so a killed shim never keeps a slot.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { lockFile, type HeldLock } from './flock.js';
import { processStartTime, sameProcess } from './proc.js';

/** A VM boot (until its guest is set up), or a heavy step in a running guest. */
export type WorkKind = 'boot' | 'step';

export interface Slot {
  /** How long the caller waited in line. */
  waitedMs: number;
  /** Pieces of work ahead in line (admitted or waiting) when the caller arrived. */
  aheadAtArrival: number;
  /** Gives the slot back. Idempotent. */
  release(): void;
}

export interface AcquireOptions {
  /** Default 'boot'. */
  kind?: WorkKind;
  signal?: AbortSignal;
  /**
   * Goes ahead of the ordinary work waiting in its line that arrived less than URGENT_LEAD_MS
   * before it (never of work already admitted, nor of work that has waited longer).
   */
  urgent?: boolean;
  /** Called once if the caller has to wait: how much work is ahead of it, and the number of slots. */
  onQueued?(ahead: number, slots: number): void;
}

/** What the sandbox needs: a turn for guest-heavy work. */
export interface Admission {
  acquire(label: string, options?: AcquireOptions): Promise<Slot>;
}

export interface AdmissionQueueOptions {
  /** Default /run/husk/admission (0700); one subdirectory per kind of work. */
  dir?: string;
  /** How many of each kind at once. Default from the environment, see defaultSlots(). */
  slots?: Partial<Record<WorkKind, number>>;
  /** How often a waiter looks again when nothing in the directory changed (dead owners). Default 500 ms. */
  pollMs?: number;
  /**
   * A waiter that has seen the line ahead of it stand still this long goes ahead anyway
   * (logged), so a wedged slot holder delays pods but never blocks them for good. Default 15 min.
   */
  stallMs?: number;
  flockBinary?: string;
  log?: Logger;
}

const DEFAULT_DIR = '/run/husk/admission';
/**
 * ticket-<0 urgent, 1 ordinary>-<ms>-<seq>-<pid>-<pid start>. A husk from before urgent work
 * wrote no priority: its tickets count as ordinary.
 */
const TICKET = /^ticket-(?:([01])-)?(\d{15})-(\d{6})-(\d+)-(\d+)$/;
/**
 * How far ahead urgent work goes: it stands in line as if it had come this much earlier. So
 * it passes ordinary work that arrived shortly before it, while ordinary work that has waited
 * this long is passed by nothing new: however many execs arrive, a pod's start is not starved.
 */
export const URGENT_LEAD_MS = 30_000;
const KINDS: WorkKind[] = ['boot', 'step'];
const ENV: Record<WorkKind, string> = { boot: 'HUSK_ADMISSION_BOOTS', step: 'HUSK_ADMISSION_STEPS' };

/** HUSK_ADMISSION_BOOTS and HUSK_ADMISSION_STEPS: positive integers; each defaults to the host's CPU count. */
export function defaultSlots(env: NodeJS.ProcessEnv = process.env): Record<WorkKind, number> {
  const slots = (kind: WorkKind) => {
    const v = env[ENV[kind]];
    if (v === undefined || v === '') return os.availableParallelism();
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${ENV[kind]}=${JSON.stringify(v)}: want a positive integer`);
    return n;
  };
  return { boot: slots('boot'), step: slots('step') };
}

/** Tickets this process holds, removed if it exits without releasing them. */
const ownTickets = new Set<string>();
process.on('exit', () => {
  for (const t of ownTickets) fs.rmSync(t, { force: true });
});

let sequence = 0;

export class AdmissionQueue implements Admission {
  readonly dir: string;
  readonly slots: Record<WorkKind, number>;
  private readonly pollMs: number;
  private readonly stallMs: number;
  private readonly flockBinary: string;
  private readonly myStart = processStartTime(process.pid) ?? '0';

  constructor(private readonly o: AdmissionQueueOptions = {}) {
    this.dir = o.dir ?? DEFAULT_DIR;
    const env = KINDS.some((k) => o.slots?.[k] === undefined) ? defaultSlots() : undefined;
    this.slots = { boot: o.slots?.boot ?? env!.boot, step: o.slots?.step ?? env!.step };
    this.pollMs = o.pollMs ?? 500;
    this.stallMs = o.stallMs ?? 15 * 60_000;
    this.flockBinary = o.flockBinary ?? 'flock';
  }

  async acquire(label: string, options: AcquireOptions = {}): Promise<Slot> {
    const { signal } = options;
    signal?.throwIfAborted();
    const kind = options.kind ?? 'boot';
    const dir = path.join(this.dir, kind);
    const slots = this.slots[kind];
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const name = `ticket-${options.urgent ? 0 : 1}-${String(Date.now()).padStart(15, '0')}-${String(sequence++ % 1e6).padStart(6, '0')}-${process.pid}-${this.myStart}`;
    const ticket = path.join(dir, name);
    fs.writeFileSync(ticket, `${label}\n`, { mode: 0o600, flag: 'wx' });
    ownTickets.add(ticket);
    const dropTicket = () => {
      ownTickets.delete(ticket);
      fs.rmSync(ticket, { force: true });
    };
    const arrived = Date.now();
    let wake: ReturnType<AdmissionQueue['watch']> | undefined;
    let aheadAtArrival: number | undefined;
    let lineAhead: string | undefined;
    let stillSince = arrived;
    try {
      for (;;) {
        signal?.throwIfAborted();
        const line = this.line(dir);
        let ahead = line.indexOf(name);
        // Removed under us (someone cleaned the directory): stand in line again.
        if (ahead < 0) {
          fs.writeFileSync(ticket, `${label}\n`, { mode: 0o600 });
          ahead = line.length;
        }
        aheadAtArrival ??= ahead;
        if (ahead < slots) {
          const lock = await this.tryLock(dir, slots);
          if (lock) return this.slot(lock, dropTicket, arrived, aheadAtArrival);
        }
        if (lineAhead === undefined) options.onQueued?.(ahead, slots);
        // The stall valve watches who is ahead: any arrival at a slot or departure resets it.
        const seen = line.slice(0, ahead).join('/');
        if (seen !== lineAhead) [lineAhead, stillSince] = [seen, Date.now()];
        else if (Date.now() - stillSince >= this.stallMs) {
          this.o.log?.warn({ waitedMs: Date.now() - arrived, ahead, slots, work: kind }, 'the admission queue has not moved; going ahead without a slot');
          return this.slot(undefined, dropTicket, arrived, aheadAtArrival);
        }
        await (wake ??= this.watch(dir)).next(this.pollMs, signal);
      }
    } catch (err) {
      dropTicket();
      throw err;
    } finally {
      wake?.close();
    }
  }

  private slot(lock: HeldLock | undefined, dropTicket: () => void, arrived: number, aheadAtArrival: number): Slot {
    let released = false;
    return {
      waitedMs: Date.now() - arrived,
      aheadAtArrival,
      release: () => {
        if (released) return;
        released = true;
        // Closing the file is what frees the flock; the ticket goes after, so a waiter that
        // wakes on the ticket's removal finds the slot free.
        if (lock) void lock.close().catch(() => undefined).finally(dropTicket);
        else dropTicket();
      },
    };
  }

  /** Live tickets in line order (urgent ones moved ahead, see URGENT_LEAD_MS); those of dead owners are removed on the way. */
  private line(dir: string): string[] {
    const live: { name: string; at: number }[] = [];
    for (const name of fs.readdirSync(dir)) {
      const m = TICKET.exec(name);
      if (!m) continue;
      const [, priority, ms, , pid, start] = m;
      if (Number(pid) !== process.pid && !sameProcess(Number(pid), start!)) {
        fs.rmSync(path.join(dir, name), { force: true });
        continue;
      }
      live.push({ name, at: Number(ms) - (priority === '0' ? URGENT_LEAD_MS : 0) });
    }
    // Every process must see one line: ties go by name.
    return live.sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : 1)).map((t) => t.name);
  }

  /** A free slot's lock file, locked and kept open; undefined when every slot is held. */
  private async tryLock(dir: string, slots: number): Promise<HeldLock | undefined> {
    for (let i = 0; i < slots; i++) {
      const lock = await lockFile(path.join(dir, `slot-${i}`), { waitMs: 0, binary: this.flockBinary }).catch((err: Error) => {
        throw new Error(`admission queue: ${err.message}`);
      });
      if (lock) return lock;
    }
    return undefined;
  }

  /** Wakes a waiter when the directory changes (a ticket went) or after a poll interval. */
  private watch(dir: string): { next(ms: number, signal?: AbortSignal): Promise<void>; close(): void } {
    let poke: (() => void) | undefined;
    let watcher: fs.FSWatcher | undefined;
    try {
      watcher = fs.watch(dir, () => poke?.());
      watcher.on('error', () => undefined);
    } catch {
      // No inotify: polling alone still works.
    }
    return {
      next: (ms, signal) =>
        new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            poke = undefined;
            resolve();
          };
          const timer = setTimeout(done, ms);
          signal?.addEventListener('abort', done, { once: true });
          poke = done;
        }),
      close: () => watcher?.close(),
    };
  }
}
