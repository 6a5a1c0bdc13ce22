/**
 * The one sandbox (VM) a shim serves, shared by the Task and Sandbox services. It comes into
 * being either with the pod's first container (containerd 1.x, or CRI's podsandbox mode,
 * where that container is the pause container) or through the Sandbox API (CRI's shim
 * mode), in which case it outlives its containers until ShutdownSandbox.
 */
import { failedPrecondition, notFound, validateId } from '../errors.js';
import { Sandbox, type SandboxConfig, type SandboxDeps, type SandboxExit } from '../sandbox/sandbox.js';

/** What the first container or CreateSandbox says about the pod. */
export interface PodSettings {
  annotations: Record<string, string>;
  hostname?: string;
  /** The pod's network namespace (CNI already set it up); none: the VM has no network. */
  netns?: string;
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
  private apiSettings: PodSettings | undefined;
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
    return this.apiSettings !== undefined;
  }

  /** CreateSandbox: remembers the pod's settings; StartSandbox boots it. */
  define(settings: PodSettings): void {
    if (this.apiSettings || this.sandbox) throw failedPrecondition(`sandbox ${this.id} already exists`);
    this.apiSettings = settings;
  }

  /**
   * The running sandbox, booting it first if need be. `settings` are the first container's,
   * used only when the Sandbox API has not defined the pod.
   */
  ensure(settings?: PodSettings): Promise<Sandbox> {
    if (!this.sandbox) {
      const s = this.apiSettings ?? settings ?? { annotations: {} };
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
