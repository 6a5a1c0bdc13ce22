import { GrpcCode } from '../../../src/errors.js';
import { fitRoom, mayUseTemplate, TEMPLATE_ANNOTATION, vmSize } from '../../../src/sandbox/vm-size.js';
import { limitsOf, PodResources } from '../../../src/sandbox/pod-resources.js';

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

describe('fitRoom', () => {
  it('never goes below the boot size, keeps memory in whole blocks, and is none with nothing to grow into', () => {
    expect(fitRoom({ maxVcpus: 4, maxMemoryMiB: 2000, ports: 2 }, { vcpus: 1, memoryMiB: 512 })).toEqual({ maxVcpus: 4, maxMemoryMiB: 512 + 11 * 128, ports: 2 });
    expect(fitRoom({ maxVcpus: 2, maxMemoryMiB: 1024, ports: 1 }, { vcpus: 4, memoryMiB: 4096 })).toEqual({ maxVcpus: 4, maxMemoryMiB: 4096, ports: 1 });
    expect(fitRoom({ maxVcpus: 1, maxMemoryMiB: 512, ports: 0 }, { vcpus: 1, memoryMiB: 512 })).toBeUndefined();
    expect(fitRoom(undefined, { vcpus: 1, memoryMiB: 512 })).toBeUndefined();
  });
});

describe('PodResources', () => {
  it("adds containers' limits to the base, never below the boot size; a fraction of a CPU is a vCPU", () => {
    const r = new PodResources({ vcpus: 1, memoryMiB: 512 }, { vcpus: 1, memoryMiB: 1024 });
    expect(r.wanted()).toEqual({ vcpus: 1, memoryMiB: 1024 });
    r.set('a', limitsOf({ memory: { limit: 768 * 2 ** 20 }, cpu: { quota: 50000, period: 100000 } }));
    expect(r.wanted()).toEqual({ vcpus: 2, memoryMiB: 1280 });
    expect(r.wanted({ id: 'a', limits: limitsOf({ memory: { limit: -1 } }) })).toEqual({ vcpus: 1, memoryMiB: 1024 });
    r.set('b', limitsOf({ cpu: { quota: 50000, period: 100000 } }));
    expect(r.wanted().vcpus).toBe(2);
    r.delete('a');
    expect(r.wanted()).toEqual({ vcpus: 2, memoryMiB: 1024 });
    expect(limitsOf(undefined)).toEqual({ memoryMiB: 0, cpus: 0 });
  });
});
