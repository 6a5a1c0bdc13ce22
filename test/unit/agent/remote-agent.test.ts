/**
 * The host's RemoteAgent against the guest's AgentService over a real ttrpc connection, with a
 * stand-in guest model: how signals and process lists cross the wire in Kata's messages.
 */
import { AgentClient } from '../../../src/agent/client.js';
import { RemoteAgent } from '../../../src/agent/remote-agent.js';
import { AgentService, HealthService } from '../../../src/api/agent.js';
import { GrpcCode } from '../../../src/errors.js';
import type { Agent } from '../../../src/guest/agent.js';
import { agentService, healthService } from '../../../src/guest/agent-service.js';
import { Server } from '../../../src/ttrpc/index.js';
import { tempSocket } from '../ttrpc/helpers.js';

let server: Server;
let sock: ReturnType<typeof tempSocket>;
let client: AgentClient;
let remote: RemoteAgent;
/** What reached the guest model. */
let signals: string[];

beforeEach(async () => {
  sock = tempSocket('agent.sock');
  signals = [];
  const guest = {
    signalProcess: async (id: string, execId: string, signal: number) => void signals.push(`${id}/${execId}/${signal}`),
    listProcesses: async () => [{ pid: 7 }, { pid: 9, execId: 'e1' }],
  } as Partial<Agent> as Agent;
  server = new Server().register(AgentService, agentService(guest, () => undefined)).register(HealthService, healthService());
  await server.listen(sock.path);
  client = await AgentClient.connect(sock.path);
  remote = new RemoteAgent(client);
});

afterEach(async () => {
  client.close();
  await server.shutdown().catch(() => undefined);
  sock.cleanup();
});

test("a signal for the init names the container; one for every process names no exec (Kata's)", async () => {
  await remote.signal('c1', '', 15);
  await remote.signal('c1', 'e1', 15);
  await remote.signalAll('c1', 9);
  expect(signals).toEqual(['c1/c1/15', 'c1/e1/15', 'c1//9']);
});

test("lists a container's processes with their exec ids; Kata's own format answers bare pids", async () => {
  expect(await remote.processes('c1')).toEqual([{ pid: 7 }, { pid: 9, execId: 'e1' }]);
  const kata = await client.calls.ListProcesses({ container_id: 'c1', format: 'json' });
  expect(JSON.parse(Buffer.from(kata.process_list).toString())).toEqual([7, 9]);
  await expect(client.calls.ListProcesses({ container_id: 'c1', format: 'table' })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
});
