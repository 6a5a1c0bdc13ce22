/**
 * Kata's AgentService on top of the guest model: protobuf in, plain values to Agent, protobuf
 * out. Errors keep the gRPC code the model chose (its `grpcCode`).
 */
import fs from 'node:fs/promises';
import Long from 'long';
import type { ServiceImplementation } from '../ttrpc/index.js';
import { AgentService, HealthService, PROCESS_LIST_EXEC_IDS, SessionService, type ProcessListEntry } from '../api/agent.js';
import { ociProcess, ociResources, ociSpec } from '../api/oci.js';
import { GrpcCode, HuskError, invalidArgument } from '../errors.js';
import type { Agent } from './agent.js';
import { HELPER_LIMIT_MS } from './limits.js';
import type { CgroupStats } from './cgroup-stats.js';
import type { ContainerProcess } from './container.js';
import type { Family, Interface, Route } from './network.js';
import { types } from '../../api/gen/agent.js';
import { HUSK_VERSION } from '../version.js';

/** End of an output stream: gRPC's "read past the end" code, as readers of files use it. */
const eof = () => new HuskError(GrpcCode.OutOfRange, 'EOF');

const u64 = (n: bigint) => Long.fromString(n.toString(), true);

function statsMessage(s: CgroupStats) {
  return {
    cgroup_stats: {
      cpu_stats: {
        cpu_usage: { total_usage: u64(s.cpu.totalNs), usage_in_usermode: u64(s.cpu.userNs), usage_in_kernelmode: u64(s.cpu.systemNs) },
        throttling_data: { periods: u64(s.cpu.periods), throttled_periods: u64(s.cpu.throttledPeriods), throttled_time: u64(s.cpu.throttledNs) },
      },
      memory_stats: {
        usage: { usage: u64(s.memory.usage), max_usage: u64(s.memory.maxUsage), limit: u64(s.memory.limit), failcnt: u64(s.memory.failcnt) },
        stats: Object.fromEntries(Object.entries(s.memory.stats).map(([k, v]) => [k, u64(v)])),
      },
      pids_stats: { current: u64(s.pids.current), limit: u64(s.pids.limit) },
    },
  };
}

export function agentService(agent: Agent, onDestroyed: () => void): ServiceImplementation<typeof AgentService> {
  const read = (which: 'stdout' | 'stderr') =>
    async (req: { container_id: string; exec_id: string; len: number }, ctx: { signal: AbortSignal }) => {
      const data = await agent.readOutput(req.container_id, req.exec_id, which, req.len, ctx.signal);
      if (data === null) throw eof();
      return { data };
    };
  return {
    CreateSandbox: async (req) => {
      await agent.createSandbox({
        sandboxId: req.sandbox_id,
        hostname: req.hostname,
        storages: req.storages.map((s) => ({ driver: s.driver ?? '', source: s.source ?? '', fstype: s.fstype ?? '', options: s.options ?? [], mountPoint: s.mount_point ?? '' })),
      });
      return {};
    },
    DestroySandbox: async () => {
      await agent.destroySandbox();
      // Answer first: the agent's exit powers the VM off.
      setImmediate(onDestroyed);
      return {};
    },
    CreateContainer: async (req) => {
      if (!req.OCI) throw invalidArgument('CreateContainer without an OCI spec');
      await agent.createContainer(req.container_id, ociSpec.toJson(req.OCI));
      return {};
    },
    StartContainer: async (req) => {
      await agent.startContainer(req.container_id);
      return {};
    },
    RemoveContainer: async (req) => {
      await agent.removeContainer(req.container_id, req.timeout ? req.timeout * 1000 : 10_000);
      return {};
    },
    ExecProcess: async (req) => {
      if (!req.process) throw invalidArgument('ExecProcess without a process');
      await agent.execProcess(req.container_id, req.exec_id, ociProcess.toJson(req.process));
      return {};
    },
    SignalProcess: async (req) => {
      await agent.signalProcess(req.container_id, req.exec_id, req.signal);
      return {};
    },
    WaitProcess: async (req) => ({ status: await agent.waitProcess(req.container_id, req.exec_id) }),
    ListProcesses: async (req) => ({ process_list: Buffer.from(JSON.stringify(processList(await agent.listProcesses(req.container_id), req.format))) }),
    UpdateContainer: async (req) => {
      await agent.updateContainer(req.container_id, req.resources ? ociResources.toJson(req.resources) : {});
      return {};
    },
    StatsContainer: async (req) => statsMessage(await agent.statsContainer(req.container_id)),
    PauseContainer: async (req) => {
      await agent.pauseContainer(req.container_id);
      return {};
    },
    ResumeContainer: async (req) => {
      await agent.resumeContainer(req.container_id);
      return {};
    },
    ReadStdout: read('stdout'),
    ReadStderr: read('stderr'),
    WriteStdin: async (req) => ({ len: await agent.writeStdin(req.container_id, req.exec_id, req.data) }),
    CloseStdin: (req) => {
      agent.closeStdin(req.container_id, req.exec_id);
      return {};
    },
    TtyWinResize: async (req) => {
      await agent.resizeTty(req.container_id, req.exec_id, req.row, req.column);
      return {};
    },
    GetOOMEvent: async (_req, ctx) => ({ container_id: await agent.nextOomEvent(ctx.signal) }),
    ListInterfaces: async () => ({ Interfaces: (await agent.network.listInterfaces()).map(interfaceMessage) }),
    UpdateInterface: async (req) => {
      if (!req.interface) throw invalidArgument('UpdateInterface without an interface');
      const i = req.interface;
      return interfaceMessage(
        await agent.network.updateInterface({
          device: i.device ?? '',
          name: i.name ?? '',
          hwAddr: i.hwAddr ?? '',
          mtu: Number(i.mtu ?? 0),
          up: true,
          addresses: (i.IPAddresses ?? []).map((a) => ({ family: familyOf(a.family), address: a.address ?? '', mask: a.mask ?? '' })),
        }),
      );
    },
    ListRoutes: async () => ({ Routes: (await agent.network.listRoutes()).map(routeMessage) }),
    UpdateRoutes: async (req) => {
      const routes = (req.routes?.Routes ?? []).map((r) => ({
        dest: r.dest ?? '',
        gateway: r.gateway ?? '',
        device: r.device ?? '',
        source: r.source ?? '',
        scope: r.scope ?? 0,
        family: familyOf(r.family),
      }));
      return { Routes: (await agent.network.updateRoutes(routes)).map(routeMessage) };
    },
    GetMetrics: async () => ({ metrics: await guestMetrics() }),
    ReseedRandomDev: async (req) => {
      await agent.identity.reseed(req.data ?? new Uint8Array());
      return {};
    },
    SetGuestDateTime: async (req) => {
      await agent.identity.setClock(Number(req.Sec ?? 0), Number(req.Usec ?? 0));
      return {};
    },
    OnlineCPUMem: async (req) => {
      // husk's host asks for the count to have online (not Kata's "this many more"), and both
      // ways. Memory comes online by itself (virtio-mem); only the CPUs are the agent's.
      await agent.cpus.setOnline(req.nb_cpus, HELPER_LIMIT_MS);
      return {};
    },
    GetGuestDetails: () => ({ agent_details: { version: HUSK_VERSION, init_daemon: false, supports_seccomp: true } }),
  };
}

/** ListProcesses' formats (api/kata/agent.proto): Kata 1.x's bare pids, or husk's pids with their exec ids. */
function processList(ps: ContainerProcess[], format: string): number[] | ProcessListEntry[] {
  if (format === 'json') return ps.map((p) => p.pid);
  if (format === PROCESS_LIST_EXEC_IDS) return ps.map((p) => (p.execId ? { pid: p.pid, exec_id: p.execId } : { pid: p.pid }));
  throw invalidArgument(`process list format ${JSON.stringify(format)}: only "json" and "${PROCESS_LIST_EXEC_IDS}" are served`);
}

const familyOf = (f: number | null | undefined): Family => (f === types.IPFamily.v6 ? 'v6' : 'v4');
const familyNumber = (f: Family) => (f === 'v6' ? types.IPFamily.v6 : types.IPFamily.v4);

function interfaceMessage(i: Interface) {
  return {
    device: i.name,
    name: i.name,
    hwAddr: i.hwAddr,
    mtu: Long.fromNumber(i.mtu, true),
    IPAddresses: i.addresses.map((a) => ({ family: familyNumber(a.family), address: a.address, mask: a.mask })),
  };
}

function routeMessage(r: Route) {
  return { dest: r.dest, gateway: r.gateway, device: r.device, source: r.source, scope: r.scope, family: familyNumber(r.family) };
}

/** Prometheus text: what the agent itself costs, and the guest's memory as the kernel sees it. */
async function guestMetrics(): Promise<string> {
  const mem = process.memoryUsage();
  const lines = [
    '# TYPE husk_agent_rss_bytes gauge',
    `husk_agent_rss_bytes ${mem.rss}`,
    '# TYPE husk_agent_heap_used_bytes gauge',
    `husk_agent_heap_used_bytes ${mem.heapUsed}`,
  ];
  const meminfo = await fs.readFile('/proc/meminfo', 'utf8').catch(() => '');
  for (const [key, name] of [['MemTotal', 'total'], ['MemAvailable', 'available']] as const) {
    const kb = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(meminfo)?.[1];
    if (kb) lines.push(`# TYPE husk_guest_memory_${name}_bytes gauge`, `husk_guest_memory_${name}_bytes ${Number(kb) * 1024}`);
  }
  return `${lines.join('\n')}\n`;
}

export function healthService(): ServiceImplementation<typeof HealthService> {
  return {
    Check: () => ({ status: 1 }),
    Version: () => ({ grpc_version: '0', agent_version: HUSK_VERSION }),
  };
}

export function sessionService(agent: Agent): ServiceImplementation<typeof SessionService> {
  return {
    Release: () => ({ woken: agent.hostReleased() }),
  };
}
