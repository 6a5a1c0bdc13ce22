/**
 * The pod network's parsing and command sequences over a scripted `ip`/`tc`, including
 * failures half-way and leftovers of a dead sandbox. test/integration/pod-network runs it
 * for real, with a VM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { pino } from 'pino';
import type { GuestInterface, GuestRoute } from '../../../src/agent/guest-agent.js';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import {
  parseLinks,
  parseRoutes,
  podInterfaces,
  PodNetwork,
  redirectCommands,
  undoCommands,
  validateNetns,
  type NetnsExec,
} from '../../../src/sandbox/pod-network.js';
import { FakeVmFactory } from '../../../src/hypervisor/fake.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';

const log = pino({ level: 'silent' });
/** Any real namespace file will do: the commands never reach it. */
const NETNS = '/proc/self/ns/net';

// `ip -j addr show` of a CNI bridge pod's namespace (taken from a real one), plus an
// unconfigured tunl0 as the ipip module leaves in every namespace.
const LO = { ifindex: 1, ifname: 'lo', flags: ['LOOPBACK', 'UP', 'LOWER_UP'], mtu: 65536, link_type: 'loopback', address: '00:00:00:00:00:00', addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8, scope: 'host' }, { family: 'inet6', local: '::1', prefixlen: 128, scope: 'host' }] };
const ETH0 = {
  ifindex: 2, link_index: 5, ifname: 'eth0', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], mtu: 1400, link_type: 'ether', address: 'F6:49:a3:85:22:30', link_netnsid: 0,
  addr_info: [
    { family: 'inet', local: '10.209.0.2', prefixlen: 24, scope: 'global', label: 'eth0' },
    { family: 'inet6', local: 'fd00:209::2', prefixlen: 64, scope: 'global' },
    { family: 'inet6', local: 'fe80::f449:a3ff:fe85:2230', prefixlen: 64, scope: 'link' },
  ],
};
const TUNL0 = { ifindex: 3, ifname: 'tunl0', flags: ['NOARP'], mtu: 1480, link_type: 'ipip', address: '0.0.0.0', addr_info: [] };
const NET1 = { ifindex: 4, ifname: 'net1', flags: ['BROADCAST', 'UP', 'LOWER_UP'], mtu: 9000, link_type: 'ether', address: '0a:58:0a:00:00:07', addr_info: [{ family: 'inet', local: '192.168.50.7', prefixlen: 24 }] };
const DOWN_TAP = { ifindex: 9, ifname: 'tap0_husk', flags: ['NO-CARRIER', 'BROADCAST', 'UP'], mtu: 1400, link_type: 'ether', address: '02:b1:b4:97:f0:fa', addr_info: [] };
const HELD_TAP = { ...DOWN_TAP, flags: ['BROADCAST', 'UP', 'LOWER_UP'] };

const ROUTES4 = [
  { dst: 'default', gateway: '10.209.0.1', dev: 'eth0', flags: [] },
  { dst: '10.209.0.0/24', dev: 'eth0', protocol: 'kernel', scope: 'link', prefsrc: '10.209.0.2', flags: [] },
  { dst: '192.168.50.0/24', dev: 'net1', protocol: 'kernel', scope: 'link', prefsrc: '192.168.50.7', flags: [] },
  { type: 'unreachable', dst: '10.99.0.0/16', flags: [] },
  { dst: '10.77.0.0/16', nexthops: [{ gateway: '10.209.0.1', dev: 'eth0' }], flags: [] },
];
const ROUTES6 = [
  { dst: 'fd00:209::/64', dev: 'eth0', protocol: 'kernel', metric: 256, flags: [] },
  { dst: 'fe80::/64', dev: 'eth0', protocol: 'kernel', metric: 256, flags: [] },
];

const ETH0_GUEST: GuestInterface = {
  name: 'eth0',
  hwAddr: 'f6:49:a3:85:22:30',
  mtu: 1400,
  addresses: [
    { family: 'v4', address: '10.209.0.2', prefixLength: 24 },
    { family: 'v6', address: 'fd00:209::2', prefixLength: 64 },
  ],
};
const ETH0_ROUTES: GuestRoute[] = [
  { family: 'v4', dest: '', gateway: '10.209.0.1', device: 'eth0', source: '', scope: 0 },
  { family: 'v4', dest: '10.209.0.0/24', gateway: '', device: 'eth0', source: '10.209.0.2', scope: 253 },
  { family: 'v6', dest: 'fd00:209::/64', gateway: '', device: 'eth0', source: '', scope: 0 },
];

/**
 * A scripted namespace: answers the listing commands from `links` (taps appear and go as
 * the commands make and delete them), records everything else, and fails a command whose
 * text matches `failOn`.
 */
function scripted(links: object[], options: { failOn?: RegExp; keepTaps?: boolean; qdiscs?: object[] } = {}) {
  const calls: string[] = [];
  let current = [...links];
  const exec: NetnsExec = async (argv) => {
    const line = argv.join(' ');
    calls.push(line);
    if (options.failOn?.test(line)) throw new HuskError(GrpcCode.Internal, `${line}: RTNETLINK answers: File exists`);
    if (line === 'ip -j addr show') return JSON.stringify(current);
    if (line === 'ip -j route show') return JSON.stringify(ROUTES4);
    if (line === 'ip -j -6 route show') return JSON.stringify(ROUTES6);
    if (line === 'tc -j qdisc show') return JSON.stringify(options.qdiscs ?? []);
    const tap = /^ip tuntap add dev (\S+)/.exec(line)?.[1];
    if (tap) current.push({ ...DOWN_TAP, ifname: tap });
    const gone = /^ip link del dev (\S+)/.exec(line)?.[1];
    if (gone && !options.keepTaps) current = current.filter((l) => (l as { ifname: string }).ifname !== gone);
    return '';
  };
  /** A link that appears in the namespace now. */
  const appear = (link: object) => void current.push(link);
  return { exec, calls, appear };
}

const joinEth0 = [
  'ip tuntap add dev tap0_husk mode tap vnet_hdr',
  'ip link set dev tap0_husk mtu 1400 up',
  'tc qdisc add dev tap0_husk ingress',
  'tc qdisc add dev eth0 ingress',
  'tc filter add dev eth0 parent ffff: protocol all u32 match u8 0 0 action mirred egress redirect dev tap0_husk',
  'tc filter add dev tap0_husk parent ffff: protocol all u32 match u8 0 0 action mirred egress redirect dev eth0',
];
const discovery = ['ip -j addr show', 'ip -j route show', 'ip -j -6 route show'];

describe('parsing the namespace', () => {
  test('the interfaces CNI configured: Ethernet, with addresses; link-local IPv6 left to the guest kernel', () => {
    const links = parseLinks(JSON.stringify([LO, ETH0, TUNL0, NET1, DOWN_TAP]));
    expect(links.map((l) => [l.name, l.ether, l.lowerUp])).toEqual([
      ['lo', false, true],
      ['eth0', true, true],
      ['tunl0', false, false],
      ['net1', true, true],
      ['tap0_husk', true, false],
    ]);
    expect(podInterfaces(links)).toEqual([ETH0_GUEST, { name: 'net1', hwAddr: '0a:58:0a:00:00:07', mtu: 9000, addresses: [{ family: 'v4', address: '192.168.50.7', prefixLength: 24 }] }]);
  });

  test('routes through the chosen devices, connected ones included, as the agent takes them', () => {
    const devices = new Set(['eth0']);
    expect([...parseRoutes(JSON.stringify(ROUTES4), 'v4', devices), ...parseRoutes(JSON.stringify(ROUTES6), 'v6', devices)]).toEqual(ETH0_ROUTES);
    expect(parseRoutes(JSON.stringify([{ dst: '10.0.0.5', dev: 'eth0', scope: 'host' }, { dst: '10.0.0.6', dev: 'eth0', scope: '42' }]), 'v4', devices).map((r) => [r.dest, r.scope])).toEqual([
      ['10.0.0.5', 254],
      ['10.0.0.6', 42],
    ]);
    expect(parseRoutes('[]', 'v4', devices)).toEqual([]);
  });

  test('redirect and undo commands', () => {
    expect(redirectCommands('eth0', 'tap0_husk', 1400).map((c) => c.argv.join(' '))).toEqual(joinEth0);
    expect(undoCommands('eth0', 'tap0_husk').map((a) => a.join(' '))).toEqual(['tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk']);
    expect(undoCommands('eth0', 'tap0_husk', { tap: true, ingress: false }).map((a) => a.join(' '))).toEqual(['ip link del dev tap0_husk']);
  });
});

describe('validateNetns', () => {
  test('takes namespace files, refuses anything else as InvalidArgument', async () => {
    await expect(validateNetns('/proc/self/ns/net')).resolves.toBe('/proc/self/ns/net');
    for (const [netns, why] of [
      ['var/run/netns/x', /not an absolute path/],
      ['/var/run/netns/../../etc/passwd', /without "\.\."/],
      ['/var/run/netns/no-such-husk-netns', /ENOENT/],
      ['/etc/hostname', /not a namespace file/],
      ['', /not an absolute path/],
    ] as const) {
      await expect(validateNetns(netns)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument, message: expect.stringMatching(why) });
    }
  });

  test('Sandbox.create refuses a bad netns before making anything', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-podnet-'));
    try {
      const config = { id: 'p', stateRoot: path.join(root, 'state'), image: { kernelPath: '', initrdPath: '', rootfsImagePath: '' }, memoryMiB: 256, vcpus: 1, netns: '/tmp' };
      const deps = { vms: new FakeVmFactory(), connectAgent: () => Promise.reject(new Error('unused')), log };
      await expect(Sandbox.create(config, deps)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
      expect(fs.existsSync(path.join(root, 'state'))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('PodNetwork', () => {
  test('setup joins each interface to a tap, the guest gets addresses then routes, teardown undoes it and checks', async () => {
    const ns = scripted([LO, ETH0, TUNL0, NET1]);
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    const joinNet1 = redirectCommands('net1', 'tap1_husk', 9000).map((c) => c.argv.join(' '));
    expect(ns.calls).toEqual([...discovery, ...joinEth0, ...joinNet1]);
    expect(net.devices).toEqual([
      { tap: 'tap0_husk', mac: 'f6:49:a3:85:22:30' },
      { tap: 'tap1_husk', mac: '0a:58:0a:00:00:07' },
    ]);

    const agent: string[] = [];
    let routes: GuestRoute[] = [];
    await net.configureGuest({
      updateInterface: async (i) => void agent.push(`interface ${i.name} ${i.hwAddr} ${i.mtu} ${i.addresses.map((a) => `${a.address}/${a.prefixLength}`).join(' ')}`),
      updateRoutes: async (r) => void ((routes = r), agent.push('routes')),
    });
    expect(agent).toEqual(['interface eth0 f6:49:a3:85:22:30 1400 10.209.0.2/24 fd00:209::2/64', 'interface net1 0a:58:0a:00:00:07 9000 192.168.50.7/24', 'routes']);
    expect(routes).toEqual([...ETH0_ROUTES.slice(0, 2), { family: 'v4', dest: '192.168.50.0/24', gateway: '', device: 'net1', source: '192.168.50.7', scope: 253 }, ETH0_ROUTES[2]]);

    ns.calls.length = 0;
    await Promise.all([net.teardown(), net.teardown()]);
    await net.teardown();
    expect(ns.calls).toEqual(['tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk', 'tc qdisc del dev net1 ingress', 'ip link del dev tap1_husk', 'ip -j addr show', 'tc -j qdisc show']);
  });

  test('an interface made after setup joins a tap of its own with its routes, and leaves again', async () => {
    // The pod started with eth0; net1 appears later (a CNI meta-plugin).
    const ns = scripted([LO, ETH0]);
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    ns.calls.length = 0;
    ns.appear(NET1);
    const later = ns;
    const ep = await net.addEndpoint('net1');
    expect(ep).toEqual({ iface: { name: 'net1', hwAddr: '0a:58:0a:00:00:07', mtu: 9000, addresses: [{ family: 'v4', address: '192.168.50.7', prefixLength: 24 }] }, tap: 'tap1_husk' });
    expect(later.calls).toEqual([...discovery, ...redirectCommands('net1', 'tap1_husk', 9000).map((c) => c.argv.join(' '))]);
    expect(net.routes.filter((r) => r.device === 'net1')).toEqual([{ family: 'v4', dest: '192.168.50.0/24', gateway: '', device: 'net1', source: '192.168.50.7', scope: 253 }]);
    await expect(net.addEndpoint('net1')).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    await expect(net.addEndpoint('nope')).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(net.addEndpoint('lo')).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    later.calls.length = 0;
    await net.removeEndpoint('net1');
    expect(later.calls).toEqual(undoCommands('net1', 'tap1_husk').map((c) => c.join(' ')));
    expect(net.routes.map((r) => r.device)).toEqual(['eth0', 'eth0', 'eth0']);
    expect(net.endpoints.map((e) => e.iface.name)).toEqual(['eth0']);
    await expect(net.removeEndpoint('net1')).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
  });

  test('a namespace with nothing configured: no NIC, nothing made, nothing asked of the guest', async () => {
    const ns = scripted([LO, TUNL0]);
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    expect(net.devices).toEqual([]);
    expect(ns.calls).toEqual(['ip -j addr show']);
    await net.configureGuest({ updateInterface: () => Promise.reject(new Error('no')), updateRoutes: () => Promise.reject(new Error('no')) });
  });

  test('a failure half-way undoes exactly what was made, and names the interface', async () => {
    // An ingress qdisc that is not ours on eth0: ours cannot be added, and theirs must stay.
    const ns = scripted([LO, ETH0], { failOn: /^tc qdisc add dev eth0 ingress/ });
    const err = await PodNetwork.setup(NETNS, log, ns.exec).catch((e: HuskError) => e);
    expect(err).toMatchObject({ grpcCode: GrpcCode.Internal, message: expect.stringMatching(/^cannot join eth0 to tap tap0_husk: tc qdisc add dev eth0 ingress: RTNETLINK answers: File exists/) });
    expect(ns.calls.slice(-2)).toEqual(['tc qdisc add dev eth0 ingress', 'ip link del dev tap0_husk']);
  });

  test('a failure on the second interface also undoes the first', async () => {
    const ns = scripted([LO, ETH0, NET1], { failOn: /^tc filter add dev tap1_husk/ });
    await expect(PodNetwork.setup(NETNS, log, ns.exec)).rejects.toThrow(/cannot join net1 to tap tap1_husk/);
    expect(ns.calls.slice(-4)).toEqual(['tc qdisc del dev net1 ingress', 'ip link del dev tap1_husk', 'tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk']);
  });

  test("a dead sandbox's tap is cleared first; one a VM still holds refuses the namespace", async () => {
    const ns = scripted([LO, ETH0, DOWN_TAP]);
    await PodNetwork.setup(NETNS, log, ns.exec);
    expect(ns.calls).toEqual([...discovery, 'tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk', ...joinEth0]);

    const held = scripted([LO, ETH0, HELD_TAP]);
    await expect(PodNetwork.setup(NETNS, log, held.exec)).rejects.toMatchObject({
      grpcCode: GrpcCode.FailedPrecondition,
      message: `network namespace ${NETNS} is in use by another VM (tap tap0_husk is attached)`,
    });
    expect(held.calls).toEqual(discovery);
  });

  test('teardown that leaves something says what, and the next call tries again', async () => {
    const ns = scripted([LO, ETH0], { keepTaps: true, qdiscs: [{ kind: 'ingress', dev: 'eth0' }] });
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    await expect(net.teardown()).rejects.toMatchObject({ grpcCode: GrpcCode.Internal, message: expect.stringContaining('tap tap0_husk, the ingress qdisc of eth0 still there after teardown') });
    ns.calls.length = 0;
    await expect(net.teardown()).rejects.toThrow(/still there/);
    expect(ns.calls[0]).toBe('tc qdisc del dev eth0 ingress');
  });

  test('teardown of a namespace that is gone does nothing', async () => {
    // A namespace held by a child only: once the child dies, its path no longer names one.
    const holder = execa('unshare', ['--net', 'sleep', '1000'], { reject: false });
    const netns = `/proc/${holder.pid}/ns/net`;
    const ns = scripted([LO, ETH0]);
    const net = await PodNetwork.setup(netns, log, ns.exec);
    holder.kill('SIGKILL');
    await holder;
    ns.calls.length = 0;
    await net.teardown();
    expect(ns.calls).toEqual([]);
  });
  test("a VM from the cache brings its own tap: the pod's fresh one goes, the VM's is moved in under its name and joined", async () => {
    const ns = scripted([LO, ETH0]);
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    const cache = scripted([]);
    ns.calls.length = 0;
    await net.takeTaps({ netns: '/var/run/netns/husk-cache', names: ['hkabcdef01n0'] }, (where) => (where === '/var/run/netns/husk-cache' ? cache.exec : ns.exec));
    expect(cache.calls).toEqual([`ip link set dev hkabcdef01n0 netns ${NETNS}`]);
    expect(ns.calls).toEqual(['tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk', 'ip link set dev hkabcdef01n0 name tap0_husk', ...joinEth0.slice(1)]);
    // Torn down as any: the tap has the pod's name now.
    ns.calls.length = 0;
    await net.teardown();
    expect(ns.calls.slice(0, 2)).toEqual(['tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk']);
  });

  test('a VM with another number of NICs than the pod has interfaces is refused before anything moves', async () => {
    const ns = scripted([LO, ETH0]);
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    ns.calls.length = 0;
    await expect(net.takeTaps({ netns: '/x', names: ['a', 'b'] }, () => ns.exec)).rejects.toMatchObject({ grpcCode: GrpcCode.Internal, message: expect.stringContaining('2 NICs for the 1 interfaces') });
    expect(ns.calls).toEqual([]);
  });
});
