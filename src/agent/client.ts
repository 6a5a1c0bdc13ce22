/**
 * The host's side of the guest agent: typed AgentService calls over one ttrpc connection,
 * each with a deadline, and errors that say which call the agent failed to answer.
 * Calls that wait for the guest by design (output reads, process waits, OOM events) carry
 * no deadline; they end with the connection or with the caller's AbortSignal.
 */
import { Client, Code, serviceClient, TtrpcError, type ServiceClient } from '../ttrpc/index.js';
import { AgentService, HealthService } from '../api/agent.js';
import { GrpcCode, HuskError } from '../errors.js';

export type AgentCalls = ServiceClient<typeof AgentService>;
type Method = keyof AgentCalls;

/** Methods that legitimately block until something happens in the guest. */
const LONG_POLL = new Set<Method>(['ReadStdout', 'ReadStderr', 'WaitProcess', 'GetOOMEvent']);

export interface AgentClientOptions {
  /** Deadline for ordinary calls (default 30 s). */
  callTimeoutMs?: number;
  /** How long to wait for the agent's first answer after connecting (default 60 s: TCG boots). */
  readyTimeoutMs?: number;
  signal?: AbortSignal;
}

export class AgentClient {
  /** Every AgentService method, with deadlines and husk errors. */
  readonly calls: AgentCalls;

  private constructor(
    private readonly client: Client,
    private readonly callTimeoutMs: number,
  ) {
    const raw = serviceClient(AgentService, client);
    this.calls = Object.fromEntries(
      Object.entries(raw).map(([name, fn]) => [name, (req: unknown, opts?: { signal?: AbortSignal }) => this.invoke(name as Method, fn as (r: unknown, o: object) => Promise<unknown>, req, opts?.signal)]),
    ) as unknown as AgentCalls;
  }

  /**
   * Connects to the agent's channel (a unix socket: QEMU's end of the serial port) and waits
   * until the agent answers a health check, which is when the guest has booted.
   */
  static async connect(socketPath: string, options: AgentClientOptions = {}): Promise<AgentClient> {
    const readyMs = options.readyTimeoutMs ?? 60_000;
    const client = await Client.connect(socketPath).catch((err: Error) => {
      throw new HuskError(GrpcCode.Unavailable, `cannot connect to the agent channel ${socketPath}: ${err.message}`, { cause: err });
    });
    try {
      const health = serviceClient(HealthService, client);
      // Bytes sent before the guest opens its port wait in QEMU, so one call is enough.
      await health.Check({ service: '' }, { timeoutMs: readyMs, signal: options.signal });
    } catch (err) {
      client.close();
      throw translate('Check', err, readyMs, 'the agent did not come up');
    }
    return new AgentClient(client, options.callTimeoutMs ?? 30_000);
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

  private async invoke(method: Method, fn: (r: unknown, o: object) => Promise<unknown>, req: unknown, signal?: AbortSignal): Promise<unknown> {
    const timeoutMs = LONG_POLL.has(method) ? undefined : this.callTimeoutMs;
    try {
      return await fn(req, { timeoutMs, signal });
    } catch (err) {
      throw translate(method, err, timeoutMs);
    }
  }
}

/** ttrpc errors become husk errors naming the call; the agent's own codes pass through. */
function translate(method: string, err: unknown, timeoutMs?: number, what = `the agent did not answer ${method}`): Error {
  if (!(err instanceof TtrpcError)) return err as Error;
  if (err.code === Code.DeadlineExceeded && timeoutMs !== undefined) {
    return new HuskError(GrpcCode.DeadlineExceeded, `${what} within ${timeoutMs / 1000} s`, { cause: err });
  }
  if (err.code === Code.Unavailable) return new HuskError(GrpcCode.Unavailable, `agent connection lost during ${method}`, { cause: err });
  return new HuskError(err.code as GrpcCode, `agent ${method}: ${err.message}`, { cause: err });
}
