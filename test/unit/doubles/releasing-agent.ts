/**
 * The scripted agent (scripted-agent.ts) with what a shim handover needs of an agent, for the
 * unit tests of Sandbox.release/resume and TaskService.handOver/takeOver. Not an agent.
 *
 * - Output: a process's output is what the test says (`guest.say`), kept by a `GuestOutput`
 *   that stands for the guest, so that two connections to one guest (the shim that lets go,
 *   the one that takes over) share it: what the first did not read, the second reads.
 * - Release (GuestAgent.release, the agent's Session/Release): the output reads and OOM waits
 *   this connection holds end untaken (Aborted), as the real agent's do; later ones fail at
 *   once. It answers how many it ended.
 *
 * `release` is set per instance rather than declared, so this keeps compiling whether or not
 * ScriptedAgent itself grows a release of its own.
 */
import type { GuestAgent } from '../../../src/agent/guest-agent.js';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { ScriptedAgent } from './scripted-agent.js';

/** The output processes in one guest have written and nobody has read yet. */
export class GuestOutput {
  private readonly queues = new Map<string, { chunks: Buffer[]; waiters: Set<() => void> }>();

  /** Process `execId` ('' for the init) of container `id` writes `data` on `which`. */
  say(id: string, execId: string, which: 'stdout' | 'stderr', data: string | Buffer): void {
    const q = this.queue(id, execId, which);
    q.chunks.push(Buffer.from(data));
    for (const w of [...q.waiters]) w();
  }

  /** Bytes written and not read yet. */
  unread(id: string, execId: string, which: 'stdout' | 'stderr'): number {
    return this.queue(id, execId, which).chunks.reduce((n, c) => n + c.length, 0);
  }

  queue(id: string, execId: string, which: string) {
    const key = `${id}/${execId}/${which}`;
    let q = this.queues.get(key);
    if (!q) this.queues.set(key, (q = { chunks: [], waiters: new Set() }));
    return q;
  }

  /** At most `max` bytes of what is there, or null when nothing is. */
  take(id: string, execId: string, which: string, max: number): Buffer | null {
    const q = this.queue(id, execId, which);
    const first = q.chunks[0];
    if (!first) return null;
    if (first.length <= max) return q.chunks.shift()!;
    q.chunks[0] = first.subarray(max);
    return first.subarray(0, max);
  }
}

export class ReleasingAgent extends ScriptedAgent {
  /** How many times release was called. */
  releases = 0;
  private readonly session = new AbortController();
  /** Reads and OOM waits outstanding on this connection. */
  private outstanding = 0;

  constructor(readonly guest = new GuestOutput()) {
    super();
    const release: NonNullable<GuestAgent['release']> = async () => {
      this.calls.push('release');
      this.releases++;
      const woken = this.outstanding;
      this.session.abort();
      return woken;
    };
    Object.assign(this, { release });
  }

  /** Recorded in `calls` too, to see where it comes (after release, on a handover). */
  override close(): void {
    this.calls.push('close');
    super.close();
  }

  /** What the test said the process wrote, then (as the scripted agent) the end once it exits. */
  override read(id: string, execId: string, which: string, max: number, signal?: AbortSignal): Promise<Buffer | null> {
    const released = () => new HuskError(GrpcCode.Aborted, 'the host released its session');
    if (this.session.signal.aborted) return Promise.reject(released());
    const now = this.guest.take(id, execId, which, max);
    if (now) return Promise.resolve(now);
    const q = this.guest.queue(id, execId, which);
    this.outstanding++;
    return new Promise<Buffer | null>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        this.outstanding--;
        q.waiters.delete(onData);
        this.session.signal.removeEventListener('abort', onRelease);
        fn();
      };
      const onData = () => settle(() => resolve(this.guest.take(id, execId, which, max)));
      const onRelease = () => settle(() => reject(released()));
      q.waiters.add(onData);
      this.session.signal.addEventListener('abort', onRelease, { once: true });
      super.read(id, execId, which, max, signal).then(
        // The process ended: what it wrote before goes first.
        (end) => settle(() => resolve(this.guest.take(id, execId, which, max) ?? end)),
        (err: unknown) => settle(() => reject(err)),
      );
    });
  }

  override nextOom(signal?: AbortSignal): Promise<string> {
    const released = () => new HuskError(GrpcCode.Aborted, 'the host released its session');
    if (this.session.signal.aborted) return Promise.reject(released());
    this.outstanding++;
    let onRelease!: () => void;
    const ended = new Promise<never>((_, reject) => (onRelease = () => reject(released())));
    this.session.signal.addEventListener('abort', onRelease, { once: true });
    return Promise.race([super.nextOom(signal), ended]).finally(() => {
      this.outstanding--;
      this.session.signal.removeEventListener('abort', onRelease);
    });
  }
}
