/** The host's OCI spec as the guest runs it: the pod's namespaces are the VM's own. */
import { GrpcCode } from '../../../src/errors.js';
import { guestOciVersion, guestSpec, vmSysctls } from '../../../src/guest/guest-spec.js';

const spec = {
  root: { path: '/run/husk/shared/c1/rootfs' },
  process: { args: ['sh'] },
  hostname: 'pod',
  linux: {
    namespaces: [{ type: 'pid' }, { type: 'network', path: '/var/run/netns/cni-1' }, { type: 'ipc', path: '/proc/9/ns/ipc' }, { type: 'mount' }],
    sysctl: { 'net.ipv4.ip_unprivileged_port_start': '0', 'kernel.shmmax': '65536', 'kernel.pid_max': '4096' },
  },
};

it('drops the VM-wide namespaces and their sysctls, which the agent sets on the VM instead', () => {
  const out = guestSpec(spec, 'c1', 'husk') as { linux: { namespaces: unknown[]; sysctl: object; cgroupsPath: string }; hostname?: string };
  expect(out.linux.namespaces).toEqual([{ type: 'pid' }, { type: 'mount' }]);
  expect(out.linux.sysctl).toEqual({ 'kernel.pid_max': '4096' });
  expect(out.linux.cgroupsPath).toBe('/husk/c1');
  expect(out.hostname).toBeUndefined();
  expect(vmSysctls(spec)).toEqual([
    ['/proc/sys/net/ipv4/ip_unprivileged_port_start', '0'],
    ['/proc/sys/kernel/shmmax', '65536'],
  ]);
});

it('refuses a sysctl name that would leave /proc/sys', () => {
  for (const bad of ['net..x', 'net.ipv4/../../x', 'net.']) {
    expect(() => vmSysctls({ linux: { sysctl: { [bad]: '1' } } })).toThrow(expect.objectContaining({ grpcCode: GrpcCode.InvalidArgument }));
  }
});

it("joins the pod's PID namespace when the host named one", () => {
  const shared = { ...spec, linux: { namespaces: [{ type: 'pid', path: '/proc/77/ns/pid' }, { type: 'mount' }] } };
  const out = guestSpec(shared, 'c1', 'husk', '/proc/12/ns/pid') as { linux: { namespaces: unknown[] } };
  expect(out.linux.namespaces).toEqual([{ type: 'pid', path: '/proc/12/ns/pid' }, { type: 'mount' }]);
  // its own PID namespace (the pause container's, or PID mode CONTAINER) stays its own
  expect((guestSpec(spec, 'c1', 'husk', '/proc/12/ns/pid') as { linux: { namespaces: unknown[] } }).linux.namespaces).toContainEqual({ type: 'pid' });
});

describe('guestOciVersion', () => {
  it('runs a runtime-spec newer than 1.1 as 1.1.0 (what the guest crun takes) and leaves the rest', () => {
    expect(['1.2.1', '1.2.0', '1.3.0', '1.1.0', '1.0.2-dev', undefined, 'x'].map(guestOciVersion)).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0', '1.0.2-dev', undefined, 'x']);
  });
});
