/**
 * The VM cache's service on the wire: the handlers the daemon registers, the calls a shim
 * makes, and the one place where husk.factory.v1 messages turn into the model's types.
 */
import net from 'node:net';
import { CacheV1 } from '../api/factory.js';
import { husk } from '../../api/gen/husk.js';
import { GrpcCode, HuskError } from '../errors.js';
import { Client, serviceClient, type ServiceImplementation } from '../ttrpc/index.js';
import type { PoolStatus, VmShape } from './cache-pool.js';

const w = husk.factory.v1;

/** A VM handed over: what its new owner needs to take it. */
export interface Handoff {
  vmId: string;
  dir: string;
  pid: number;
  startTime: string;
  accel: string;
  netns: string;
  taps: string[];
  origin: string;
}

export interface CacheHandlers {
  /** A ready VM, or undefined when there is none of the shape (or the caller has given up: `signal`). */
  take(req: { sandboxId: string; shape: VmShape }, signal?: AbortSignal): Promise<Handoff | undefined>;
  status(): { pools: PoolStatus[]; pid: number };
}

export function cacheService(h: CacheHandlers): [typeof CacheV1, ServiceImplementation<typeof CacheV1>] {
  return [
    CacheV1,
    {
      async Take(req, ctx) {
        if (!req.shape) throw new HuskError(GrpcCode.InvalidArgument, 'Take: no shape');
        const shape = shapeFromWire(req.shape);
        const got = await h.take({ sandboxId: req.sandbox_id, shape }, ctx.signal);
        if (!got) throw new HuskError(GrpcCode.NotFound, 'no ready VM of this shape');
        return { vm_id: got.vmId, dir: got.dir, pid: got.pid, start_time: got.startTime, accel: got.accel, netns: got.netns, taps: got.taps, origin: got.origin };
      },
      Status() {
        const s = h.status();
        return {
          pid: s.pid,
          pools: s.pools.map((p) => ({ shape: shapeToWire(p.shape), target: p.target, ready: p.ready, starting: p.starting, taken: p.taken, missed: p.missed, last_error: p.lastError ?? '' })),
        };
      },
    },
  ];
}

function shapeToWire(s: VmShape): husk.factory.v1.VmShape.$Properties {
  const h = s.hotplug;
  return {
    memory_mib: s.memoryMiB,
    vcpus: s.vcpus,
    kernel_path: s.kernelPath,
    initrd_path: s.initrdPath,
    rootfs_image_path: s.rootfsImagePath,
    debug: s.debug,
    nics: s.nics,
    ...(h ? { max_vcpus: h.maxVcpus, max_memory_mib: h.maxMemoryMiB, hotplug_ports: h.ports } : {}),
  };
}

function shapeFromWire(s: husk.factory.v1.IVmShape): VmShape {
  const shape = {
    memoryMiB: Number(s.memory_mib ?? 0),
    vcpus: Number(s.vcpus ?? 0),
    kernelPath: s.kernel_path ?? '',
    initrdPath: s.initrd_path ?? '',
    rootfsImagePath: s.rootfs_image_path ?? '',
    debug: Boolean(s.debug),
    nics: Number(s.nics ?? 0),
    ...(s.max_vcpus ? { hotplug: { maxVcpus: Number(s.max_vcpus), maxMemoryMiB: Number(s.max_memory_mib ?? 0), ports: Number(s.hotplug_ports ?? 0) } } : {}),
  };
  const paths = [shape.kernelPath, shape.initrdPath, shape.rootfsImagePath];
  const room = shape.hotplug;
  const badRoom = room && (room.maxVcpus < shape.vcpus || room.maxVcpus > 255 || room.maxMemoryMiB < shape.memoryMiB || room.ports > 30);
  if (shape.memoryMiB < 64 || shape.vcpus < 1 || shape.nics > 8 || badRoom || paths.some((p) => !p.startsWith('/') || p.includes('\0'))) {
    throw new HuskError(GrpcCode.InvalidArgument, `not a VM shape: ${JSON.stringify(shape)}`);
  }
  return shape;
}

/** Calls on a daemon's socket; every call dials anew (a shim asks once per pod). */
export class CacheClient {
  constructor(
    private readonly socket: string,
    /** How long connecting plus one call may take before the daemon counts as slow. */
    private readonly timeoutMs: number,
  ) {}

  /** A VM of the shape, or undefined when the daemon has none ready (NotFound). */
  async take(sandboxId: string, shape: VmShape): Promise<Handoff | undefined> {
    return this.call(async (c) => {
      try {
        const r = await c.Take({ sandbox_id: sandboxId, shape: shapeToWire(shape) }, { timeoutMs: this.timeoutMs });
        return { vmId: r.vm_id, dir: r.dir, pid: r.pid, startTime: r.start_time, accel: r.accel, netns: r.netns, taps: [...r.taps], origin: r.origin };
      } catch (err) {
        if ((err as { code?: number }).code === GrpcCode.NotFound) return undefined;
        throw err;
      }
    });
  }

  async status(): Promise<{ pools: PoolStatus[]; pid: number }> {
    return this.call(async (c) => {
      const r = await c.Status({}, { timeoutMs: this.timeoutMs });
      return {
        pid: r.pid,
        pools: r.pools.map((p) => ({ shape: shapeFromWire(p.shape ?? {}), target: Number(p.target), ready: Number(p.ready), starting: Number(p.starting), taken: Number(p.taken), missed: Number(p.missed), ...(p.last_error ? { lastError: p.last_error } : {}) })),
      };
    });
  }

  private async call<T>(f: (c: ReturnType<typeof serviceClient<typeof CacheV1>>) => Promise<T>): Promise<T> {
    const sock = await dial(this.socket, this.timeoutMs);
    const client = new Client(sock);
    try {
      return await f(serviceClient(CacheV1, client));
    } finally {
      client.close();
    }
  }
}

function dial(socket: string, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(socket);
    const timer = setTimeout(() => {
      s.destroy();
      reject(new HuskError(GrpcCode.DeadlineExceeded, `no answer from ${socket} within ${timeoutMs} ms`));
    }, timeoutMs);
    s.once('connect', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
