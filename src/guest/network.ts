/**
 * The guest's network as Kata's agent API shapes it: interfaces (found by MAC address, the
 * one name the host and the guest agree on) with their addresses and MTU, and the routing
 * table. Done over rtnetlink by the serving helper (helper.ts, scripts/guest/netlink.c), which
 * lists as JSON and changes one thing per question, by interface index.
 */
import { failedPrecondition, HuskError, invalidArgument, notFound } from '../errors.js';

const NIC_WAIT_MS = 30_000;
import { GuestHelper } from './helper.js';
export type Family = 'v4' | 'v6';

export interface IpAddress {
  family: Family;
  address: string;
  /** Prefix length, as a decimal string (Kata's "mask"). */
  mask: string;
}

export interface Interface {
  name: string;
  hwAddr: string;
  mtu: number;
  addresses: IpAddress[];
  up: boolean;
}

export interface Route {
  /** "default" or CIDR; empty means default too. */
  dest: string;
  gateway: string;
  device: string;
  source: string;
  scope: number;
  family: Family;
}

/** A link as the helper lists it. */
export interface NetlinkLink {
  index: number;
  name: string;
  /** "" for a link without an Ethernet-sized address. */
  mac: string;
  mtu: number;
  up: boolean;
  ether: boolean;
}

/** An address as the helper lists it. */
export interface NetlinkAddress {
  index: number;
  family: 4 | 6;
  address: string;
  prefix: number;
}

/** A main-table unicast route as the helper lists it ("" for no destination, gateway or source; index 0 for no device). */
export interface NetlinkRoute {
  dst: string;
  prefix: number;
  gateway: string;
  source: string;
  index: number;
  scope: number;
}

const NAME = /^[A-Za-z0-9_.-]{1,15}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

/** What Network asks the helper; tests give a scripted one. */
export type NetlinkAsker = Pick<GuestHelper, 'ask'>;

export class Network {
  constructor(
    private readonly helper: NetlinkAsker = new GuestHelper(),
    /** How long a NIC the host hot-plugged may take to appear in the guest. */
    private readonly nicWaitMs = NIC_WAIT_MS,
  ) {}

  async listInterfaces(): Promise<Interface[]> {
    const links = await this.links();
    const addrs = await this.addresses();
    return links.map((l) => interfaceOf(l, addrs));
  }

  async listRoutes(): Promise<Route[]> {
    const names = new Map((await this.links()).map((l) => [l.index, l.name]));
    const routes: Route[] = [];
    for (const family of ['v4', 'v6'] as const) {
      for (const r of await this.routes(family)) routes.push(routeOf(r, family, names));
    }
    return routes;
  }

  /**
   * Makes the interface with this MAC address look as asked: its name, MTU and exactly these
   * addresses, and up. `device` names the interface instead when none has the MAC yet: a
   * guest restored from a VM template has the template's MACs, and gets the pod's here.
   * Without `device`, a MAC not there yet is waited for a while (a hot-plugged NIC).
   */
  async updateInterface(want: Interface & { device?: string }): Promise<Interface> {
    const mac = want.hwAddr.toLowerCase();
    if (!MAC.test(mac)) throw invalidArgument(`interface hardware address ${JSON.stringify(want.hwAddr)} is not a MAC address`);
    if (want.name && !NAME.test(want.name)) throw invalidArgument(`interface name ${JSON.stringify(want.name)} is not valid`);
    if (want.device && !NAME.test(want.device)) throw invalidArgument(`interface device ${JSON.stringify(want.device)} is not valid`);
    if (!Number.isInteger(want.mtu) || want.mtu < 0 || want.mtu > 0xffffffff) throw invalidArgument(`interface MTU ${want.mtu} is not valid`);
    for (const a of want.addresses) validateAddress(a);
    let links = await this.links();
    let current = links.find((l) => l.mac === mac);
    // A NIC the host has just hot-plugged appears once the guest kernel has probed it.
    for (const deadline = Date.now() + this.nicWaitMs; !current && !want.device && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 50));
      links = await this.links();
      current = links.find((l) => l.mac === mac);
    }
    if (!current && want.device) {
      current = links.find((l) => l.name === want.device);
      if (current) {
        await this.change(`link ${current.index} down`);
        await this.change(`link ${current.index} mac ${mac}`);
      }
    }
    if (!current) throw notFound(`no interface with hardware address ${mac}${want.device ? ` nor named ${want.device}` : ''}`);
    const index = current.index;
    if (want.name && want.name !== current.name) {
      await this.change(`link ${index} down`);
      await this.change(`link ${index} name ${want.name}`);
    }
    if (want.mtu) await this.change(`link ${index} mtu ${want.mtu}`);
    for (const a of (await this.addresses()).filter((x) => x.index === index)) await this.change(`addr del ${index} ${a.family} ${a.address} ${a.prefix}`);
    for (const a of want.addresses) await this.change(`addr add ${index} ${a.family === 'v4' ? 4 : 6} ${a.address} ${a.mask}`);
    await this.change(`link ${index} up`);
    const after = (await this.links()).find((l) => l.index === index);
    if (!after) throw failedPrecondition(`interface ${want.name || current.name} vanished while it was configured`);
    return interfaceOf(after, await this.addresses());
  }

  /**
   * Replaces the routing table with `routes` (kernel-made link-local IPv6 routes are left
   * alone). Link routes go in before gateway routes, which need them.
   */
  async updateRoutes(routes: Route[]): Promise<Route[]> {
    for (const r of routes) validateRoute(r);
    const indexes = new Map((await this.links()).map((l) => [l.name, l.index]));
    const indexOf = (device: string) => {
      if (!device) return 0;
      const i = indexes.get(device);
      if (i === undefined) throw notFound(`route device ${device}: no such interface`);
      return i;
    };
    const wanted = routes.map((r) => ({ r, index: indexOf(r.device) }));
    for (const family of ['v4', 'v6'] as const) {
      for (const r of await this.routes(family)) {
        if (family === 'v6' && r.dst.startsWith('fe80:')) continue;
        // A route the kernel removed meanwhile (with the one it hung from) is no matter.
        await this.change(`route del ${family === 'v4' ? 4 : 6} ${r.dst || '-'} ${r.prefix} ${r.index}`).catch(() => undefined);
      }
    }
    const ordered = [...wanted].sort((a, b) => Number(Boolean(a.r.gateway)) - Number(Boolean(b.r.gateway)));
    for (const { r, index } of ordered) {
      const [dst, prefix] = destination(r);
      const scope = r.scope && !r.gateway ? String(r.scope) : '-';
      await this.change(`route replace ${r.family === 'v4' ? 4 : 6} ${dst || '-'} ${prefix} ${r.gateway || '-'} ${index} ${r.source || '-'} ${scope}`);
    }
    return this.listRoutes();
  }

  private async links(): Promise<NetlinkLink[]> {
    return this.list<NetlinkLink>('links', 'links', (x) => typeof x.index === 'number' && typeof x.name === 'string' && typeof x.mac === 'string');
  }

  private async addresses(): Promise<NetlinkAddress[]> {
    return this.list<NetlinkAddress>('addrs', 'addrs', (x) => typeof x.index === 'number' && (x.family === 4 || x.family === 6) && typeof x.address === 'string');
  }

  private async routes(family: Family): Promise<NetlinkRoute[]> {
    return this.list<NetlinkRoute>('routes', `routes ${family === 'v4' ? 4 : 6}`, (x) => typeof x.dst === 'string' && typeof x.prefix === 'number' && typeof x.index === 'number');
  }

  private async list<T>(what: string, command: string, valid: (x: Record<string, unknown>) => boolean): Promise<T[]> {
    const text = await this.ask(what, command);
    let items: unknown;
    try {
      items = JSON.parse(text);
    } catch {
      items = undefined;
    }
    if (!Array.isArray(items) || !items.every((x) => x && typeof x === 'object' && valid(x as Record<string, unknown>))) {
      throw failedPrecondition(`the helper's ${what} list is not one: ${text.slice(0, 200)}`);
    }
    return items as T[];
  }

  private async change(command: string): Promise<void> {
    await this.ask(command.split(' ', 2).join(' '), command);
  }

  /** A question to the helper; what the kernel refused is a failed precondition, as ip's refusals were. */
  private async ask(what: string, command: string): Promise<string> {
    try {
      return await this.helper.ask(what, command);
    } catch (err) {
      if (err instanceof HuskError) throw failedPrecondition(`${command}: ${err.message}`);
      throw err;
    }
  }
}

function interfaceOf(l: NetlinkLink, addrs: NetlinkAddress[]): Interface {
  return {
    name: l.name,
    hwAddr: l.mac,
    mtu: l.mtu,
    up: l.up,
    addresses: addrs.filter((a) => a.index === l.index).map((a) => ({ family: a.family === 4 ? 'v4' : 'v6', address: a.address, mask: String(a.prefix) })),
  };
}

function routeOf(r: NetlinkRoute, family: Family, names: Map<number, string>): Route {
  return {
    dest: r.prefix === 0 ? '' : `${r.dst}/${r.prefix}`,
    gateway: r.gateway,
    device: names.get(r.index) ?? '',
    source: r.source,
    scope: r.scope,
    family,
  };
}

/** A route's destination as address and prefix length; none (default) is "" and 0, an address alone a host route. */
function destination(r: Route): [string, number] {
  if (!r.dest || r.dest === 'default') return ['', 0];
  const [net, len] = r.dest.split('/');
  return [net!, len === undefined ? (r.family === 'v4' ? 32 : 128) : Number(len)];
}

const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^[0-9a-fA-F:]+$/;

function validateAddress(a: IpAddress): void {
  const ok = a.family === 'v4' ? IPV4.test(a.address) && Number(a.mask) <= 32 : IPV6.test(a.address) && a.address.includes(':') && Number(a.mask) <= 128;
  if (!ok || !/^\d+$/.test(a.mask)) throw invalidArgument(`address ${a.address}/${a.mask} is not a valid ${a.family} address`);
}

function validateRoute(r: Route): void {
  const host = (s: string) => (r.family === 'v4' ? IPV4.test(s) : IPV6.test(s) && s.includes(':'));
  const [net, len] = r.dest.split('/');
  if (r.dest && (!host(net!) || (len !== undefined && (!/^\d+$/.test(len) || Number(len) > (r.family === 'v4' ? 32 : 128))))) throw invalidArgument(`route destination ${r.dest} is not valid`);
  if (r.gateway && !host(r.gateway)) throw invalidArgument(`route gateway ${r.gateway} is not valid`);
  if (r.source && !host(r.source)) throw invalidArgument(`route source ${r.source} is not valid`);
  if (r.device && !NAME.test(r.device)) throw invalidArgument(`route device ${r.device} is not valid`);
}
