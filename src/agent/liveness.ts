/**
 * Whether the agent is alive, judged apart from how long any one call takes: while calls are
 * outstanding the agent is asked a health check whenever it has been quiet for a heartbeat
 * interval, and anything it sends counts as a sign of life. A call fails early only when the
 * agent has said nothing at all for the silence limit; a slow guest that keeps answering
 * heartbeats is left to finish its work. (An always-on watchdog can build on the same verdict.)
 */
import { GrpcCode, HuskError } from '../errors.js';

export interface LivenessOptions {
  /** When the agent last sent anything (ms since the epoch), or undefined before it did. */
  lastHeard(): number | undefined;
  /** Sends a health check that gives up after `timeoutMs`; its answer updates lastHeard. */
  ping(timeoutMs: number): Promise<unknown>;
  /** How often to look, and the quiet time after which a heartbeat is sent. Default 2000. */
  heartbeatMs?: number;
  /** How long the agent may say nothing before it is judged unresponsive (read at every look). */
  silenceLimitMs(): number;
  /** Explains the limit in the error ("at pace 8.0 (tcg, …)"). */
  describeLimit?(): string;
  /** Told once per verdict, with the error the outstanding calls failed with. */
  onUnresponsive?(err: Error): void;
}

/** Seconds for messages: one decimal below ten. */
export const seconds = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);

interface Watch {
  method: string;
  abort(err: Error): void;
}

export class Liveness {
  private readonly watches = new Set<Watch>();
  private timer: NodeJS.Timeout | undefined;
  /** Silence is counted from here at the earliest: when watching began. */
  private watchingSince = 0;
  private pinging = false;

  constructor(private readonly o: LivenessOptions) {}

  /** How long the agent has been quiet while watched. */
  silentMs(now = Date.now()): number {
    return now - Math.max(this.o.lastHeard() ?? 0, this.watchingSince);
  }

  /**
   * Runs `call` with a signal that aborts, with a DeadlineExceeded naming `method`, if the
   * agent goes silent for the limit before the call settles (or when `outer` aborts).
   */
  async guard<T>(method: string, call: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
    const ac = new AbortController();
    const onOuter = () => ac.abort(outer!.reason);
    outer?.addEventListener('abort', onOuter, { once: true });
    if (outer?.aborted) ac.abort(outer.reason);
    let rejectSilent!: (err: Error) => void;
    const silent = new Promise<never>((_, reject) => (rejectSilent = reject));
    const watch: Watch = {
      method,
      abort: (err) => {
        rejectSilent(err);
        ac.abort(err);
      },
    };
    this.add(watch);
    try {
      return await Promise.race([call(ac.signal), silent]);
    } finally {
      outer?.removeEventListener('abort', onOuter);
      this.remove(watch);
    }
  }

  private add(w: Watch): void {
    if (this.watches.size === 0) {
      this.watchingSince = Date.now();
      const every = this.o.heartbeatMs ?? 2000;
      this.timer = setInterval(() => this.look(every), every);
      this.timer.unref();
    }
    this.watches.add(w);
  }

  private remove(w: Watch): void {
    this.watches.delete(w);
    if (this.watches.size === 0) clearInterval(this.timer);
  }

  private look(heartbeatMs: number): void {
    const quiet = this.silentMs();
    const limit = this.o.silenceLimitMs();
    if (quiet >= limit) {
      const why = this.o.describeLimit?.() ?? '';
      const verdict = (method: string) =>
        new HuskError(
          GrpcCode.DeadlineExceeded,
          `the agent did not answer ${method}: it has sent nothing for ${seconds(quiet)} s, not even an answer to a heartbeat (limit ${seconds(limit)} s${why ? ` ${why}` : ''}); the guest is hung or dead`,
        );
      const watches = [...this.watches];
      for (const w of watches) w.abort(verdict(w.method));
      this.o.onUnresponsive?.(verdict(watches.map((w) => w.method).join(', ')));
      return;
    }
    if (quiet >= heartbeatMs && !this.pinging) {
      this.pinging = true;
      void this.o
        .ping(limit)
        .catch(() => undefined)
        .finally(() => (this.pinging = false));
    }
  }
}
