/**
 * The host's side of the guest agent: typed AgentService calls over one ttrpc connection,
 * and errors that say which call the agent failed to answer. No call has a fixed wall-clock
 * deadline: each has a budget written for an idle KVM host, multiplied by the host's pace at
 * the moment (accelerator and CPU contention, ../host/pace.ts), and while calls run the
 * agent's liveness is checked apart from them (./liveness.ts), so a dead or hung guest fails
 * its calls after the silence limit while a slow one that answers heartbeats gets its budget.
 * Calls that wait for the guest by design (output reads, process waits, OOM events) carry
 * no deadline; they end with the connection or with the caller's AbortSignal.
 */
import { Client, Code, serviceClient, TtrpcError, type ServiceClient } from '../ttrpc/index.js';
import { AgentService, HealthService, SessionService } from '../api/agent.js';
import { GrpcCode, HuskError } from '../errors.js';
import { describePace, type Pace } from '../host/pace.js';
import { Liveness, seconds } from './liveness.js';

export type AgentCalls = ServiceClient<typeof AgentService>;
type Method = keyof AgentCalls;

/** Methods that legitimately block until something happens in the guest. */
const LONG_POLL = new Set<Method>(['ReadStdout', 'ReadStderr', 'WaitProcess', 'GetOOMEvent']);
/** Methods that make the guest do real work (runc, mounts, netlink); the rest only relay. */
const WORK = new Set<Method>([
  'CreateSandbox',
  'DestroySandbox',
  'CreateContainer',
  'StartContainer',
  'ExecProcess',
  'RemoveContainer',
  'UpdateContainer',
  'PauseContainer',
  'ResumeContainer',
  'UpdateInterface',
  'UpdateRoutes',
]);

/** Budgets on an idle KVM host, in ms; multiplied by the pace (8 under TCG, more under load). */
export const BUDGET_MS = {
  /** From connecting until the booted guest's agent answers. */
  ready: 15_000,
  /** A call that does real work in the guest. */
  work: 15_000,
  /** A call that only relays (signal, stdin, resize, stats). */
  relay: 5_000,
  /** How long the agent may say nothing at all, heartbeats included, while calls are outstanding. */
  silence: 4_000,
} as const;

export interface AgentClientOptions {
  /** The host's pace, read at each call (default: 1, an idle KVM host). */
  pace?: () => Pace;
  /** Default BUDGET_MS; tests shorten them. */
  budgets?: Partial<Record<keyof typeof BUDGET_MS, number>>;
  /** How often liveness is looked at while calls are outstanding (default 2000 ms). */
  heartbeatMs?: number;
  signal?: AbortSignal;
}

const IDLE_KVM: Pace = { factor: 1, accel: 'kvm', load: 0 };

export class AgentClient {
  /** Every AgentService method, with deadlines and husk errors. */
  readonly calls: AgentCalls;
  /** Settles, with the verdict, the first time the agent is judged hung or dead (see liveness.ts). */
  readonly unresponsive: Promise<Error>;
  private readonly liveness: Liveness;

  private constructor(
    private readonly client: Client,
    private readonly pace: () => Pace,
    private readonly budgets: Record<keyof typeof BUDGET_MS, number>,
    heartbeatMs: number | undefined,
  ) {
    const raw = serviceClient(AgentService, client);
    const health = serviceClient(HealthService, client);
    let judged!: (err: Error) => void;
    this.unresponsive = new Promise((r) => (judged = r));
    this.liveness = new Liveness({
      onUnresponsive: (err) => judged(err),
      lastHeard: () => client.lastFrameAt,
      ping: (timeoutMs) => health.Check({ service: '' }, { timeoutMs }),
      heartbeatMs,
      silenceLimitMs: () => this.budgets.silence * this.pace().factor,
      describeLimit: () => `at pace ${describePace(this.pace())}`,
    });
    this.calls = Object.fromEntries(
      Object.entries(raw).map(([name, fn]) => [name, (req: unknown, opts?: { signal?: AbortSignal }) => this.invoke(name as Method, fn as (r: unknown, o: object) => Promise<unknown>, req, opts?.signal)]),
    ) as unknown as AgentCalls;
  }

  /**
   * Connects to the agent's channel (a unix socket: QEMU's end of the serial port) and waits
   * until the agent answers a health check, which is when the guest has booted.
   */
  static async connect(socketPath: string, options: AgentClientOptions = {}): Promise<AgentClient> {
    const pace = options.pace ?? (() => IDLE_KVM);
    const budgets = { ...BUDGET_MS, ...options.budgets };
    const p = pace();
    const readyMs = budgets.ready * p.factor;
    const client = await Client.connect(socketPath).catch((err: Error) => {
      throw new HuskError(GrpcCode.Unavailable, `cannot connect to the agent channel ${socketPath}: ${err.message}`, { cause: err });
    });
    try {
      const health = serviceClient(HealthService, client);
      // Bytes sent before the guest opens its port wait in QEMU, so one call is enough.
      await health.Check({ service: '' }, { timeoutMs: readyMs, signal: options.signal });
    } catch (err) {
      client.close();
      throw translate('Check', err, readyMs, p, 'the agent did not come up');
    }
    return new AgentClient(client, pace, budgets, options.heartbeatMs);
  }

  get closed(): boolean {
    return this.client.closed;
  }

  /** Settles when the connection to the agent is gone. */
  get done(): Promise<void> {
    return this.client.done;
  }

  close(): void {
    this.client.close();
  }

  /**
   * husk's Session.Release (api/husk/agent/v1): the agent ends the waits it holds for this
   * host without taking anything. Answers how many it ended; -1 from an agent older than it.
   */
  async releaseSession(): Promise<number> {
    const pace = this.pace();
    const timeoutMs = this.budgets.relay * pace.factor;
    try {
      return (await serviceClient(SessionService, this.client).Release({}, { timeoutMs })).woken;
    } catch (err) {
      if (err instanceof TtrpcError && err.code === Code.Unimplemented) return -1;
      throw translate('Release', err, timeoutMs, pace);
    }
  }

  private async invoke(method: Method, fn: (r: unknown, o: object) => Promise<unknown>, req: unknown, signal?: AbortSignal): Promise<unknown> {
    if (LONG_POLL.has(method)) {
      try {
        return await fn(req, { signal });
      } catch (err) {
        throw translate(method, err);
      }
    }
    const pace = this.pace();
    const timeoutMs = (WORK.has(method) ? this.budgets.work : this.budgets.relay) * pace.factor + extraMs(method, req);
    try {
      return await this.liveness.guard(method, (s) => fn(req, { timeoutMs, signal: s }), signal);
    } catch (err) {
      throw translate(method, err, timeoutMs, pace);
    }
  }
}

/** RemoveContainer waits in the guest up to its own `timeout` (seconds) for the processes to go. */
function extraMs(method: Method, req: unknown): number {
  return method === 'RemoveContainer' ? Number((req as { timeout?: number }).timeout ?? 0) * 1000 : 0;
}

/** ttrpc errors become husk errors naming the call; the agent's own codes pass through. */
function translate(method: string, err: unknown, timeoutMs?: number, pace?: Pace, what = `the agent did not answer ${method}`): Error {
  if (!(err instanceof TtrpcError)) return err as Error;
  if (err.code === Code.DeadlineExceeded && timeoutMs !== undefined) {
    const how = pace ? ` (its budget at pace ${describePace(pace)})` : '';
    return new HuskError(GrpcCode.DeadlineExceeded, `${what} within ${seconds(timeoutMs)} s${how}`, { cause: err });
  }
  if (err.code === Code.Unavailable) return new HuskError(GrpcCode.Unavailable, `agent connection lost during ${method}`, { cause: err });
  return new HuskError(err.code as GrpcCode, `agent ${method}: ${err.message}`, { cause: err });
}
