/** What CreateSandbox takes from CRI's PodSandboxConfig to size the pod's VM. */
import { runtime } from '../../../api/gen/containerd.js';
import { podResources } from '../../../src/shim/sandbox-service.js';
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
