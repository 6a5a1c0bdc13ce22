import { GrpcCode } from '../../../src/errors.js';
import { mayUseTemplate, TEMPLATE_ANNOTATION, vmSize } from '../../../src/sandbox/vm-size.js';

const defaults = { memoryMiB: 512, vcpus: 1 };

describe('vmSize', () => {
  it('takes husk annotations first, then Kata ones, else the defaults', () => {
    expect(vmSize(defaults, {}, 4)).toEqual(defaults);
    expect(vmSize(defaults, { 'io.katacontainers.config.hypervisor.default_memory': '1024', 'io.katacontainers.config.hypervisor.default_vcpus': '2' }, 4)).toEqual({ memoryMiB: 1024, vcpus: 2 });
    expect(vmSize(defaults, { 'io.husk.vm.memory-mib': '256', 'io.katacontainers.config.hypervisor.default_memory': '1024' }, 4)).toEqual({ memoryMiB: 256, vcpus: 1 });
  });

  it("adds the pod's CRI resources to the defaults, within the host's CPUs", () => {
    const gib2 = String(2 * 1024 ** 3);
    expect(vmSize(defaults, { 'io.kubernetes.cri.sandbox-memory': gib2 }, 4)).toEqual({ memoryMiB: 512 + 2048, vcpus: 1 });
    // 1.5 CPUs of quota → 2 more vCPUs
    expect(vmSize(defaults, { 'io.kubernetes.cri.sandbox-cpu-quota': '150000', 'io.kubernetes.cri.sandbox-cpu-period': '100000' }, 4)).toEqual({ memoryMiB: 512, vcpus: 3 });
    expect(vmSize(defaults, { 'io.kubernetes.cri.sandbox-cpu-quota': '800000', 'io.kubernetes.cri.sandbox-cpu-period': '100000' }, 4)).toEqual({ memoryMiB: 512, vcpus: 4 });
    expect(vmSize(defaults, { 'io.kubernetes.cri.sandbox-cpu-quota': '-1', 'io.kubernetes.cri.sandbox-cpu-period': '100000', 'io.kubernetes.cri.sandbox-memory': '0' }, 4)).toEqual(defaults);
    // an explicit size wins
    expect(vmSize(defaults, { 'io.husk.vm.memory-mib': '256', 'io.kubernetes.cri.sandbox-memory': gib2 }, 4)).toEqual({ memoryMiB: 256, vcpus: 1 });
  });

  it.each([
    [{ 'io.kubernetes.cri.sandbox-memory': 'lots' }, 'want a non-negative integer'],
    [{ 'io.husk.vm.memory-mib': '64' }, 'from 128 to 65536'],
    [{ 'io.husk.vm.memory-mib': '1e3' }, 'want an integer'],
    [{ 'io.husk.vm.memory-mib': '-512' }, 'want an integer'],
    [{ 'io.husk.vm.vcpus': '5' }, 'from 1 to 4'],
    [{ 'io.husk.vm.vcpus': '0' }, 'from 1 to 4'],
  ])('refuses %j', (annotations, message) => {
    expect(() => vmSize(defaults, annotations, 4)).toThrow(expect.objectContaining({ grpcCode: GrpcCode.InvalidArgument, message: expect.stringContaining(message) }));
  });
});

describe('mayUseTemplate', () => {
  it('is yes unless the pod says false, and refuses anything else', () => {
    expect(mayUseTemplate()).toBe(true);
    expect(mayUseTemplate({ [TEMPLATE_ANNOTATION]: 'true' })).toBe(true);
    for (const v of ['false', 'FALSE', '0', 'no', 'off']) expect(mayUseTemplate({ [TEMPLATE_ANNOTATION]: v })).toBe(false);
    expect(() => mayUseTemplate({ [TEMPLATE_ANNOTATION]: 'maybe' })).toThrow(expect.objectContaining({ grpcCode: GrpcCode.InvalidArgument }));
  });
});
