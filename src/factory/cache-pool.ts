/**
 * The seed's CreateFromCache, the daemon's side: VMs made ahead of demand, kept paused, one
 * pool per shape. Taking one leaves a gap that is refilled in the background, one VM at a
 * time (a VM start is the heaviest thing the host does; several at once only slow each
 * other and the pods starting meanwhile). Shapes come from the daemon's configuration and
 * from what shims ask for: a shape asked for and not kept is kept from then on, until
 * nobody has asked for it for a while.
 */
import type { Logger } from 'pino';
import type { HotplugRoom, Vm } from '../hypervisor/index.js';

/** What a VM is apart from what makes it a pod's own (id, paths, namespace, MACs). */
export interface VmShape {
  memoryMiB: number;
  vcpus: number;
  kernelPath: string;
  initrdPath: string;
  rootfsImagePath: string;
  debug: boolean;
  nics: number;
  /** Room for live changes it boots with (VmConfig.hotplug). */
  hotplug?: HotplugRoom;
}

export function shapeKey(s: VmShape): string {
  const h = s.hotplug;
  return JSON.stringify([s.memoryMiB, s.vcpus, s.kernelPath, s.initrdPath, s.rootfsImagePath, s.debug, s.nics, ...(h ? [h.maxVcpus, h.maxMemoryMiB, h.ports] : [])]);
}

export function describeShape(s: VmShape): string {
  const h = s.hotplug;
  return `${s.memoryMiB} MiB, ${s.vcpus} vCPU, ${s.nics} NIC${s.nics === 1 ? '' : 's'}${s.debug ? ', debug' : ''}${h ? `, room for ${h.maxVcpus} vCPU, ${h.maxMemoryMiB} MiB, ${h.ports} ports` : ''}`;
}

/** A ready VM: paused, its agent idle, its files under `dir`. */
export interface CachedVm {
  id: string;
  vm: Vm;
  /** Holds vm/ (its state directory) and shared/ (its 9p export). */
  dir: string;
  taps: string[];
  /** 'template' for a clone, 'cold' for one that booted. */
  origin: 'template' | 'cold';
  /** A fingerprint of the guest image it runs: a rebuilt image makes the VMs of the old one stale. */
  image: string;
}

export interface VmCacheDeps {
  /** Makes a ready VM of the shape (started, its agent checked and idle, paused). */
  make(shape: VmShape): Promise<CachedVm>;
  /** Ends a VM that is not handed out and removes what it had on the host. */
  discard(vm: CachedVm, why: string): Promise<void>;
  /** The fingerprint of the guest image a VM of this shape would run now. */
  image(shape: VmShape): Promise<string>;
  log: Logger;
}

export interface VmCacheOptions {
  /** VMs kept ready per shape. */
  size: number;
  /** A shape learned from a request is dropped after this long without one. Default 30 min. */
  idleMs?: number;
  /** After a failed make, the shape waits this long times the failures in a row (up to 5 min). Default 10 s. */
  backoffMs?: number;
}

export interface PoolStatus {
  shape: VmShape;
  target: number;
  ready: number;
  starting: number;
  taken: number;
  missed: number;
  lastError?: string;
}

interface Pool {
  shape: VmShape;
  /** Kept whatever the demand (from the daemon's configuration). */
  pinned: boolean;
  ready: CachedVm[];
  starting: number;
  taken: number;
  missed: number;
  lastAsked: number;
  failures: number;
  retryAt: number;
  lastError?: string;
}

const MAX_BACKOFF_MS = 5 * 60_000;

export class VmCache {
  private readonly pools = new Map<string, Pool>();
  private filling: Promise<void> | undefined;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: VmCacheDeps,
    private readonly o: VmCacheOptions,
  ) {}

  /** Keeps VMs of `shape` ready; pinned ones whatever the demand. */
  keep(shape: VmShape, options: { pinned?: boolean } = {}): void {
    const key = shapeKey(shape);
    const pool = this.pools.get(key);
    if (pool) {
      pool.pinned ||= options.pinned ?? false;
      pool.lastAsked = Date.now();
    } else {
      this.pools.set(key, { shape, pinned: options.pinned ?? false, ready: [], starting: 0, taken: 0, missed: 0, lastAsked: Date.now(), failures: 0, retryAt: 0 });
      this.deps.log.info({ shape: describeShape(shape), size: this.o.size }, 'keeping VMs of a new shape ready');
    }
    this.fill();
  }

  /**
   * A ready VM of the shape, no longer the cache's, or undefined when there is none (the
   * shape is kept from now on). VMs of a guest image rebuilt since they started are dropped.
   */
  async take(shape: VmShape): Promise<CachedVm | undefined> {
    const pool = this.pools.get(shapeKey(shape));
    if (!pool) {
      this.keep(shape);
      this.pools.get(shapeKey(shape))!.missed++;
      return undefined;
    }
    pool.lastAsked = Date.now();
    const image = await this.deps.image(shape).catch(() => undefined);
    const stale = pool.ready.filter((c) => c.image !== image);
    if (stale.length > 0) {
      pool.ready = pool.ready.filter((c) => c.image === image);
      for (const c of stale) void this.drop(c, 'its guest image was rebuilt');
    }
    const got = pool.ready.shift();
    if (got) pool.taken++;
    else pool.missed++;
    this.fill();
    return got;
  }

  status(): PoolStatus[] {
    return [...this.pools.values()].map((p) => ({
      shape: p.shape,
      target: this.o.size,
      ready: p.ready.length,
      starting: p.starting,
      taken: p.taken,
      missed: p.missed,
      ...(p.lastError ? { lastError: p.lastError } : {}),
    }));
  }

  /** The VMs ready now (not handed out). */
  readyVms(): CachedVm[] {
    return [...this.pools.values()].flatMap((p) => p.ready);
  }

  /** Resolves once no VM is being made and every pool is full (or waiting out a failure). */
  async settled(): Promise<void> {
    while (this.filling) await this.filling;
  }

  /** Stops making VMs and ends every ready one. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.filling?.catch(() => undefined);
    const all = [...this.pools.values()].flatMap((p) => p.ready.splice(0));
    await Promise.all(all.map((c) => this.drop(c, 'the cache is closing')));
  }

  private fill(): void {
    if (this.closed || this.filling) return;
    this.filling = this.fillAll().finally(() => (this.filling = undefined));
  }

  private async fillAll(): Promise<void> {
    for (;;) {
      this.expire();
      const pool = this.neediest();
      if (!pool) return this.scheduleRetry();
      pool.starting++;
      try {
        const made = await this.deps.make(pool.shape);
        pool.failures = 0;
        pool.lastError = undefined;
        if (this.closed || !this.pools.has(shapeKey(pool.shape))) {
          await this.drop(made, 'its shape is no longer kept');
        } else {
          pool.ready.push(made);
          void made.vm.monitor.then((exit) => this.onDeath(pool, made, exit.reason));
          this.deps.log.info({ vm: made.id, shape: describeShape(pool.shape), origin: made.origin, ready: pool.ready.length }, 'VM ready in the cache');
        }
      } catch (err) {
        pool.failures++;
        pool.lastError = (err as Error).message;
        pool.retryAt = Date.now() + Math.min(MAX_BACKOFF_MS, (this.o.backoffMs ?? 10_000) * pool.failures);
        this.deps.log.warn({ err, shape: describeShape(pool.shape), failures: pool.failures }, 'cannot make a VM for the cache');
      } finally {
        pool.starting--;
      }
      if (this.closed) return;
    }
  }

  /** The pool furthest below its size that may be filled now. */
  private neediest(): Pool | undefined {
    const now = Date.now();
    let best: Pool | undefined;
    for (const p of this.pools.values()) {
      const gap = this.o.size - p.ready.length - p.starting;
      if (gap <= 0 || p.retryAt > now) continue;
      if (!best || gap > this.o.size - best.ready.length - best.starting) best = p;
    }
    return best;
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const waiting = [...this.pools.values()].filter((p) => p.retryAt > Date.now() && p.ready.length + p.starting < this.o.size);
    if (waiting.length === 0 || this.closed) return;
    const at = Math.min(...waiting.map((p) => p.retryAt));
    this.retryTimer = setTimeout(() => this.fill(), Math.max(0, at - Date.now()));
    this.retryTimer.unref();
  }

  /** Shapes nobody asked for within idleMs, unless pinned, go with their VMs. */
  private expire(): void {
    const idle = this.o.idleMs ?? 30 * 60_000;
    for (const [key, p] of this.pools) {
      if (p.pinned || Date.now() - p.lastAsked < idle) continue;
      this.pools.delete(key);
      for (const c of p.ready.splice(0)) void this.drop(c, 'nobody asked for its shape for a while');
    }
  }

  /** A ready VM that died in the pool (QEMU crashed, someone killed it) is replaced. */
  private onDeath(pool: Pool, c: CachedVm, reason: string): void {
    const i = pool.ready.indexOf(c);
    if (i < 0) return;
    pool.ready.splice(i, 1);
    this.deps.log.warn({ vm: c.id, reason }, 'a ready VM in the cache died');
    void this.drop(c, `it died (${reason})`);
    this.fill();
  }

  private async drop(c: CachedVm, why: string): Promise<void> {
    await this.deps.discard(c, why).catch((err: unknown) => this.deps.log.error({ err, vm: c.id }, 'cannot remove a cached VM'));
  }
}
