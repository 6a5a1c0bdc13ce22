/**
 * The GuestAgent over the Kata protocol: plain values to the agent's protobuf messages and
 * back, through the ttrpc client of the agent in the VM.
 */
import Long from 'long';
import { types } from '../../api/gen/agent.js';
import { PROCESS_LIST_EXEC_IDS, type ProcessListEntry } from '../api/agent.js';
import { ociProcess, ociResources, ociSpec } from '../api/oci.js';
import { GrpcCode } from '../errors.js';
import type { AgentClient } from './client.js';
import type { ContainerStats, GuestAgent, GuestInterface, GuestProcessInfo, GuestRoute, IpFamily, SharedStorage } from './guest-agent.js';

type Json = Record<string, unknown>;

const family = (f: IpFamily) => (f === 'v6' ? types.IPFamily.v6 : types.IPFamily.v4);
const familyOf = (f: types.IPFamily | null | undefined): IpFamily => (f === types.IPFamily.v6 ? 'v6' : 'v4');
const big = (v: Long | number | null | undefined) => (v == null ? 0n : BigInt(v.toString()));

export class RemoteAgent implements GuestAgent {
  readonly unresponsive: Promise<Error>;

  constructor(private readonly client: AgentClient) {
    this.unresponsive = client.unresponsive;
  }

  private get c() {
    return this.client.calls;
  }

  release(): Promise<number> {
    return this.client.releaseSession();
  }

  async createSandbox(req: { sandboxId: string; hostname: string; storages: SharedStorage[] }): Promise<void> {
    await this.c.CreateSandbox({
      sandbox_id: req.sandboxId,
      hostname: req.hostname,
      storages: req.storages.map((s) => ({ driver: s.fstype, source: s.source, fstype: s.fstype, options: s.options, mount_point: s.mountPoint })),
    });
  }

  async destroySandbox(): Promise<void> {
    await this.c.DestroySandbox({});
  }

  async createContainer(id: string, spec: Json): Promise<void> {
    await this.c.CreateContainer({ container_id: id, exec_id: id, OCI: ociSpec.toProto(spec) });
  }

  async startContainer(id: string): Promise<void> {
    await this.c.StartContainer({ container_id: id });
  }

  async removeContainer(id: string, timeoutSeconds: number): Promise<void> {
    await this.c.RemoveContainer({ container_id: id, timeout: timeoutSeconds });
  }

  async exec(id: string, execId: string, process: Json): Promise<void> {
    await this.c.ExecProcess({ container_id: id, exec_id: execId, process: ociProcess.toProto(process) });
  }

  async signal(id: string, execId: string, signal: number): Promise<void> {
    // To Kata an empty exec id means every process of the container: the init is its container id.
    await this.c.SignalProcess({ container_id: id, exec_id: execId || id, signal });
  }

  async signalAll(id: string, signal: number): Promise<void> {
    await this.c.SignalProcess({ container_id: id, exec_id: '', signal });
  }

  async processes(id: string): Promise<GuestProcessInfo[]> {
    const r = await this.c.ListProcesses({ container_id: id, format: PROCESS_LIST_EXEC_IDS });
    const list = JSON.parse(Buffer.from(r.process_list).toString('utf8')) as ProcessListEntry[];
    return list.map((p) => (p.exec_id ? { pid: p.pid, execId: p.exec_id } : { pid: p.pid }));
  }

  async wait(id: string, execId: string, signal?: AbortSignal): Promise<number> {
    return (await this.c.WaitProcess({ container_id: id, exec_id: execId }, { signal })).status;
  }

  async read(id: string, execId: string, which: 'stdout' | 'stderr', max: number, signal?: AbortSignal): Promise<Buffer | null> {
    const call = which === 'stdout' ? this.c.ReadStdout : this.c.ReadStderr;
    try {
      return Buffer.from((await call({ container_id: id, exec_id: execId, len: max }, { signal })).data);
    } catch (err) {
      if ((err as { grpcCode?: number }).grpcCode === GrpcCode.OutOfRange) return null;
      throw err;
    }
  }

  async writeStdin(id: string, execId: string, data: Uint8Array): Promise<number> {
    return (await this.c.WriteStdin({ container_id: id, exec_id: execId, data })).len;
  }

  async closeStdin(id: string, execId: string): Promise<void> {
    await this.c.CloseStdin({ container_id: id, exec_id: execId });
  }

  async resizeTty(id: string, execId: string, rows: number, columns: number): Promise<void> {
    await this.c.TtyWinResize({ container_id: id, exec_id: execId, row: rows, column: columns });
  }

  async pause(id: string): Promise<void> {
    await this.c.PauseContainer({ container_id: id });
  }

  async resume(id: string): Promise<void> {
    await this.c.ResumeContainer({ container_id: id });
  }

  async update(id: string, resources: Json): Promise<void> {
    await this.c.UpdateContainer({ container_id: id, resources: ociResources.toProto(resources) });
  }

  async stats(id: string): Promise<ContainerStats> {
    const s = (await this.c.StatsContainer({ container_id: id })).cgroup_stats;
    const cpu = s?.cpu_stats?.cpu_usage;
    const mem = s?.memory_stats;
    return {
      cpu: { totalNs: big(cpu?.total_usage), userNs: big(cpu?.usage_in_usermode), systemNs: big(cpu?.usage_in_kernelmode) },
      memory: {
        usage: big(mem?.usage?.usage),
        limit: big(mem?.usage?.limit),
        maxUsage: big(mem?.usage?.max_usage),
        stats: Object.fromEntries(Object.entries(mem?.stats ?? {}).map(([k, v]) => [k, big(v as Long)])),
      },
      pids: { current: big(s?.pids_stats?.current), limit: big(s?.pids_stats?.limit) },
    };
  }

  async nextOom(signal?: AbortSignal): Promise<string> {
    return (await this.c.GetOOMEvent({}, { signal })).container_id;
  }

  async metrics(): Promise<string> {
    return (await this.c.GetMetrics({})).metrics;
  }

  async updateInterface(iface: GuestInterface): Promise<void> {
    await this.c.UpdateInterface({
      interface: {
        device: iface.guestDevice ?? '',
        name: iface.name,
        hwAddr: iface.hwAddr,
        mtu: Long.fromNumber(iface.mtu, true),
        IPAddresses: iface.addresses.map((a) => ({ family: family(a.family), address: a.address, mask: String(a.prefixLength) })),
      },
    });
  }

  async updateRoutes(routes: GuestRoute[]): Promise<void> {
    await this.c.UpdateRoutes({ routes: { Routes: routes.map((r) => ({ ...r, family: family(r.family) })) } });
  }

  async listInterfaces(): Promise<GuestInterface[]> {
    const r = await this.c.ListInterfaces({});
    return (r.Interfaces ?? []).map((i) => ({
      name: i.name ?? '',
      hwAddr: i.hwAddr ?? '',
      mtu: Number(i.mtu ?? 0),
      addresses: (i.IPAddresses ?? []).map((a) => ({ family: familyOf(a.family), address: a.address ?? '', prefixLength: Number(a.mask ?? 0) })),
    }));
  }

  async listRoutes(): Promise<GuestRoute[]> {
    const r = await this.c.ListRoutes({});
    return (r.Routes ?? []).map((x) => ({ family: familyOf(x.family), dest: x.dest ?? '', gateway: x.gateway ?? '', device: x.device ?? '', source: x.source ?? '', scope: x.scope ?? 0 }));
  }

  async reseedRandom(seed: Uint8Array): Promise<void> {
    await this.c.ReseedRandomDev({ data: seed });
  }

  async setClock(at: Date): Promise<void> {
    const ms = at.getTime();
    await this.c.SetGuestDateTime({ Sec: Long.fromNumber(Math.floor(ms / 1000)), Usec: Long.fromNumber((ms % 1000) * 1000) });
  }

  async setOnlineCpus(cpus: number): Promise<void> {
    // husk's agent reads nb_cpus as the count to have online (agent-service.ts), not as Kata's "this many more".
    await this.c.OnlineCPUMem({ wait: true, nb_cpus: cpus, cpu_only: true });
  }

  close(): void {
    this.client.close();
  }
}
