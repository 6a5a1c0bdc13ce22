import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { grpc } from '../../../api/gen/agent.js';
import { ociProcess, ociResources, ociSpec } from '../../../src/api/oci.js';

/** Every field whose name is not the proto name with a lower-case first letter, and more. */
const spec = {
  ociVersion: '1.0.2',
  process: {
    terminal: true,
    consoleSize: { height: 24, width: 80 },
    user: { uid: 1000, gid: 1000, additionalGids: [5, 6], username: 'app' },
    args: ['sh', '-c', 'echo hi'],
    env: ['PATH=/bin'],
    cwd: '/',
    capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL'], permitted: ['CAP_KILL'] },
    rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
    noNewPrivileges: true,
    oomScoreAdj: -998,
  },
  root: { path: '/run/husk/shared/c1/rootfs', readonly: true },
  hostname: 'pod',
  mounts: [{ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid'] }],
  annotations: { 'io.kubernetes.cri.container-type': 'container', Mixed: 'Case' },
  linux: {
    uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
    gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
    sysctl: { 'net.ipv4.ip_forward': '1' },
    resources: {
      devices: [{ allow: false, access: 'rwm' }],
      memory: { limit: 268435456, disableOOMKiller: true },
      cpu: { shares: 512, quota: 50000, period: 100000, cpus: '0' },
      pids: { limit: 64 },
      hugepageLimits: [{ pagesize: '2MB', limit: 0 }],
    },
    cgroupsPath: '/kubepods/pod1/c1',
    namespaces: [{ type: 'pid' }, { type: 'network', path: '/var/run/netns/x' }],
    seccomp: { defaultAction: 'SCMP_ACT_ERRNO', architectures: ['SCMP_ARCH_X86_64'], syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW', errnoRet: 1, args: [{ index: 0, value: 1, valueTwo: 2, op: 'SCMP_CMP_EQ' }] }] },
    maskedPaths: ['/proc/kcore'],
    readonlyPaths: ['/proc/sys'],
  },
};

/**
 * proto3 cannot tell 0, false and "" from absent, so they come back absent: the same value to
 * runc, which decodes missing fields as Go zero values. Compare with those dropped.
 */
function withoutZeros(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutZeros);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== 0 && x !== false && x !== '' && !(Array.isArray(x) && x.length === 0))
      .map(([k, x]) => [k, withoutZeros(x)]),
  );
}

describe('OCI spec ⇄ grpc.Spec', () => {
  it('round-trips every renamed field, through the wire encoding too', () => {
    const proto = ociSpec.toProto(spec);
    expect(proto.Version).toBe('1.0.2');
    expect(proto.Process?.OOMScoreAdj?.toString()).toBe('-998');
    expect(proto.Process?.User?.UID).toBe(1000);
    expect(proto.Linux?.UIDMappings?.[0]?.HostID).toBe(100000);
    expect(proto.Linux?.Resources?.CPU?.Quota?.toString()).toBe('50000');
    expect(proto.Linux?.Seccomp?.Syscalls?.[0]?.errnoret).toBe(1);
    expect(proto.Mounts?.[0]?.destination).toBe('/proc');
    const wire = grpc.Spec.decode(grpc.Spec.encode(proto).finish());
    expect(ociSpec.toJson(wire)).toEqual(withoutZeros(spec));
  });

  it('keeps map keys as they are', () => {
    const back = ociSpec.toJson(ociSpec.toProto({ annotations: { Aa: '1', aA: '2' }, linux: { sysctl: { 'kernel.X': 'y' } } }));
    expect(back).toEqual({ annotations: { Aa: '1', aA: '2' }, linux: { sysctl: { 'kernel.X': 'y' } } });
  });

  it('converts a process and resources alone', () => {
    expect(ociProcess.toJson(ociProcess.toProto(spec.process))).toEqual(withoutZeros(spec.process));
    expect(ociResources.toJson(ociResources.toProto(spec.linux.resources))).toEqual(withoutZeros(spec.linux.resources));
  });

  it("round-trips runc's own default config.json", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-oci-'));
    try {
      await execa('runc', ['spec'], { cwd: dir });
      const runcSpec = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
      expect(ociSpec.toJson(ociSpec.toProto(runcSpec))).toEqual(withoutZeros(runcSpec));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
