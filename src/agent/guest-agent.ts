/**
 * What the sandbox model asks of the agent in its VM, in plain TypeScript (OCI spec as JSON,
 * bytes as Buffers, statuses as numbers). RemoteAgent (remote-agent.ts) does it over the Kata
 * protocol; this file imports nothing, so the model never loads a protobuf message.
 */

type Json = Record<string, unknown>;

export interface SharedStorage {
  /** The 9p/virtio-fs tag QEMU exports. */
  source: string;
  fstype: '9p' | 'virtiofs';
  options: string[];
  /** Where the agent mounts it in the guest. */
  mountPoint: string;
}

export interface ContainerStats {
  cpu: { totalNs: bigint; userNs: bigint; systemNs: bigint };
  memory: { usage: bigint; limit: bigint; maxUsage: bigint; stats: Record<string, bigint> };
  pids: { current: bigint; limit: bigint };
}

export interface GuestProcessInfo {
  pid: number;
  execId?: string;
}

export type IpFamily = 'v4' | 'v6';

/** A guest NIC as the agent configures it: found by its MAC, then named, sized and addressed. */
export interface GuestInterface {
  name: string;
  hwAddr: string;
  /**
   * The guest's name for the NIC while it does not have hwAddr yet (a VM restored from a
   * template has the template's MACs): the agent gives it hwAddr.
   */
  guestDevice?: string;
  mtu: number;
  addresses: Array<{ family: IpFamily; address: string; prefixLength: number }>;
}

export interface GuestRoute {
  family: IpFamily;
  /** CIDR; empty for the default route. */
  dest: string;
  gateway: string;
  device: string;
  /** Preferred source address, or empty. */
  source: string;
  /** rtnetlink scope number: 0 universe, 253 link, 254 host. */
  scope: number;
}

export interface GuestAgent {
  /** Settles when the agent has been judged hung or dead while calls waited for it. */
  readonly unresponsive?: Promise<Error>;
  createSandbox(req: { sandboxId: string; hostname: string; storages: SharedStorage[] }): Promise<void>;
  destroySandbox(): Promise<void>;
  createContainer(id: string, spec: Json): Promise<void>;
  startContainer(id: string): Promise<void>;
  removeContainer(id: string, timeoutSeconds: number): Promise<void>;
  exec(id: string, execId: string, process: Json): Promise<void>;
  /** Signals one process: the init for an empty exec id. */
  signal(id: string, execId: string, signal: number): Promise<void>;
  /** Signals every process of the container (`runc kill --all` in the guest). */
  signalAll(id: string, signal: number): Promise<void>;
  /** Every process in the container, by its pid in the guest; an exec's own process names its exec. */
  processes(id: string): Promise<GuestProcessInfo[]>;
  /** The process's exit status (code, or 128+signal). */
  wait(id: string, execId: string, signal?: AbortSignal): Promise<number>;
  /** Up to `max` bytes of output; null at end of stream. */
  read(id: string, execId: string, which: 'stdout' | 'stderr', max: number, signal?: AbortSignal): Promise<Buffer | null>;
  writeStdin(id: string, execId: string, data: Uint8Array): Promise<number>;
  closeStdin(id: string, execId: string): Promise<void>;
  resizeTty(id: string, execId: string, rows: number, columns: number): Promise<void>;
  pause(id: string): Promise<void>;
  resume(id: string): Promise<void>;
  update(id: string, resources: Json): Promise<void>;
  stats(id: string): Promise<ContainerStats>;
  /** Resolves with the next container the guest kernel OOM-killed in. */
  nextOom(signal?: AbortSignal): Promise<string>;
  /** The agent's own figures (its RSS, the guest's memory) as Prometheus text. */
  metrics(): Promise<string>;
  updateInterface(iface: GuestInterface): Promise<void>;
  /** Replaces the guest's routing table (all of it: link routes must be in `routes` too). */
  updateRoutes(routes: GuestRoute[]): Promise<void>;
  /** The guest's links as its kernel has them, loopback included. */
  listInterfaces(): Promise<GuestInterface[]>;
  /** The guest's main routing table as its kernel has it. */
  listRoutes(): Promise<GuestRoute[]>;
  /** Credits these random bytes to the guest kernel's entropy and reseeds its CRNG. */
  reseedRandom(seed: Uint8Array): Promise<void>;
  /** Sets the guest's realtime clock. */
  setClock(at: Date): Promise<void>;
  /** Brings the guest's online vCPUs to `cpus`: onlines hot-added or spare ones, offlines the highest beyond. */
  setOnlineCpus(cpus: number): Promise<void>;
  close(): void;
  /**
   * The host is handing the guest to another shim: the agent ends the output reads and OOM
   * waits it holds for this connection without taking anything (-1: an agent that cannot).
   */
  release?(): Promise<number>;
}
