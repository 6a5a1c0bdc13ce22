/**
 * The one sandbox (VM) a shim serves, shared by the Task and Sandbox services, and everything
 * the pod is beyond it: what CreateSandbox defined (settings, its /etc files, sysctls) and
 * whether it was stopped. It comes into being either with the pod's first container
 * (containerd 1.x, or CRI's podsandbox mode, where that container is the pause container) or
 * through the Sandbox API (CRI's shim mode), in which case it outlives its containers until
 * ShutdownSandbox. This is the state the store keeps (pod-records.ts): record() and resume().
 */
import path from 'node:path';
import { failedPrecondition, notFound, validateId } from '../errors.js';
import { Sandbox, type SandboxConfig, type SandboxDeps, type SandboxExit, type SandboxRecord } from '../sandbox/sandbox.js';

/** What the first container or CreateSandbox says about the pod. */
export interface PodSettings {
  annotations: Record<string, string>;
  hostname?: string;
  /** The pod's network namespace (CNI already set it up); none: the VM has no network. */
  netns?: string;
}

/** What the Sandbox API's CreateSandbox said about the pod. */
export interface PodDefinition {
  settings: PodSettings;
  /** Where CreateSandbox's bundle is: the pod's hostname, hosts and resolv.conf are written there. */
  bundle: string;
  /** PodSandboxConfig.linux.sysctls: Kubernetes allows only namespaced ones, which the VM's namespaces carry. */
  sysctls: Record<string, string>;
}

/** The files CRI would otherwise bind from the host: the guest gets copies through the shared directory. */
export interface PodFiles {
  hostname: string;
  hosts: string;
  resolvConf: string;
}

/** The pod as the store keeps it (PodRecord less the shim's own part). */
export interface PodState {
  definition?: PodDefinition;
  stopped: boolean;
  startedAt?: string;
  sandbox?: SandboxRecord;
}

export interface PodOptions {
  /** Everything but what the pod itself decides. */
  base: Omit<SandboxConfig, 'annotations' | 'hostname'>;
  deps: SandboxDeps;
}

export class Pod {
  private sandbox: Promise<Sandbox> | undefined;
  /** The sandbox while its start() runs (waiting for a boot slot, or booting): stop() can end it. */
  private starting: Sandbox | undefined;
  /** Set by the Sandbox API's Create: Task.Shutdown then leaves the VM alone. */
  private definition: PodDefinition | undefined;
  /** StopSandbox or ShutdownSandbox was asked for: the pod answers NOTREADY from then on. */
  stopped = false;
  startedAt: Date | undefined;
  exit: SandboxExit | undefined;

  constructor(private readonly o: PodOptions) {}

  get id(): string {
    return this.o.base.id;
  }

  /** A request's sandbox id must name this pod: InvalidArgument for no id at all, NotFound for another. */
  expectId(id: string): void {
    validateId('sandbox', id);
    if (id !== this.id) throw notFound(`sandbox ${id} not found (this shim serves ${this.id})`);
  }

  /** Whether containerd manages this pod through the Sandbox API. */
  get managed(): boolean {
    return this.definition !== undefined;
  }

  /** CreateSandbox: remembers the pod's settings; StartSandbox boots it. */
  define(definition: PodDefinition): void {
    if (this.definition || this.sandbox) throw failedPrecondition(`sandbox ${this.id} already exists`);
    this.definition = definition;
  }

  /** The pod's /etc files for its containers, when the Sandbox API made the pod (no pause container to bind them from). */
  files(): PodFiles | undefined {
    const bundle = this.definition?.bundle;
    if (!bundle) return undefined;
    return { hostname: path.join(bundle, 'hostname'), hosts: path.join(bundle, 'hosts'), resolvConf: path.join(bundle, 'resolv.conf') };
  }

  /** The pod's sysctls, which every container's spec brings to the agent (the Sandbox API's pods have no pause container carrying them). */
  sysctls(): Record<string, string> {
    return { ...(this.definition?.sysctls ?? {}) };
  }

  /** What the store keeps of the pod; the sandbox as it is now. */
  async record(): Promise<PodState> {
    const s = await this.current();
    return {
      ...(this.definition ? { definition: this.definition } : {}),
      stopped: this.stopped,
      ...(this.startedAt ? { startedAt: this.startedAt.toISOString() } : {}),
      ...(s ? { sandbox: s.record() } : {}),
    };
  }

  /** Takes over the pod another shim recorded (see Sandbox.resume). */
  async resume(r: PodState): Promise<void> {
    if (this.sandbox) throw failedPrecondition(`sandbox ${this.id} already exists`);
    this.definition = r.definition;
    this.stopped = r.stopped;
    this.startedAt = r.startedAt ? new Date(r.startedAt) : undefined;
    if (!r.sandbox) return;
    const s = await Sandbox.resume(r.sandbox, this.o.deps);
    this.sandbox = Promise.resolve(s);
    void s.monitor.then((exit) => (this.exit = exit));
  }

  /** Lets go of the sandbox for another shim; see Sandbox.release. */
  async release(): Promise<void> {
    await (await this.current())?.release();
  }

  /**
   * The running sandbox, booting it first if need be. `settings` are the first container's,
   * used only when the Sandbox API has not defined the pod.
   */
  ensure(settings?: PodSettings): Promise<Sandbox> {
    if (!this.sandbox) {
      const s = this.definition?.settings ?? settings ?? { annotations: {} };
      this.sandbox = this.boot(s);
      this.sandbox.catch(() => (this.sandbox = undefined));
    }
    return this.sandbox;
  }

  private async boot(settings: PodSettings): Promise<Sandbox> {
    const s = await Sandbox.create({ ...this.o.base, ...settings }, this.o.deps);
    this.starting = s;
    try {
      await s.start();
    } catch (err) {
      await s.delete().catch(() => undefined);
      throw err;
    } finally {
      this.starting = undefined;
    }
    this.startedAt = new Date();
    void s.monitor.then((exit) => (this.exit = exit));
    return s;
  }

  /** The sandbox if it was started (or is starting); undefined otherwise. */
  current(): Promise<Sandbox | undefined> {
    return this.sandbox?.catch(() => undefined) ?? Promise.resolve(undefined);
  }

  /** The VM's pid, what containerd shows for every task of the pod; 0 before it exists. */
  async pid(): Promise<number> {
    return (await this.current())?.pid ?? 0;
  }

  /**
   * Stops the VM (every process in it ends); its state stays until destroy(). A pod still
   * waiting for a boot slot or booting gives up: its start fails and undoes itself.
   */
  async stop(timeoutMs?: number): Promise<void> {
    await this.starting?.stop({ force: true });
    const s = await this.current();
    await s?.stop({ timeoutMs });
  }

  /** Stops the VM and removes all it had on the host. */
  async destroy(): Promise<void> {
    await this.starting?.stop({ force: true });
    const s = await this.current();
    await s?.delete();
  }
}
