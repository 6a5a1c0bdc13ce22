/**
 * The agent client's deadlines over a real ttrpc connection to a stand-in agent whose calls
 * take as long as the test says: budgets scale with the host's pace, a slow agent that keeps
 * answering heartbeats is waited for, and a silent one fails its calls with a clear error.
 * Budgets are shortened to keep the test quick; the margins are many times the delays.
 */
import { AgentClient } from '../../../src/agent/client.js';
import { AgentService, HealthService } from '../../../src/api/agent.js';
import { GrpcCode } from '../../../src/errors.js';
import type { Pace } from '../../../src/host/pace.js';
import { Server, type ServiceImplementation } from '../../../src/ttrpc/index.js';
import { sleep, tempSocket } from '../ttrpc/helpers.js';

interface Behaviour {
  /** How long StartContainer takes; Infinity: never answers. */
  startMs: number;
  /** Whether health checks are answered. */
  healthy: boolean;
  checks: number;
}

let server: Server;
let sock: ReturnType<typeof tempSocket>;
let agent: Behaviour;
let client: AgentClient | undefined;

const forever = () => new Promise<never>(() => undefined);

beforeEach(async () => {
  sock = tempSocket('agent.sock');
  agent = { startMs: 0, healthy: true, checks: 0 };
  let first = true;
  server = new Server()
    .register(AgentService, {
      StartContainer: async () => {
        if (agent.startMs === Infinity) return forever();
        await sleep(agent.startMs);
        return {};
      },
    } as Partial<ServiceImplementation<typeof AgentService>> as ServiceImplementation<typeof AgentService>)
    .register(HealthService, {
      Check: () => {
        // The first check is connect()'s readiness probe: always answered.
        if (!first) agent.checks++;
        const answer = first || agent.healthy;
        first = false;
        return answer ? { status: 1 } : forever();
      },
      Version: () => ({ grpc_version: '0', agent_version: 'test' }),
    });
  await server.listen(sock.path);
});

afterEach(async () => {
  client?.close();
  client = undefined;
  await server.shutdown().catch(() => undefined);
  sock.cleanup();
});

const pace = (factor: number): (() => Pace) => () => ({ factor, accel: 'tcg', load: 0 });

describe('AgentClient deadlines', () => {
  it("scales a call's budget with the host's pace", async () => {
    agent.startMs = 600;
    const fast = await AgentClient.connect(sock.path, { pace: pace(1), budgets: { work: 100, silence: 60_000 }, heartbeatMs: 50 });
    await expect(fast.calls.StartContainer({ container_id: 'c' })).rejects.toMatchObject({
      grpcCode: GrpcCode.DeadlineExceeded,
      message: expect.stringMatching(/did not answer StartContainer within 0\.1 s \(its budget at pace 1\.0 \(tcg, load 0\.0 per core\)\)/),
    });
    fast.close();
    client = await AgentClient.connect(sock.path, { pace: pace(50), budgets: { work: 100, silence: 60_000 }, heartbeatMs: 50 });
    await expect(client.calls.StartContainer({ container_id: 'c' })).resolves.toEqual({});
  });

  it('waits for a slow agent that answers heartbeats, well past the silence limit', async () => {
    agent.startMs = 1500;
    client = await AgentClient.connect(sock.path, { pace: pace(1), budgets: { work: 60_000, silence: 300 }, heartbeatMs: 50 });
    await expect(client.calls.StartContainer({ container_id: 'c' })).resolves.toEqual({});
    expect(agent.checks).toBeGreaterThan(0);
  });

  it('fails the calls of an agent that has gone silent, naming the call and the limit', async () => {
    agent.startMs = Infinity;
    client = await AgentClient.connect(sock.path, { pace: pace(2), budgets: { work: 600_000, silence: 200 }, heartbeatMs: 50 });
    agent.healthy = false;
    await expect(client.calls.StartContainer({ container_id: 'c' })).rejects.toMatchObject({
      grpcCode: GrpcCode.DeadlineExceeded,
      message: expect.stringMatching(/did not answer StartContainer: it has sent nothing for [\d.]+ s, not even an answer to a heartbeat \(limit 0\.4 s at pace 2\.0 \(tcg, .*\); the guest is hung or dead/),
    });
    // The connection stays: the same agent answering again serves the next call.
    agent.healthy = true;
    agent.startMs = 0;
    await expect(client.calls.StartContainer({ container_id: 'c' })).resolves.toEqual({});
  });

  it('sends no heartbeat while no call is outstanding', async () => {
    client = await AgentClient.connect(sock.path, { pace: pace(1), budgets: { silence: 300 }, heartbeatMs: 20 });
    await sleep(300);
    expect(agent.checks).toBe(0);
  });

  it("counts silence from the call's start, not from the agent's last answer long ago", async () => {
    client = await AgentClient.connect(sock.path, { pace: pace(1), budgets: { work: 60_000, silence: 400 }, heartbeatMs: 50 });
    await sleep(600); // quiet, but nobody was waiting for it
    agent.startMs = 100;
    await expect(client.calls.StartContainer({ container_id: 'c' })).resolves.toEqual({});
  });
});
