/**
 * Task.Pids and Kill with `all` over the hypervisor double and the scripted agent: the
 * guest's process list as containerd's runc shim answers it (an exec's process carries a
 * containerd.runc.v1.ProcessDetails), and a kill of every process reaching the agent as such.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { containerd } from '../../../api/gen/containerd.js';
import { FakeVmFactory } from '../../../src/hypervisor/fake.js';
import { Pod } from '../../../src/shim/pod.js';
import { TaskService } from '../../../src/shim/task-service.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';

let root: string;
let agent: ScriptedAgent;
let tasks: TaskService;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-taskpids-'));
  agent = new ScriptedAgent();
  const log = pino({ level: 'silent' });
  const image = { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' };
  const pod = new Pod({ base: { id: 'pod1', stateRoot: path.join(root, 'state'), image, memoryMiB: 512, vcpus: 1 }, deps: { vms: new FakeVmFactory(), connectAgent: async () => agent, log } });
  tasks = new TaskService({ namespace: 'default', pod, events: { publish: () => undefined }, log, onShutdown: () => undefined });
  const bundle = path.join(root, 'bundle');
  fs.mkdirSync(path.join(bundle, 'rootfs'), { recursive: true });
  fs.writeFileSync(path.join(bundle, 'config.json'), JSON.stringify({ process: { args: ['sh'], cwd: '/' }, root: { path: 'rootfs' } }));
  await tasks.create(req({ id: 'c1', bundle, rootfs: [], stdin: '', stdout: '', stderr: '', terminal: false }));
});

afterEach(async () => {
  await tasks.destroy();
  expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
  fs.rmSync(root, { recursive: true, force: true });
});

const req = (r: object) => r as never;

async function startExec(execId: string): Promise<void> {
  const spec = { value: Buffer.from(JSON.stringify({ args: ['sleep', '30'], cwd: '/' })) };
  await tasks.exec(req({ id: 'c1', exec_id: execId, spec, stdin: '', stdout: '', stderr: '', terminal: false }));
  await tasks.start(req({ id: 'c1', exec_id: execId }));
}

test('Pids answers nothing before Start, then the guest pids, an exec with its exec id', async () => {
  agent.guestProcesses.set('c1', [{ pid: 1 }, { pid: 7 }]);
  expect(await tasks.pids(req({ id: 'c1' }))).toEqual({ processes: [] });
  await tasks.start(req({ id: 'c1' }));
  await startExec('e1');
  agent.guestProcesses.set('c1', [{ pid: 1 }, { pid: 7, execId: 'e1' }, { pid: 9 }]);
  // Through the wire message, as containerd gets it.
  const PidsResponse = containerd.task.v3.PidsResponse;
  const { processes } = PidsResponse.decode(PidsResponse.encode(await tasks.pids(req({ id: 'c1' }))).finish());
  expect(processes.map((p) => p.pid)).toEqual([1, 7, 9]);
  expect(processes.map((p) => p.info?.type_url)).toEqual([undefined, 'containerd.runc.v1.ProcessDetails', undefined]);
  expect(containerd.runc.v1.ProcessDetails.decode(processes[1]!.info!.value!).exec_id).toBe('e1');
});

test("Kill with all signals every process of the container; an exec's kill ignores it, as runc's shim does", async () => {
  await tasks.start(req({ id: 'c1' }));
  await startExec('e1');
  await tasks.kill(req({ id: 'c1', exec_id: 'e1', signal: 15, all: true }));
  await tasks.kill(req({ id: 'c1', signal: 9, all: true }));
  expect(agent.calls.filter((c) => c.startsWith('signal'))).toEqual(['signal c1 e1 15', 'signalAll c1 9']);
  expect(await tasks.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 137 });
});
