/**
 * A guest agent double for the unit tests of the sandbox and the shim services: it records
 * each call, and its processes run, writing nothing, until the test says how they end
 * (`exits`, or a signal). Not an agent.
 */
import type { ContainerStats, GuestAgent, GuestInterface, GuestProcessInfo, GuestRoute } from '../../../src/agent/guest-agent.js';
import { GrpcCode, HuskError } from '../../../src/errors.js';

/** An agent whose processes run until the test says how they end. */
export class ScriptedAgent implements GuestAgent {
  readonly calls: string[] = [];
  readonly exits = new Map<string, (status: number) => void>();
  failCreateContainer: Error | undefined;
  closed = false;
  /** judge() settles it, as the real agent client does when the guest stops answering. */
  readonly unresponsive: Promise<Error>;
  judge!: (err: Error) => void;
  constructor() {
    this.unresponsive = new Promise((r) => (this.judge = r));
  }
  private readonly lost = new AbortController();

  private hold<T>(signal?: AbortSignal): Promise<T> {
    return new Promise((_, reject) => {
      const fail = () => reject(new HuskError(GrpcCode.Unavailable, 'agent connection lost'));
      this.lost.signal.addEventListener('abort', fail, { once: true });
      signal?.addEventListener('abort', fail, { once: true });
    });
  }

  async createSandbox() { this.calls.push('createSandbox'); }
  async destroySandbox() { this.calls.push('destroySandbox'); }
  async createContainer(id: string) {
    this.calls.push(`createContainer ${id}`);
    if (this.failCreateContainer) throw this.failCreateContainer;
  }
  async startContainer(id: string) { this.calls.push(`startContainer ${id}`); }
  async removeContainer(id: string) { this.calls.push(`removeContainer ${id}`); }
  async exec(id: string, execId: string) { this.calls.push(`exec ${id} ${execId}`); }
  async signal(id: string, execId: string, signal: number) {
    this.calls.push(`signal ${id} ${execId} ${signal}`);
    this.exits.get(`${id}/${execId}`)?.(128 + signal);
  }
  /** Ends every process of the container still waited for. */
  async signalAll(id: string, signal: number) {
    this.calls.push(`signalAll ${id} ${signal}`);
    for (const [key, exit] of this.exits) if (key.startsWith(`${id}/`)) exit(128 + signal);
  }
  /** What processes() answers for a container: the test sets it. */
  readonly guestProcesses = new Map<string, GuestProcessInfo[]>();
  async processes(id: string) { return this.guestProcesses.get(id) ?? []; }
  /** Ending a process (its entry in `exits`) ends its output too, as a real process's pipes close. */
  wait(id: string, execId: string, signal?: AbortSignal): Promise<number> {
    const key = `${id}/${execId}`;
    const exited = new Promise<number>((r) =>
      this.exits.set(key, (status) => {
        this.outputEnd(key).end();
        r(status);
      }),
    );
    return Promise.race([exited, this.hold<number>(signal)]);
  }
  /** No output until the process ends: then end of stream. */
  read(id: string, execId: string, _which: string, _max: number, signal?: AbortSignal): Promise<Buffer | null> {
    return Promise.race([this.outputEnd(`${id}/${execId}`).ended, this.hold<null>(signal)]);
  }
  private readonly outputEnds = new Map<string, { ended: Promise<null>; end(): void }>();
  private outputEnd(key: string) {
    let e = this.outputEnds.get(key);
    if (!e) {
      let end!: () => void;
      const ended = new Promise<null>((r) => (end = () => r(null)));
      this.outputEnds.set(key, (e = { ended, end }));
    }
    return e;
  }
  async writeStdin(_id: string, _e: string, data: Uint8Array) { return data.length; }
  async closeStdin() {}
  async resizeTty() {}
  async pause(id: string) { this.calls.push(`pause ${id}`); }
  async resume(id: string) { this.calls.push(`resume ${id}`); }
  async update() {}
  async stats(): Promise<ContainerStats> {
    return { cpu: { totalNs: 1n, userNs: 1n, systemNs: 0n }, memory: { usage: 1n, limit: 2n, maxUsage: 1n, stats: {} }, pids: { current: 1n, limit: 0n } };
  }
  nextOom(signal?: AbortSignal): Promise<string> { return this.hold(signal); }
  async metrics() { return ''; }
  async updateInterface(i: { name: string }) { this.calls.push(`updateInterface ${i.name}`); }
  async updateRoutes(r: unknown[]) { this.calls.push(`updateRoutes ${r.length}`); }
  guestInterfaces: GuestInterface[] = [];
  guestRoutes: GuestRoute[] = [];
  async listInterfaces() { return this.guestInterfaces; }
  async listRoutes() { return this.guestRoutes; }
  async reseedRandom(seed: Uint8Array) { this.calls.push(`reseedRandom ${seed.length}`); }
  async setClock() { this.calls.push('setClock'); }
  async setOnlineCpus(n: number) { this.calls.push(`setOnlineCpus ${n}`); }
  close() {
    this.closed = true;
    this.lost.abort();
  }
}

