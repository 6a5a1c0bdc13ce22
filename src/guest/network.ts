/**
 * The guest's network as Kata's agent API shapes it: interfaces (found by MAC address, the
 * one name the host and the guest agree on) with their addresses and MTU, and the routing
 * table. Done with `ip` (busybox's in the guest), whose one-line output is parsed here.
 */
import { execa } from 'execa';
import { failedPrecondition, invalidArgument, notFound } from '../errors.js';
import { HELPER_LIMIT_MS } from './limits.js';

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

/** `ip -o link` lines: "2: eth0: <BROADCAST,UP,LOWER_UP> mtu 1500 ... link/ether aa:bb:..". */
export function parseLinks(text: string): Array<{ name: string; hwAddr: string; mtu: number; up: boolean }> {
  const links = [];
  for (const line of text.split('\n')) {
    const m = /^\d+:\s+([^:@\s]+)(?:@\S+)?:\s+<([^>]*)>.*?\bmtu\s+(\d+).*?link\/\S+\s+([0-9a-f:]{17})?/.exec(line);
    if (m) links.push({ name: m[1]!, hwAddr: m[4] ?? '', mtu: Number(m[3]), up: m[2]!.split(',').includes('UP') });
  }
  return links;
}

/** `ip -o addr` lines: "2: eth0    inet 10.0.0.2/24 brd ... scope global eth0\ ...". */
export function parseAddresses(text: string): Map<string, IpAddress[]> {
  const byName = new Map<string, IpAddress[]>();
  for (const line of text.split('\n')) {
    const m = /^\d+:\s+(\S+)\s+(inet6?)\s+([0-9a-fA-F.:]+)\/(\d+)/.exec(line);
    if (!m) continue;
    const list = byName.get(m[1]!) ?? [];
    list.push({ family: m[2] === 'inet' ? 'v4' : 'v6', address: m[3]!, mask: m[4]! });
    byName.set(m[1]!, list);
  }
  return byName;
}

const SCOPES: Record<string, number> = { global: 0, universe: 0, site: 200, link: 253, host: 254, nowhere: 255 };

/** `ip route` lines: "default via 10.0.0.1 dev eth0", "10.0.0.0/24 dev eth0 scope link  src 10.0.0.2". */
export function parseRoutes(text: string, family: Family): Route[] {
  const routes: Route[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (!words[0]) continue;
    const after = (key: string) => {
      const i = words.indexOf(key);
      return i >= 0 ? (words[i + 1] ?? '') : '';
    };
    const scope = after('scope');
    routes.push({
      dest: words[0] === 'default' ? '' : words[0],
      gateway: after('via'),
      device: after('dev'),
      source: after('src'),
      scope: scope ? (SCOPES[scope] ?? Number(scope)) : 0,
      family,
    });
  }
  return routes;
}

const NAME = /^[A-Za-z0-9_.-]{1,15}$/;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

export class Network {
  /** `ip` and any prefix it needs (tests run it inside a network namespace). */
  constructor(private readonly ipCommand: string[] = ['ip']) {}

  async listInterfaces(): Promise<Interface[]> {
    const [links, addrs] = await Promise.all([this.ip(['-o', 'link']), this.ip(['-o', 'addr'])]);
    const addresses = parseAddresses(addrs);
    return parseLinks(links).map((l) => ({ ...l, addresses: addresses.get(l.name) ?? [] }));
  }

  async listRoutes(): Promise<Route[]> {
    const [v4, v6] = await Promise.all([this.ip(['route', 'show']), this.ip(['-6', 'route', 'show'])]);
    return [...parseRoutes(v4, 'v4'), ...parseRoutes(v6, 'v6')];
  }

  /**
   * Makes the interface with this MAC address look as asked: its name, MTU and exactly these
   * addresses, and up. `device` names the interface instead when none has the MAC yet: a
   * guest restored from a VM template has the template's MACs, and gets the pod's here.
   */
  async updateInterface(want: Interface & { device?: string }): Promise<Interface> {
    const mac = want.hwAddr.toLowerCase();
    if (!MAC.test(mac)) throw invalidArgument(`interface hardware address ${JSON.stringify(want.hwAddr)} is not a MAC address`);
    if (want.name && !NAME.test(want.name)) throw invalidArgument(`interface name ${JSON.stringify(want.name)} is not valid`);
    if (want.device && !NAME.test(want.device)) throw invalidArgument(`interface device ${JSON.stringify(want.device)} is not valid`);
    for (const a of want.addresses) validateAddress(a);
    const links = await this.listInterfaces();
    let current = links.find((i) => i.hwAddr === mac);
    if (!current && want.device) {
      current = links.find((i) => i.name === want.device);
      if (current) {
        await this.ip(['link', 'set', 'dev', current.name, 'down']);
        await this.ip(['link', 'set', 'dev', current.name, 'address', mac]);
      }
    }
    if (!current) throw notFound(`no interface with hardware address ${mac}${want.device ? ` nor named ${want.device}` : ''}`);
    let name = current.name;
    if (want.name && want.name !== name) {
      await this.ip(['link', 'set', 'dev', name, 'down']);
      await this.ip(['link', 'set', 'dev', name, 'name', want.name]);
      name = want.name;
    }
    if (want.mtu) await this.ip(['link', 'set', 'dev', name, 'mtu', String(want.mtu)]);
    await this.ip(['addr', 'flush', 'dev', name]);
    for (const a of want.addresses) await this.ip([...(a.family === 'v6' ? ['-6'] : []), 'addr', 'add', `${a.address}/${a.mask}`, 'dev', name]);
    await this.ip(['link', 'set', 'dev', name, 'up']);
    const after = (await this.listInterfaces()).find((i) => i.name === name);
    if (!after) throw failedPrecondition(`interface ${name} vanished while it was configured`);
    return after;
  }

  /**
   * Replaces the routing table with `routes` (kernel-made link-local IPv6 routes are left
   * alone). Link routes go in before gateway routes, which need them.
   */
  async updateRoutes(routes: Route[]): Promise<Route[]> {
    for (const r of routes) validateRoute(r);
    for (const fam of ['v4', 'v6'] as const) {
      for (const r of await this.listRoutesOf(fam)) {
        if (fam === 'v6' && r.dest.startsWith('fe80:')) continue;
        await this.ip([...(fam === 'v6' ? ['-6'] : []), 'route', 'del', r.dest || 'default', ...(r.device ? ['dev', r.device] : [])]).catch(() => undefined);
      }
    }
    const ordered = [...routes].sort((a, b) => Number(Boolean(a.gateway)) - Number(Boolean(b.gateway)));
    for (const r of ordered) {
      const args = [...(r.family === 'v6' ? ['-6'] : []), 'route', 'replace', r.dest || 'default'];
      if (r.gateway) args.push('via', r.gateway);
      if (r.device) args.push('dev', r.device);
      if (r.source) args.push('src', r.source);
      if (r.scope && !r.gateway) args.push('scope', String(r.scope));
      await this.ip(args);
    }
    return this.listRoutes();
  }

  private async listRoutesOf(family: Family): Promise<Route[]> {
    return parseRoutes(await this.ip([...(family === 'v6' ? ['-6'] : []), 'route', 'show']), family);
  }

  private async ip(args: string[]): Promise<string> {
    const [file, ...prefix] = this.ipCommand;
    const r = await execa(file!, [...prefix, ...args], { reject: false, timeout: HELPER_LIMIT_MS });
    if (r.exitCode !== 0) throw failedPrecondition(`ip ${args.join(' ')}: ${(r.stderr || r.stdout).trim() || `exit ${r.exitCode}`}`);
    return r.stdout;
  }
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
  if (r.dest && (!host(net!) || (len !== undefined && !/^\d+$/.test(len)))) throw invalidArgument(`route destination ${r.dest} is not valid`);
  if (r.gateway && !host(r.gateway)) throw invalidArgument(`route gateway ${r.gateway} is not valid`);
  if (r.source && !host(r.source)) throw invalidArgument(`route source ${r.source} is not valid`);
  if (r.device && !NAME.test(r.device)) throw invalidArgument(`route device ${r.device} is not valid`);
}
