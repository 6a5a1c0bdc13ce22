/** What CreateSandbox takes from CRI's PodSandboxConfig to size the pod's VM. */
import { runtime } from '../../../api/gen/containerd.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { GrpcCode } from '../../../src/errors.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { Pod } from '../../../src/shim/pod.js';
import { podResources, SandboxService } from '../../../src/shim/sandbox-service.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';
import { vmSize } from '../../../src/sandbox/vm-size.js';

it("sizes a shim-mode pod's VM from PodSandboxConfig.linux.resources as CRI's annotations do in podsandbox mode", () => {
  const wire = runtime.v1.PodSandboxConfig.encode({
    linux: { resources: { memory_limit_in_bytes: 3 * 1024 ** 3, cpu_quota: 200000, cpu_period: 100000 } },
  }).finish();
  const annotations = podResources(runtime.v1.PodSandboxConfig.decode(wire));
  expect(annotations).toEqual({
    'io.kubernetes.cri.sandbox-memory': String(3 * 1024 ** 3),
    'io.kubernetes.cri.sandbox-cpu-quota': '200000',
    'io.kubernetes.cri.sandbox-cpu-period': '100000',
  });
  expect(vmSize({ memoryMiB: 512, vcpus: 1 }, annotations, 8)).toEqual({ memoryMiB: 512 + 3072, vcpus: 3 });
  // no quota (-1) and no limit: the defaults
  const unlimited = podResources(runtime.v1.PodSandboxConfig.decode(runtime.v1.PodSandboxConfig.encode({ linux: { resources: { cpu_quota: -1 } } }).finish()));
  expect(vmSize({ memoryMiB: 512, vcpus: 1 }, unlimited, 8)).toEqual({ memoryMiB: 512, vcpus: 1 });
  expect(podResources({})).toEqual({});
});

describe('UpdateSandbox', () => {
  const log = pino({ level: 'silent' });
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-sbsvc-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  async function service() {
    const vms = new FakeVmFactory();
    const pod = new Pod({
      base: { id: 'pod1', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 512, vcpus: 1, hotplug: { maxVcpus: 2, maxMemoryMiB: 2048, ports: 0 } },
      deps: { vms, connectAgent: async () => new ScriptedAgent(), log },
    });
    const svc = new SandboxService({ pod, log, onShutdown: async () => undefined });
    await svc.create({ sandbox_id: 'pod1', bundle_path: root } as never);
    await svc.start({ sandbox_id: 'pod1' } as never);
    return { svc, pod, hp: (vms.vms[0] as FakeVm).hotplug! };
  }
  const specAny = (spec: object) => ({ type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Spec', value: Buffer.from(JSON.stringify(spec)) });

  it("grows the VM to what the sandbox's spec says, and changes nothing for an update without sizes", async () => {
    const { svc, pod, hp } = await service();
    await svc.update({ sandbox_id: 'pod1', sandbox: { labels: { a: 'b' } }, fields: ['labels'] } as never);
    expect(hp.calls).toEqual([]);
    await svc.update({ sandbox_id: 'pod1', sandbox: { spec: specAny({ linux: { resources: { memory: { limit: 2 ** 30 }, cpu: { quota: 100000, period: 100000 } } } }) }, fields: [] } as never);
    expect(await hp.size()).toEqual({ vcpus: 2, memoryMiB: 1536 });
    await svc.update({ sandbox_id: 'pod1', annotations: { 'io.husk.vm.memory-mib': '640' } } as never);
    expect(await hp.size()).toEqual({ vcpus: 2, memoryMiB: 640 });
    await pod.destroy();
  });

  it('answers bad input with InvalidArgument and a size past the room with OutOfRange', async () => {
    const { svc, pod, hp } = await service();
    await expect(svc.update({ sandbox_id: 'pod1', sandbox: { spec: { type_url: 'x', value: Buffer.from('{nope') } } } as never)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(svc.update({ sandbox_id: 'pod1', annotations: { 'io.husk.vm.memory-mib': 'lots' } } as never)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(svc.update({ sandbox_id: 'pod1', annotations: { 'io.husk.vm.memory-mib': '4096' } } as never)).rejects.toMatchObject({ grpcCode: GrpcCode.OutOfRange });
    await expect(svc.update({ sandbox_id: 'other', annotations: {} } as never)).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    expect(hp.calls).toEqual([]);
    await pod.destroy();
  });
});
