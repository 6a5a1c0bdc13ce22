/**
 * containerd's Sandbox controller API over the pod (CRI's sandboxer = "shim" mode): the pod
 * exists from CreateSandbox, boots on StartSandbox, and lives until ShutdownSandbox, with no
 * pause container. Containers then arrive through the Task service on the same socket.
 * sandboxServiceImpl names each RPC's handler.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import Long from 'long';
import type { Logger } from 'pino';
import { containerd, io, runtime } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';
import { processUsage } from '../host/proc.js';
import { GrpcCode, HuskError, invalidArgument, notFound } from '../errors.js';
import { CRI_SANDBOX_CPU_PERIOD, CRI_SANDBOX_CPU_QUOTA, CRI_SANDBOX_MEMORY, MEMORY_ANNOTATIONS, VCPU_ANNOTATIONS } from '../sandbox/vm-size.js';
import type { SandboxV1 } from '../api/sandbox.js';
import type { ServiceImplementation } from '../ttrpc/index.js';
import type { Pod } from './pod.js';

type sb = typeof containerd.runtime.sandbox.v1;
type Req<K extends keyof sb> = InstanceType<sb[K]>;

/** How the CRI plugin names the options it sends (the bare full name, no type.googleapis.com/). */
const POD_SANDBOX_CONFIG = 'runtime.v1.PodSandboxConfig';

export interface SandboxServiceOptions {
  pod: Pod;
  log: Logger;
  /** ShutdownSandbox: containers gone, VM gone; the shim should exit after answering. */
  onShutdown(): Promise<void>;
}

const GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

export class SandboxService {
  constructor(private readonly o: SandboxServiceOptions) {}

  async create(req: Req<'CreateSandboxRequest'>): Promise<object> {
    this.expectPod(req.sandbox_id);
    if (!req.bundle_path || !path.isAbsolute(req.bundle_path)) throw invalidArgument('CreateSandbox needs an absolute bundle_path');
    let config = runtime.v1.PodSandboxConfig.create();
    if (req.options?.value?.length) {
      if (req.options.type_url !== POD_SANDBOX_CONFIG) throw invalidArgument(`CreateSandbox options of type ${req.options.type_url}: only ${POD_SANDBOX_CONFIG} is understood`);
      config = runtime.v1.PodSandboxConfig.decode(req.options.value);
    }
    const hostname = config.hostname || req.sandbox_id.slice(0, 12);
    this.o.pod.define({
      settings: { annotations: { ...podResources(config), ...config.annotations, ...req.annotations }, hostname, netns: req.netns_path || undefined },
      bundle: req.bundle_path,
      sysctls: { ...(config.linux?.sysctls ?? {}) },
    });
    const files = this.o.pod.files()!;
    await fs.writeFile(files.hostname, `${hostname}\n`, { mode: 0o644 });
    await fs.writeFile(files.hosts, `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n`, { mode: 0o644 });
    await fs.writeFile(files.resolvConf, resolvConf(config.dns_config), { mode: 0o644 });
    this.o.log.info({ sandbox: req.sandbox_id, hostname, netns: req.netns_path || undefined }, 'sandbox defined');
    return {};
  }

  async start(req: Req<'StartSandboxRequest'>) {
    this.expectDefined(req.sandbox_id);
    const sandbox = await this.o.pod.ensure();
    return { pid: sandbox.pid ?? 0, created_at: toTimestamp(this.o.pod.startedAt ?? new Date()) };
  }

  async platform(req: Req<'PlatformRequest'>) {
    this.expectPod(req.sandbox_id);
    return { platform: { os: 'linux', architecture: GOARCH[process.arch] ?? process.arch } };
  }

  /** Every process of the pod ends with the VM; the pod answers NOTREADY from here on. Idempotent. */
  async stop(req: Req<'StopSandboxRequest'>): Promise<object> {
    this.expectDefined(req.sandbox_id);
    this.o.pod.stopped = true;
    await this.o.pod.stop(req.timeout_secs ? req.timeout_secs * 1000 : undefined);
    return {};
  }

  /** Held open for the pod's life: CRI marks the pod NOTREADY when it returns. */
  async wait(req: Req<'WaitSandboxRequest'>) {
    this.expectDefined(req.sandbox_id);
    const sandbox = await this.o.pod.ensure();
    const exit = await sandbox.monitor;
    // A stop asked for is a clean end; anything else is the VM failing.
    return { exit_status: exit.reason === 'stopped' ? 0 : 255, exited_at: toTimestamp(exit.at) };
  }

  async status(req: Req<'SandboxStatusRequest'>) {
    this.expectDefined(req.sandbox_id);
    const sandbox = await this.o.pod.current();
    const ready = !this.o.pod.stopped && sandbox?.state === 'running';
    const info: Record<string, string> = {};
    if (req.verbose && sandbox) {
      // Not under the key "info": CRI decodes that one as its own SandboxInfo JSON.
      info.vm = JSON.stringify({ pid: sandbox.pid, state: sandbox.state, console: sandbox.consoleLogPath });
    }
    return {
      sandbox_id: req.sandbox_id,
      pid: sandbox?.pid ?? 0,
      state: ready ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY',
      info,
      created_at: this.o.pod.startedAt ? toTimestamp(this.o.pod.startedAt) : undefined,
      exited_at: this.o.pod.exit ? toTimestamp(this.o.pod.exit.at) : undefined,
    };
  }

  async ping(req: Req<'PingRequest'>): Promise<object> {
    this.expectDefined(req.sandbox_id);
    const sandbox = await this.o.pod.current();
    if (sandbox?.state !== 'running') throw new HuskError(GrpcCode.Unavailable, `sandbox ${req.sandbox_id} is not running`);
    return {};
  }

  async shutdown(req: Req<'ShutdownSandboxRequest'>): Promise<object> {
    this.expectPod(req.sandbox_id);
    this.o.pod.stopped = true;
    await this.o.onShutdown();
    return {};
  }

  /**
   * Grows or shrinks the pod's VM. The new size comes from the sandbox's spec (sandbox.spec,
   * an OCI spec: its sizing annotations and linux.resources as the pod's resources) when
   * `fields` is empty or names "spec", and from the older requests' annotations and resources
   * (OCI LinuxResources); an update that says nothing about size changes nothing.
   */
  async update(req: Req<'UpdateSandboxRequest'>): Promise<object> {
    this.expectDefined(req.sandbox_id);
    const changes: Record<string, string> = { ...(req.annotations ?? {}) };
    if (req.resources?.value?.length) Object.assign(changes, podResourcesOf(parseJson(req.resources.value, 'resources')));
    const fields = req.fields ?? [];
    if (req.sandbox?.spec?.value?.length && (fields.length === 0 || fields.includes('spec'))) {
      const spec = parseJson(req.sandbox.spec.value, 'sandbox.spec') as { annotations?: Record<string, string>; linux?: { resources?: unknown } };
      Object.assign(changes, spec.annotations ?? {}, podResourcesOf(spec.linux?.resources));
    }
    const sizing = [...MEMORY_ANNOTATIONS, ...VCPU_ANNOTATIONS, CRI_SANDBOX_MEMORY, CRI_SANDBOX_CPU_QUOTA, CRI_SANDBOX_CPU_PERIOD];
    if (!Object.keys(changes).some((k) => sizing.includes(k))) return {};
    const sandbox = await this.o.pod.current();
    if (sandbox?.state !== 'running') throw new HuskError(GrpcCode.FailedPrecondition, `sandbox ${req.sandbox_id} is not running`);
    const size = await sandbox.live().resizeByAnnotations(changes);
    this.o.log.info({ sandbox: req.sandbox_id, size }, 'sandbox updated');
    return {};
  }

  /** VM-level figures as cgroup v2 Metrics: QEMU's CPU time and resident memory. */
  async metrics(req: Req<'SandboxMetricsRequest'>) {
    this.expectDefined(req.sandbox_id);
    const sandbox = await this.o.pod.current();
    if (!sandbox?.pid) throw new HuskError(GrpcCode.FailedPrecondition, `sandbox ${req.sandbox_id} is not running`);
    const { cpuUsec, rssBytes } = await processUsage(sandbox.pid);
    const u = (n: number) => Long.fromNumber(n, true);
    const data = io.containerd.cgroups.v2.Metrics.encode({ cpu: { usage_usec: u(cpuUsec) }, memory: { usage: u(rssBytes) } }).finish();
    return { metrics: { timestamp: toTimestamp(new Date()), id: req.sandbox_id, data: { type_url: 'io.containerd.cgroups.v2.Metrics', value: data } } };
  }

  private expectPod(id: string): void {
    this.o.pod.expectId(id);
  }

  private expectDefined(id: string): void {
    this.expectPod(id);
    if (!this.o.pod.managed) throw notFound(`sandbox ${id} was not created through the Sandbox API`);
  }
}

/** The Sandbox controller API's methods to their handlers. */
export function sandboxServiceImpl(s: SandboxService): ServiceImplementation<typeof SandboxV1> {
  return {
    CreateSandbox: (r) => s.create(r),
    StartSandbox: (r) => s.start(r),
    Platform: (r) => s.platform(r),
    StopSandbox: (r) => s.stop(r),
    WaitSandbox: (r) => s.wait(r),
    SandboxStatus: (r) => s.status(r),
    PingSandbox: (r) => s.ping(r),
    ShutdownSandbox: (r) => s.shutdown(r),
    SandboxMetrics: (r) => s.metrics(r),
    UpdateSandbox: (r) => s.update(r),
  };
}

function resolvConf(dns: runtime.v1.IDNSConfig | null | undefined): string {
  // The order CRI itself writes for a pause container's resolv.conf.
  const lines = [
    ...(dns?.searches?.length ? [`search ${dns.searches.join(' ')}`] : []),
    ...(dns?.servers ?? []).map((s) => `nameserver ${s}`),
    ...(dns?.options?.length ? [`options ${dns.options.join(' ')}`] : []),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * The pod's resources (the sum of its containers' limits, set by kubelet) under the names
 * CRI gives them on a pause container's spec in podsandbox mode, so both modes size the VM
 * alike (vm-size.ts).
 */
export function podResources(config: runtime.v1.IPodSandboxConfig): Record<string, string> {
  const r = config.linux?.resources;
  if (!r) return {};
  return {
    [CRI_SANDBOX_MEMORY]: String(r.memory_limit_in_bytes ?? 0),
    [CRI_SANDBOX_CPU_QUOTA]: String(r.cpu_quota ?? 0),
    [CRI_SANDBOX_CPU_PERIOD]: String(r.cpu_period ?? 0),
  };
}

/** OCI LinuxResources of a pod under CRI's annotation names (vm-size.ts). */
function podResourcesOf(resources: unknown): Record<string, string> {
  const r = (resources ?? {}) as { memory?: { limit?: number }; cpu?: { quota?: number; period?: number } };
  const out: Record<string, string> = {};
  if (r.memory?.limit !== undefined) out[CRI_SANDBOX_MEMORY] = String(Math.max(0, Number(r.memory.limit)));
  if (r.cpu?.quota !== undefined) out[CRI_SANDBOX_CPU_QUOTA] = String(Math.max(0, Number(r.cpu.quota)));
  if (r.cpu?.period !== undefined) out[CRI_SANDBOX_CPU_PERIOD] = String(Math.max(0, Number(r.cpu.period)));
  return out;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw invalidArgument(`UpdateSandbox ${what} is not JSON: ${(err as Error).message}`);
  }
}
