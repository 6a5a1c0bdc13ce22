/**
 * husk's own pod service (api/husk/pod/v1) over the pod: live changes to its VM and what its
 * guest has, for `husk pod` and CNI meta-plugins. Wire types stop here: the sandbox model
 * takes and gives plain ones. Each method is beside its registration in podServiceImpl.
 */
import Long from 'long';
import type { Logger } from 'pino';
import { husk } from '../../api/gen/husk.js';
import type { GuestInterface, GuestRoute, IpFamily } from '../agent/guest-agent.js';
import { toTimestamp } from '../api/well-known.js';
import type { PodV1 } from '../api/pod.js';
import { failedPrecondition, invalidArgument, notFound } from '../errors.js';
import { processUsage } from '../host/proc.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import type { ServiceImplementation } from '../ttrpc/index.js';
import type { Pod } from './pod.js';

type w = typeof husk.pod.v1;
type Req<K extends keyof w> = InstanceType<w[K]>;

export interface PodServiceOptions {
  pod: Pod;
  log: Logger;
}

export class PodService {
  constructor(private readonly o: PodServiceOptions) {}

  async addDevice(req: Req<'AddDeviceRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    const d = req.device;
    if (!d?.id || !d.host_path) throw invalidArgument('AddDevice needs device.id and device.host_path');
    await sandbox.live().addDisk({ id: d.id, path: d.host_path, readOnly: Boolean(d.read_only) });
    this.o.log.info({ device: d.id, path: d.host_path }, 'device added');
    return { id: d.id, host_path: d.host_path, read_only: Boolean(d.read_only) };
  }

  async removeDevice(req: Req<'RemoveDeviceRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    await sandbox.live().removeDisk(req.id);
    this.o.log.info({ device: req.id }, 'device removed');
    return {};
  }

  async listDevices(req: Req<'ListDevicesRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    return { devices: sandbox.live().disks().map((d) => ({ id: d.id, host_path: d.path, read_only: d.readOnly })) };
  }

  async addInterface(req: Req<'AddInterfaceRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    return interfaceToWire(await sandbox.live().addInterface(req.name));
  }

  async removeInterface(req: Req<'RemoveInterfaceRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    await sandbox.live().removeInterface(req.name);
    return {};
  }

  async listInterfaces(req: Req<'ListInterfacesRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    return { interfaces: (await sandbox.live().guestInterfaces()).map(interfaceToWire) };
  }

  async updateRoutes(req: Req<'UpdateRoutesRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    const routes = await sandbox.live().updateGuestRoutes((req.routes ?? []).map(routeFromWire));
    return { routes: routes.map(routeToWire) };
  }

  async listRoutes(req: Req<'ListRoutesRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    return { routes: (await sandbox.live().guestRoutes()).map(routeToWire) };
  }

  async resize(req: Req<'ResizeRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    const vcpus = req.size?.vcpus ?? 0;
    const memoryMiB = req.size?.memory_mib ?? 0;
    if (vcpus < 1 || memoryMiB < 1) throw invalidArgument('Resize needs size.vcpus and size.memory_mib');
    const size = await sandbox.live().resize({ vcpus, memoryMiB });
    return { vcpus: size.vcpus, memory_mib: size.memoryMiB };
  }

  async status(req: Req<'StatusRequest'>) {
    const sandbox = await this.sandbox(req.sandbox_id);
    const s = await sandbox.status();
    return {
      sandbox_id: req.sandbox_id,
      state: s.state,
      pid: s.pid ?? 0,
      accel: s.accel ?? '',
      restored: s.restored,
      size: s.size ? { vcpus: s.size.vcpus, memory_mib: s.size.memoryMiB } : undefined,
      room: s.room ? { max_vcpus: s.room.maxVcpus, max_memory_mib: s.room.maxMemoryMiB, ports: s.room.ports } : undefined,
      containers: s.containers,
      devices: s.disks.map((d) => ({ id: d.id, host_path: d.path, read_only: d.readOnly })),
      netns: s.netns ?? '',
      interfaces: s.interfaces.map(interfaceToWire),
      started_at: this.o.pod.startedAt ? toTimestamp(this.o.pod.startedAt) : undefined,
    };
  }

  async stats(req: Req<'StatsRequest'>) {
    const sandbox = await this.running(req.sandbox_id);
    const vm = await processUsage(sandbox.pid!);
    const guest = parseGuestMemory(await sandbox.guestMetrics());
    const u = (n: number | bigint) => Long.fromString(n.toString(), true);
    const containers = [];
    for (const c of sandbox.containers.values()) {
      if (c.state !== 'running' && c.state !== 'paused') continue;
      const s = await c.stats();
      containers.push({ id: c.id, cpu_usage_usec: u(s.cpu.totalNs / 1000n), memory_usage_bytes: u(s.memory.usage), memory_limit_bytes: u(s.memory.limit), pids: u(s.pids.current) });
    }
    return {
      vm_cpu_usage_usec: u(vm.cpuUsec),
      vm_rss_bytes: u(vm.rssBytes),
      vm_pss_bytes: u(vm.pssBytes),
      guest_memory_total_bytes: u(guest.total),
      guest_memory_available_bytes: u(guest.available),
      containers,
    };
  }

  private async sandbox(id: string): Promise<Sandbox> {
    this.o.pod.expectId(id);
    const sandbox = await this.o.pod.current();
    if (!sandbox) throw notFound(`sandbox ${id} has not started`);
    return sandbox;
  }

  private async running(id: string): Promise<Sandbox> {
    const sandbox = await this.sandbox(id);
    if (sandbox.state !== 'running') throw failedPrecondition(`sandbox ${id} is ${sandbox.state}`);
    return sandbox;
  }
}

export function podServiceImpl(svc: PodService): ServiceImplementation<typeof PodV1> {
  return {
    AddDevice: (r) => svc.addDevice(r),
    RemoveDevice: (r) => svc.removeDevice(r),
    ListDevices: (r) => svc.listDevices(r),
    AddInterface: (r) => svc.addInterface(r),
    RemoveInterface: (r) => svc.removeInterface(r),
    ListInterfaces: (r) => svc.listInterfaces(r),
    UpdateRoutes: (r) => svc.updateRoutes(r),
    ListRoutes: (r) => svc.listRoutes(r),
    Resize: (r) => svc.resize(r),
    Status: (r) => svc.status(r),
    Stats: (r) => svc.stats(r),
  };
}

function interfaceToWire(i: GuestInterface): husk.pod.v1.IInterface {
  return { name: i.name, mac: i.hwAddr, mtu: i.mtu, addresses: i.addresses.map((a) => ({ family: a.family, address: a.address, prefix_length: a.prefixLength })) };
}

function routeToWire(r: GuestRoute): husk.pod.v1.IRoute {
  return { family: r.family, dest: r.dest, gateway: r.gateway, device: r.device, source: r.source, scope: r.scope };
}

function routeFromWire(r: husk.pod.v1.IRoute): GuestRoute {
  const family = r.family || 'v4';
  if (family !== 'v4' && family !== 'v6') throw invalidArgument(`route family ${JSON.stringify(r.family)}: want v4 or v6`);
  if (!r.device && !r.gateway) throw invalidArgument(`route to ${r.dest || 'default'}: needs a device or a gateway`);
  return { family: family as IpFamily, dest: r.dest ?? '', gateway: r.gateway ?? '', device: r.device ?? '', source: r.source ?? '', scope: r.scope ?? 0 };
}

/** The guest's MemTotal and MemAvailable from the agent's metrics (guest-side Prometheus text). */
function parseGuestMemory(text: string): { total: number; available: number } {
  const get = (name: string) => Number(new RegExp(`^husk_guest_memory_${name}_bytes (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { total: get('total'), available: get('available') };
}
