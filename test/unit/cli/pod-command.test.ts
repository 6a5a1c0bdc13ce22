/**
 * `husk pod` against husk's pod service served over ttrpc in this process, on the hypervisor
 * double and the scripted agent: the verbs reach the right method with the right fields, the
 * answer prints as JSON, a refusal exits 1 with its gRPC code, bad usage exits 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { podCommand } from '../../../src/cli/pod-command.js';
import { PodV1 } from '../../../src/api/pod.js';
import { FakeVmFactory } from '../../../src/hypervisor/fake.js';
import { Pod } from '../../../src/shim/pod.js';
import { PodService, podServiceImpl } from '../../../src/shim/pod-service.js';
import { Server } from '../../../src/ttrpc/index.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';
import { tempSocket } from '../ttrpc/helpers.js';
import { runCommand } from './helpers.js';

const log = pino({ level: 'silent' });
const run = (...argv: string[]) => runCommand(podCommand, argv);

describe('husk pod', () => {
  let root: string;
  let sock: ReturnType<typeof tempSocket>;
  let server: Server;
  let pod: Pod;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-podcmd-'));
    pod = new Pod({
      base: { id: 'pod1', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 512, vcpus: 1, hotplug: { maxVcpus: 2, maxMemoryMiB: 1024, ports: 1 } },
      deps: { vms: new FakeVmFactory(), connectAgent: async () => new ScriptedAgent(), log },
    });
    await pod.ensure();
    sock = tempSocket();
    server = new Server().register(PodV1, podServiceImpl(new PodService({ pod, log })));
    await server.listen(sock.path);
  });

  afterAll(async () => {
    await server.shutdown();
    await pod.destroy();
    sock.cleanup();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('resizes, attaches a device and reports them in status', async () => {
    const at = ['--address', `unix://${sock.path}`, '--sandbox', 'pod1'];
    expect(JSON.parse((await run('resize', ...at, '--vcpus', '2', '--memory', '640')).out)).toEqual({ vcpus: 2, memory_mib: 640 });
    expect(JSON.parse((await run('add-device', ...at, '--device', 'data', '--path', '/dev/loop7', '--read-only')).out)).toEqual({ id: 'data', host_path: '/dev/loop7', read_only: true });
    const status = JSON.parse((await run('status', ...at)).out);
    expect(status).toMatchObject({ sandbox_id: 'pod1', state: 'running', size: { vcpus: 2, memory_mib: 640 }, devices: [{ id: 'data' }] });
  });

  it('exits 1 with the gRPC code of a refusal', async () => {
    const r = await run('resize', '--address', sock.path, '--sandbox', 'pod1', '--vcpus', '3', '--memory', '512');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^husk pod resize: OutOfRange: 3 vCPUs: .*at most 2/);
    const other = await run('status', '--address', sock.path, '--sandbox', 'pod2');
    expect(other.err).toMatch(/NotFound: sandbox pod2 not found/);
  });

  it.each([
    [['status'], '--id is required'],
    [['explode', '--id', 'x'], 'no verb "explode"'],
    [['resize', '--address', '/x', '--sandbox', 'p', '--vcpus', 'two', '--memory', '1'], '--vcpus is a positive whole number'],
    [['add-device', '--address', '/x', '--sandbox', 'p', '--device', 'd'], '--path is required'],
    [['update-routes', '--address', '/x', '--sandbox', 'p', '--routes', '[nope'], '--routes is not JSON'],
    [['status', '--id', 'nope', '--state', '/nonexistent'], 'no running husk shim announced for nope'],
    [['status', '--id', '../x'], 'is not a containerd id'],
  ])('refuses %j with usage (exit 2)', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
