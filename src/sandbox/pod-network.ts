/**
 * The pod's network, handed to its VM. CRI's CNI plugins configure the pod's network
 * namespace (typically a veth eth0 with the pod's address, MAC and MTU, and a default
 * route), but a VM cannot use a veth. So each such interface gets a tap device beside it,
 * joined to it by tc redirects both ways (Kata's "tcfilter" model): every frame arriving on
 * the interface leaves through the tap to the guest, every frame from the guest leaves
 * through the interface. QEMU, started in the namespace, attaches the taps as virtio-net
 * NICs with the interfaces' MACs (so the CNI bridge sees the MAC it expects), and the guest
 * agent gives each guest NIC the interface's name, addresses and MTU, then the routes.
 *
 * The interfaces keep their addresses, as CNI DEL and anything reading the namespace
 * expect; their own stack just never sees a frame again, so the guest answers for the pod.
 * Node cannot enter a namespace, so the ip and tc commands run under nsenter.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import type { Logger } from 'pino';
import type { GuestAgent, GuestInterface, GuestRoute, IpFamily } from '../agent/guest-agent.js';
import { failedPrecondition, GrpcCode, HuskError, invalidArgument } from '../errors.js';
import type { ForeignTaps, NetworkDevice } from '../hypervisor/hypervisor.js';

/** Runs ip or tc (argv[0]) in the pod's network namespace; resolves with its stdout. */
export type NetnsExec = (argv: readonly string[]) => Promise<string>;

/** statfs f_type of the namespace file system: what /var/run/netns/<name> and /proc/<pid>/ns/net are. */
const NSFS_MAGIC = 0x6e736673;
const COMMAND_TIMEOUT_MS = 10_000;

/**
 * Accepts an absolute path to a namespace file (a bind mount such as /var/run/netns/cni-…,
 * or /proc/<pid>/ns/net). Anything else is the caller's mistake: InvalidArgument.
 */
export async function validateNetns(netns: string): Promise<string> {
  if (typeof netns !== 'string' || !path.isAbsolute(netns) || netns.split('/').includes('..') || netns.includes('\0')) {
    throw invalidArgument(`network namespace ${JSON.stringify(netns)} is not an absolute path without ".."`);
  }
  const st = await fs.statfs(netns).catch((err: Error) => {
    throw invalidArgument(`network namespace ${netns}: ${err.message}`);
  });
  if (st.type !== NSFS_MAGIC) throw invalidArgument(`${netns} is not a namespace file (its file system is not nsfs)`);
  return netns;
}

export function nsenterExec(netns: string, nsenter = 'nsenter'): NetnsExec {
  return async (argv) => {
    const r = await execa(nsenter, [`--net=${netns}`, '--', ...argv], { reject: false, timeout: COMMAND_TIMEOUT_MS });
    if (r.failed) throw new HuskError(GrpcCode.Internal, `${argv.join(' ')} (in ${netns}): ${(r.stderr || r.stdout).trim() || r.shortMessage}`);
    return r.stdout;
  };
}

/** One link of the namespace as `ip -j addr show` describes it. */
export interface NetnsLink {
  name: string;
  mac: string;
  mtu: number;
  /** Ethernet framing: what a tap can stand in for. */
  ether: boolean;
  /** The link has carrier; for a tap, that a process (a QEMU) holds it. */
  lowerUp: boolean;
  addresses: GuestInterface['addresses'];
}

interface IpAddrJson {
  ifname?: string;
  flags?: string[];
  mtu?: number;
  link_type?: string;
  address?: string;
  addr_info?: Array<{ family?: string; local?: string; prefixlen?: number }>;
}

/** IPv6 link-local (fe80::/10): every kernel makes its own from the MAC, the guest's included. */
const linkLocal6 = (address: string) => /^fe[89ab][0-9a-f]:/i.test(address);

export function parseLinks(json: string): NetnsLink[] {
  return (JSON.parse(json) as IpAddrJson[]).map((l) => ({
    name: l.ifname ?? '',
    mac: (l.address ?? '').toLowerCase(),
    mtu: l.mtu ?? 0,
    ether: l.link_type === 'ether',
    lowerUp: (l.flags ?? []).includes('LOWER_UP'),
    addresses: (l.addr_info ?? [])
      .filter((a) => (a.family === 'inet' || a.family === 'inet6') && a.local && a.prefixlen !== undefined && !linkLocal6(a.local))
      .map((a) => ({ family: a.family === 'inet6' ? ('v6' as const) : ('v4' as const), address: a.local!, prefixLength: a.prefixlen! })),
  }));
}

/** The tap paired with the index-th forwarded interface. */
export const tapName = (index: number) => `tap${index}_husk`;
const OUR_TAP = /^tap\d+_husk$/;

/**
 * The interfaces CNI configured: Ethernet links with an address of their own (loopback,
 * unconfigured links such as tunl0, and husk's taps are not).
 */
export function podInterfaces(links: readonly NetnsLink[]): GuestInterface[] {
  return links
    .filter((l) => l.ether && l.addresses.length > 0 && !OUR_TAP.test(l.name))
    .map((l) => ({ name: l.name, hwAddr: l.mac, mtu: l.mtu, addresses: l.addresses }));
}

interface IpRouteJson {
  type?: string;
  dst?: string;
  gateway?: string;
  dev?: string;
  prefsrc?: string;
  scope?: string;
}

const SCOPES: Record<string, number> = { global: 0, universe: 0, site: 200, link: 253, host: 254, nowhere: 255 };

/**
 * The main table's unicast routes through the given devices, from `ip -j route show`. The
 * kernel's connected routes are kept too: the agent replaces the guest's whole table, so a
 * gateway route arrives with the link route that makes its gateway reachable. Multipath
 * routes (no single device) and IPv6 link-local routes (the guest kernel makes its own) are
 * left out.
 */
export function parseRoutes(json: string, family: IpFamily, devices: ReadonlySet<string>): GuestRoute[] {
  return (JSON.parse(json) as IpRouteJson[])
    .filter((r) => (r.type ?? 'unicast') === 'unicast' && r.dev !== undefined && devices.has(r.dev) && !(family === 'v6' && r.dst && linkLocal6(r.dst)))
    .map((r) => ({
      family,
      dest: !r.dst || r.dst === 'default' ? '' : r.dst,
      gateway: r.gateway ?? '',
      device: r.dev!,
      source: r.prefsrc ?? '',
      scope: r.scope === undefined ? 0 : (SCOPES[r.scope] ?? Number(r.scope)),
    }));
}

/** What setting up one interface made, so a failure can undo exactly that. */
interface Made {
  tap: boolean;
  ingress: boolean;
}

/**
 * The commands that join `iface` and `tap` both ways, each with what it makes. A u32 filter
 * matching zero bits of the first byte matches every frame; mirred's egress redirect hands
 * the frame to the other device for transmission, and the filter steals it from the stack.
 * The tap is made, or is `existing` (a VM's own, moved into the namespace) renamed.
 */
export function redirectCommands(iface: string, tap: string, mtu: number, existing?: string): Array<{ argv: string[]; makes?: keyof Made }> {
  const redirect = (from: string, to: string) => ['tc', 'filter', 'add', 'dev', from, 'parent', 'ffff:', 'protocol', 'all', 'u32', 'match', 'u8', '0', '0', 'action', 'mirred', 'egress', 'redirect', 'dev', to];
  return [
    { argv: existing ? ['ip', 'link', 'set', 'dev', existing, 'name', tap] : ['ip', 'tuntap', 'add', 'dev', tap, 'mode', 'tap', 'vnet_hdr'], makes: 'tap' },
    { argv: ['ip', 'link', 'set', 'dev', tap, 'mtu', String(mtu), 'up'] },
    { argv: ['tc', 'qdisc', 'add', 'dev', tap, 'ingress'] },
    { argv: ['tc', 'qdisc', 'add', 'dev', iface, 'ingress'], makes: 'ingress' },
    { argv: redirect(iface, tap) },
    { argv: redirect(tap, iface) },
  ];
}

/** Undoes what redirectCommands made: the ingress qdisc takes its filters along, the tap its own qdisc. */
export function undoCommands(iface: string, tap: string, made: Made = { tap: true, ingress: true }): string[][] {
  return [
    ...(made.ingress ? [['tc', 'qdisc', 'del', 'dev', iface, 'ingress']] : []),
    ...(made.tap ? [['ip', 'link', 'del', 'dev', tap]] : []),
  ];
}

export interface PodEndpoint {
  /** The interface in the namespace, and what the guest NIC becomes. */
  iface: GuestInterface;
  tap: string;
}

export interface PodNetworkRecord {
  netns: string;
  endpoints: PodEndpoint[];
  routes: GuestRoute[];
}

export class PodNetwork {
  private released: Promise<void> | undefined;

  private constructor(
    readonly netns: string,
    private readonly joined: PodEndpoint[],
    private routeList: GuestRoute[],
    private readonly exec: NetnsExec,
    private readonly log: Logger,
  ) {}

  /** The interfaces the VM has a NIC for: those found at setup, then those added. */
  get endpoints(): readonly PodEndpoint[] {
    return this.joined;
  }

  /** The routes the guest gets: the namespace's, through the endpoints' interfaces. */
  get routes(): readonly GuestRoute[] {
    return this.routeList;
  }

  /**
   * Joins one more interface of the namespace (made there after the pod started, by a CNI
   * meta-plugin or an operator) to a tap of its own; the caller gives the VM a NIC on it.
   * NotFound for no such interface, FailedPrecondition for one that is not an addressed
   * Ethernet link, AlreadyExists for one joined already.
   */
  async addEndpoint(name: string): Promise<PodEndpoint> {
    if (this.joined.some((e) => e.iface.name === name)) throw new HuskError(GrpcCode.AlreadyExists, `interface ${name} of ${this.netns} already has a NIC in the VM`);
    const link = parseLinks(await this.exec(['ip', '-j', 'addr', 'show'])).find((l) => l.name === name);
    if (!link) throw new HuskError(GrpcCode.NotFound, `no interface ${name} in ${this.netns}`);
    const [iface] = podInterfaces([link]);
    if (!iface) throw failedPrecondition(`interface ${name} of ${this.netns} is not an Ethernet link with an address of its own`);
    const used = new Set(this.joined.map((e) => e.tap));
    let i = 0;
    while (used.has(tapName(i))) i++;
    const ep = { iface, tap: tapName(i) };
    const only = new Set([name]);
    const routes = [
      ...parseRoutes(await this.exec(['ip', '-j', 'route', 'show']), 'v4', only),
      ...parseRoutes(await this.exec(['ip', '-j', '-6', 'route', 'show']), 'v6', only),
    ];
    await joinToTap(ep, this.exec);
    this.joined.push(ep);
    this.routeList = [...this.routeList, ...routes];
    this.log.info({ netns: this.netns, interface: `${name}<->${ep.tap}`, routes: routes.length }, 'interface joined to a tap');
    return ep;
  }

  /** Undoes addEndpoint (or setup's join) for one interface: its tap, its redirects, its routes. */
  async removeEndpoint(name: string): Promise<void> {
    const ep = this.joined.find((e) => e.iface.name === name);
    if (!ep) throw new HuskError(GrpcCode.NotFound, `interface ${name} of ${this.netns} has no NIC in the VM`);
    const errors = await runAll(this.exec, undoCommands(ep.iface.name, ep.tap));
    this.joined.splice(this.joined.indexOf(ep), 1);
    this.routeList = this.routeList.filter((r) => r.device !== name);
    if (errors.length) this.log.warn({ netns: this.netns, interface: name, errors }, 'removing the tap of an interface left errors');
  }

  /**
   * Finds the namespace's interfaces and gives each a tap joined to it. On failure nothing
   * it made is left behind.
   */
  static async setup(netns: string, log: Logger, exec: NetnsExec = nsenterExec(netns)): Promise<PodNetwork> {
    await validateNetns(netns);
    const links = parseLinks(await exec(['ip', '-j', 'addr', 'show']));
    const ifaces = podInterfaces(links);
    const devices = new Set(ifaces.map((i) => i.name));
    const routes =
      devices.size === 0
        ? []
        : [
            ...parseRoutes(await exec(['ip', '-j', 'route', 'show']), 'v4', devices),
            ...parseRoutes(await exec(['ip', '-j', '-6', 'route', 'show']), 'v6', devices),
          ];
    await clearLeftovers(netns, links, ifaces, exec, log);

    const endpoints: PodEndpoint[] = [];
    try {
      for (const [i, iface] of ifaces.entries()) {
        const ep = { iface, tap: tapName(i) };
        await joinToTap(ep, exec);
        endpoints.push(ep);
      }
    } catch (err) {
      for (const ep of endpoints) await runAll(exec, undoCommands(ep.iface.name, ep.tap));
      throw err;
    }

    if (endpoints.length === 0) log.warn({ netns }, 'the network namespace has no configured interface; the VM gets no NIC');
    else log.info({ netns, interfaces: endpoints.map((e) => `${e.iface.name}<->${e.tap}`), routes: routes.length }, 'pod network joined to taps');
    return new PodNetwork(netns, endpoints, routes, exec, log);
  }

  /** What a later owner needs to take the network over (restore) and undo it. */
  record(): PodNetworkRecord {
    return { netns: this.netns, endpoints: this.joined.map((e) => ({ iface: { ...e.iface }, tap: e.tap })), routes: [...this.routeList] };
  }

  /** The network a previous owner set up for a VM that still runs: nothing is run, the taps are there. */
  static restore(r: PodNetworkRecord, log: Logger, exec: NetnsExec = nsenterExec(r.netns)): PodNetwork {
    return new PodNetwork(r.netns, r.endpoints.map((e) => ({ iface: { ...e.iface }, tap: e.tap })), [...r.routes], exec, log);
  }

  /**
   * For a VM that came running with its NICs on taps of its own in another namespace (from a
   * factory's cache): each endpoint's tap, which nothing holds yet, is replaced by the VM's,
   * moved into the pod's namespace under the endpoint's tap name and joined as before.
   * (Moving a tap keeps the VM's open descriptor on it; the kernel takes it down on the way.)
   */
  async takeTaps(from: ForeignTaps, exec: (netns: string) => NetnsExec = nsenterExec): Promise<void> {
    if (from.names.length !== this.endpoints.length) {
      throw new HuskError(GrpcCode.Internal, `the VM has ${from.names.length} NICs for the ${this.endpoints.length} interfaces of ${this.netns}`);
    }
    const there = exec(from.netns);
    for (const [i, ep] of this.endpoints.entries()) {
      await runAll(this.exec, undoCommands(ep.iface.name, ep.tap));
      await there(['ip', 'link', 'set', 'dev', from.names[i]!, 'netns', this.netns]);
      await joinToTap(ep, this.exec, from.names[i]);
    }
    this.log.info({ netns: this.netns, taps: from.names, from: from.netns }, 'the VM\'s own taps moved into the pod network');
  }

  /** The VM's NICs: one per tap, carrying the interface's MAC. */
  get devices(): NetworkDevice[] {
    return this.endpoints.map((e) => ({ tap: e.tap, mac: e.iface.hwAddr }));
  }

  /** Gives the guest the pod's addresses and routes, once its agent answers. */
  async configureGuest(agent: Pick<GuestAgent, 'updateInterface' | 'updateRoutes'>, options: { restored?: boolean } = {}): Promise<void> {
    if (this.endpoints.length === 0) return;
    // A VM restored from a template has the template's MACs on NICs the guest named in slot
    // order (net.ifnames=0): the agent finds each by that name and gives it the pod's MAC.
    for (const [i, e] of this.endpoints.entries()) await agent.updateInterface(options.restored ? { ...e.iface, guestDevice: `eth${i}` } : e.iface);
    await agent.updateRoutes([...this.routes]);
  }

  /**
   * Removes the taps and the ingress qdiscs (with their filters), then checks that they are
   * gone. A namespace that no longer exists, or an interface CNI has already deleted, leaves
   * nothing to do. Idempotent; after a failure, the next call tries again.
   */
  teardown(): Promise<void> {
    this.released ??= this.runTeardown().catch((err: unknown) => {
      this.released = undefined;
      throw err;
    });
    return this.released;
  }

  private async runTeardown(): Promise<void> {
    if (!(await isNamespace(this.netns))) return;
    const errors = await runAll(this.exec, this.endpoints.flatMap((e) => undoCommands(e.iface.name, e.tap)));
    const left = await this.remains();
    if (left.length > 0) {
      throw new HuskError(GrpcCode.Internal, `pod network in ${this.netns}: ${left.join(', ')} still there after teardown (${errors.join('; ') || 'no command failed'})`);
    }
    this.log.info({ netns: this.netns }, 'pod network taps removed');
  }

  /** What the endpoints still have in the namespace: taps, and ingress qdiscs on the interfaces. */
  private async remains(): Promise<string[]> {
    if (!(await isNamespace(this.netns))) return [];
    const links = new Set(parseLinks(await this.exec(['ip', '-j', 'addr', 'show'])).map((l) => l.name));
    const qdiscs = JSON.parse(await this.exec(['tc', '-j', 'qdisc', 'show'])) as Array<{ kind?: string; dev?: string }>;
    const ingress = new Set(qdiscs.filter((q) => q.kind === 'ingress').map((q) => q.dev));
    return this.endpoints.flatMap((e) => [
      ...(links.has(e.tap) ? [`tap ${e.tap}`] : []),
      ...(ingress.has(e.iface.name) ? [`the ingress qdisc of ${e.iface.name}`] : []),
    ]);
  }
}

async function joinToTap(ep: PodEndpoint, exec: NetnsExec, existing?: string): Promise<void> {
  const made: Made = { tap: false, ingress: false };
  try {
    for (const step of redirectCommands(ep.iface.name, ep.tap, ep.iface.mtu, existing)) {
      await exec(step.argv);
      if (step.makes) made[step.makes] = true;
    }
  } catch (err) {
    await runAll(exec, undoCommands(ep.iface.name, ep.tap, made));
    throw new HuskError((err as HuskError).grpcCode ?? GrpcCode.Internal, `cannot join ${ep.iface.name} to tap ${ep.tap}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * One VM per namespace: a husk tap that some process holds means another VM uses it. One
 * nobody holds was left by a husk that died without cleaning up; it goes, and with it the
 * ingress qdiscs it had on the interfaces (nothing else puts one on a pod's interface).
 */
async function clearLeftovers(netns: string, links: readonly NetnsLink[], ifaces: readonly GuestInterface[], exec: NetnsExec, log: Logger): Promise<void> {
  const taps = links.filter((l) => OUR_TAP.test(l.name));
  if (taps.length === 0) return;
  const held = taps.find((t) => t.lowerUp);
  if (held) throw failedPrecondition(`network namespace ${netns} is in use by another VM (tap ${held.name} is attached)`);
  log.warn({ netns, taps: taps.map((t) => t.name) }, 'removing taps a dead sandbox left in the network namespace');
  await runAll(exec, [...ifaces.map((i) => ['tc', 'qdisc', 'del', 'dev', i.name, 'ingress']), ...taps.map((t) => ['ip', 'link', 'del', 'dev', t.name])]);
}

/** Runs every command whatever the others do; returns the failures' messages. */
async function runAll(exec: NetnsExec, commands: readonly string[][]): Promise<string[]> {
  const errors: string[] = [];
  for (const argv of commands) await exec(argv).catch((err: Error) => errors.push(err.message));
  return errors;
}

/** Whether the path still names a namespace: containerd unmounts and removes it after CNI DEL. */
async function isNamespace(p: string): Promise<boolean> {
  return fs.statfs(p).then(
    (st) => st.type === NSFS_MAGIC,
    () => false,
  );
}
