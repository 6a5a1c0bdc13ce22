/**
 * husk's pod service over the hypervisor double and the scripted agent: wire to model and
 * back, the pod named in every request, and bad input answered with the right code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { GrpcCode } from '../../../src/errors.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { Pod } from '../../../src/shim/pod.js';
import { PodService } from '../../../src/shim/pod-service.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';

const log = pino({ level: 'silent' });
let root: string;
beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-podsvc-'))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function service(room = true) {
  const vms = new FakeVmFactory();
  const agent = new ScriptedAgent();
  const pod = new Pod({
    base: { id: 'pod1', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 512, vcpus: 1, ...(room ? { hotplug: { maxVcpus: 2, maxMemoryMiB: 1024, ports: 1 } } : {}) },
    deps: { vms, connectAgent: async () => agent, log },
  });
  const svc = new PodService({ pod, log });
  return { svc, pod, agent, vms };
}
const refused = (p: Promise<unknown>, code: GrpcCode, text?: string) => expect(p).rejects.toMatchObject({ grpcCode: code, ...(text ? { message: expect.stringContaining(text) } : {}) });

it('answers for its own pod only, and NotFound before the pod started', async () => {
  const { svc, pod } = await service();
  await refused(svc.status({ sandbox_id: 'pod1' } as never), GrpcCode.NotFound, 'has not started');
  await pod.ensure();
  await refused(svc.status({ sandbox_id: 'pod2' } as never), GrpcCode.NotFound, 'this shim serves pod1');
  await refused(svc.status({ sandbox_id: '../x' } as never), GrpcCode.InvalidArgument);
  await pod.destroy();
});

it('adds and removes a device, resizes, and reports it all in Status', async () => {
  const { svc, pod, vms } = await service();
  await pod.ensure();
  expect(await svc.addDevice({ sandbox_id: 'pod1', device: { id: 'data', host_path: '/dev/loop9', read_only: true } } as never)).toEqual({ id: 'data', host_path: '/dev/loop9', read_only: true });
  await refused(svc.addDevice({ sandbox_id: 'pod1', device: { id: 'more', host_path: '/dev/loop8' } } as never), GrpcCode.ResourceExhausted);
  await refused(svc.addDevice({ sandbox_id: 'pod1', device: { id: 'x' } } as never), GrpcCode.InvalidArgument, 'host_path');
  expect(await svc.resize({ sandbox_id: 'pod1', size: { vcpus: 2, memory_mib: 700 } } as never)).toEqual({ vcpus: 2, memory_mib: 768 });
  await refused(svc.resize({ sandbox_id: 'pod1', size: { vcpus: 3, memory_mib: 700 } } as never), GrpcCode.OutOfRange, 'at most 2');
  await refused(svc.resize({ sandbox_id: 'pod1', size: { vcpus: 2 } } as never), GrpcCode.InvalidArgument);
  const status = await svc.status({ sandbox_id: 'pod1' } as never);
  expect(status).toMatchObject({ state: 'running', pid: (vms.vms[0] as FakeVm).pid, size: { vcpus: 2, memory_mib: 768 }, room: { max_vcpus: 2, max_memory_mib: 1024, ports: 1 }, devices: [{ id: 'data', host_path: '/dev/loop9', read_only: true }] });
  await svc.removeDevice({ sandbox_id: 'pod1', id: 'data' } as never);
  expect(await svc.listDevices({ sandbox_id: 'pod1' } as never)).toEqual({ devices: [] });
  await refused(svc.removeDevice({ sandbox_id: 'pod1', id: 'data' } as never), GrpcCode.NotFound);
  await pod.destroy();
});

it("reports the guest's interfaces and routes, and checks the routes it is given", async () => {
  const { svc, pod, agent } = await service();
  await pod.ensure();
  agent.guestInterfaces = [{ name: 'eth0', hwAddr: '02:00:00:00:00:01', mtu: 1500, addresses: [{ family: 'v4', address: '10.1.0.2', prefixLength: 24 }] }];
  expect(await svc.listInterfaces({ sandbox_id: 'pod1' } as never)).toEqual({ interfaces: [{ name: 'eth0', mac: '02:00:00:00:00:01', mtu: 1500, addresses: [{ family: 'v4', address: '10.1.0.2', prefix_length: 24 }] }] });
  await svc.updateRoutes({ sandbox_id: 'pod1', routes: [{ dest: '10.2.0.0/16', device: 'eth0' }] } as never);
  expect(agent.calls).toContain('updateRoutes 1');
  await refused(svc.updateRoutes({ sandbox_id: 'pod1', routes: [{ family: 'v5', dest: '', device: 'eth0' }] } as never), GrpcCode.InvalidArgument, 'v4 or v6');
  await refused(svc.updateRoutes({ sandbox_id: 'pod1', routes: [{ dest: '10.0.0.0/8' }] } as never), GrpcCode.InvalidArgument, 'device or a gateway');
  // No network namespace: nowhere to take an interface from.
  await refused(svc.addInterface({ sandbox_id: 'pod1', name: 'net1' } as never), GrpcCode.FailedPrecondition, 'no network namespace');
  await refused(svc.addInterface({ sandbox_id: 'pod1', name: 'bad name' } as never), GrpcCode.InvalidArgument);
  await refused(svc.removeInterface({ sandbox_id: 'pod1', name: 'eth0' } as never), GrpcCode.NotFound, 'started with stay');
  await pod.destroy();
});

it('refuses live changes to a VM without room: FailedPrecondition', async () => {
  const { svc, pod } = await service(false);
  await pod.ensure();
  await refused(svc.addDevice({ sandbox_id: 'pod1', device: { id: 'data', host_path: '/dev/loop9' } } as never), GrpcCode.FailedPrecondition, 'without room');
  await refused(svc.resize({ sandbox_id: 'pod1', size: { vcpus: 1, memory_mib: 512 } } as never), GrpcCode.FailedPrecondition, 'without room');
  await pod.destroy();
});
