/**
 * Network over a scripted helper: what it asks the helper (one change per question, by
 * interface index) and how it reads the helper's lists. The real helper against a real
 * kernel: test/integration/guest/network.test.ts.
 */
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { Network, type NetlinkAddress, type NetlinkLink, type NetlinkRoute } from '../../../src/guest/network.js';

/** A kernel as the helper would show it: lists answer from this state, changes are recorded and applied. */
function scripted(state: { links: NetlinkLink[]; addrs: NetlinkAddress[]; routes: Record<4 | 6, NetlinkRoute[]> }, refuse?: RegExp) {
  const asked: string[] = [];
  const helper = {
    async ask(_what: string, command: string): Promise<string> {
      const w = command.split(' ');
      if (w[0] === 'links') return JSON.stringify(state.links);
      if (w[0] === 'addrs') return JSON.stringify(state.addrs);
      if (w[0] === 'routes') return JSON.stringify(state.routes[Number(w[1]) as 4 | 6]);
      asked.push(command);
      if (refuse?.test(command)) throw new HuskError(GrpcCode.Internal, 'identity route: netlink: Network is unreachable');
      const link = state.links.find((l) => l.index === Number(w[1]));
      if (w[0] === 'link' && link) {
        if (w[2] === 'up' || w[2] === 'down') link.up = w[2] === 'up';
        if (w[2] === 'mac') link.mac = w[3]!;
        if (w[2] === 'name') link.name = w[3]!;
        if (w[2] === 'mtu') link.mtu = Number(w[3]);
      }
      if (w[0] === 'addr' && w[1] === 'del') state.addrs = state.addrs.filter((a) => !(a.index === Number(w[2]) && a.address === w[4]));
      if (w[0] === 'addr' && w[1] === 'add') state.addrs.push({ index: Number(w[2]), family: Number(w[3]) as 4 | 6, address: w[4]!, prefix: Number(w[5]) });
      return '';
    },
  };
  return { network: new Network(helper, 200), asked };
}

const lo: NetlinkLink = { index: 1, name: 'lo', mac: '00:00:00:00:00:00', mtu: 65536, up: true, ether: false };
const eth = (over: Partial<NetlinkLink> = {}): NetlinkLink => ({ index: 2, name: 'eth0', mac: '02:68:75:73:6b:00', mtu: 1500, up: true, ether: true, ...over });

describe('Network', () => {
  test('lists interfaces with their addresses, and routes with device names and CIDR destinations', async () => {
    const { network } = scripted({
      links: [lo, eth()],
      addrs: [
        { index: 1, family: 4, address: '127.0.0.1', prefix: 8 },
        { index: 2, family: 6, address: 'fd00::2', prefix: 64 },
      ],
      routes: {
        4: [
          { dst: '', prefix: 0, gateway: '10.0.0.1', source: '', index: 2, scope: 0 },
          { dst: '10.0.0.0', prefix: 24, gateway: '', source: '10.0.0.2', index: 2, scope: 253 },
        ],
        6: [{ dst: 'fd00::', prefix: 64, gateway: '', source: '', index: 2, scope: 0 }],
      },
    });
    expect(await network.listInterfaces()).toEqual([
      { name: 'lo', hwAddr: '00:00:00:00:00:00', mtu: 65536, up: true, addresses: [{ family: 'v4', address: '127.0.0.1', mask: '8' }] },
      { name: 'eth0', hwAddr: '02:68:75:73:6b:00', mtu: 1500, up: true, addresses: [{ family: 'v6', address: 'fd00::2', mask: '64' }] },
    ]);
    expect(await network.listRoutes()).toEqual([
      { dest: '', gateway: '10.0.0.1', device: 'eth0', source: '', scope: 0, family: 'v4' },
      { dest: '10.0.0.0/24', gateway: '', device: 'eth0', source: '10.0.0.2', scope: 253, family: 'v4' },
      { dest: 'fd00::/64', gateway: '', device: 'eth0', source: '', scope: 0, family: 'v6' },
    ]);
  });

  test('gives a restored clone\'s NIC, found by device name, the pod\'s MAC, name, MTU and exactly its addresses, then brings it up', async () => {
    const { network, asked } = scripted({ links: [lo, eth({ name: 'eth0' })], addrs: [{ index: 2, family: 4, address: '10.9.9.9', prefix: 8 }], routes: { 4: [], 6: [] } });
    const got = await network.updateInterface({ device: 'eth0', hwAddr: '0A:58:0A:58:00:05', name: 'pod0', mtu: 1450, up: true, addresses: [{ family: 'v4', address: '10.88.0.5', mask: '16' }] });
    expect(asked).toEqual([
      'link 2 down',
      'link 2 mac 0a:58:0a:58:00:05',
      'link 2 down',
      'link 2 name pod0',
      'link 2 mtu 1450',
      'addr del 2 4 10.9.9.9 8',
      'addr add 2 4 10.88.0.5 16',
      'link 2 up',
    ]);
    expect(got).toEqual({ name: 'pod0', hwAddr: '0a:58:0a:58:00:05', mtu: 1450, up: true, addresses: [{ family: 'v4', address: '10.88.0.5', mask: '16' }] });
  });

  test('replaces the routes: the old ones go (not IPv6 link-local), link routes before gateway routes, devices by index', async () => {
    const { network, asked } = scripted({
      links: [lo, eth()],
      addrs: [],
      routes: {
        4: [{ dst: '', prefix: 0, gateway: '10.9.0.1', source: '', index: 2, scope: 0 }],
        6: [
          { dst: 'fe80::', prefix: 64, gateway: '', source: '', index: 2, scope: 0 },
          { dst: 'fd00::', prefix: 64, gateway: '', source: '', index: 2, scope: 0 },
        ],
      },
    });
    await network.updateRoutes([
      { dest: '', gateway: '10.88.0.1', device: 'eth0', source: '', scope: 0, family: 'v4' },
      { dest: '10.88.0.0/16', gateway: '', device: 'eth0', source: '10.88.0.5', scope: 253, family: 'v4' },
      { dest: '192.0.2.7', gateway: '', device: '', source: '', scope: 0, family: 'v4' },
    ]);
    expect(asked).toEqual([
      'route del 4 - 0 2',
      'route del 6 fd00:: 64 2',
      'route replace 4 10.88.0.0 16 - 2 10.88.0.5 253',
      'route replace 4 192.0.2.7 32 - 0 - -',
      'route replace 4 - 0 10.88.0.1 2 - -',
    ]);
  });

  test('bad input is refused before anything is asked; an unknown device is NotFound; what the kernel refuses is FailedPrecondition', async () => {
    const { network, asked } = scripted({ links: [lo, eth()], addrs: [], routes: { 4: [], 6: [] } }, /^route replace/);
    const base = { name: 'eth0', mtu: 1500, up: true, addresses: [] };
    await expect(network.updateInterface({ ...base, hwAddr: 'zz' })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(network.updateInterface({ ...base, hwAddr: '02:00:00:00:00:01', name: 'a b' })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(network.updateInterface({ ...base, hwAddr: '02:00:00:00:00:01', mtu: -1 })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(network.updateInterface({ ...base, hwAddr: '02:00:00:00:00:01', addresses: [{ family: 'v4', address: '1.2.3.4 up', mask: '8' }] })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(network.updateRoutes([{ dest: '10.0.0.0/33', gateway: '', device: 'eth0', source: '', scope: 0, family: 'v4' }])).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    expect(asked).toEqual([]);
    await expect(network.updateInterface({ ...base, hwAddr: '02:00:00:00:00:01' })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(network.updateRoutes([{ dest: '', gateway: '10.0.0.1', device: 'eth9', source: '', scope: 0, family: 'v4' }])).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(network.updateRoutes([{ dest: '', gateway: '203.0.113.1', device: 'eth0', source: '', scope: 0, family: 'v4' }])).rejects.toMatchObject({
      grpcCode: GrpcCode.FailedPrecondition,
      message: expect.stringContaining('Network is unreachable'),
    });
  });

  test('a list that is not one (a broken helper) is FailedPrecondition, not a crash', async () => {
    const network = new Network({ ask: async () => '[{"index":"x"}]' });
    await expect(network.listInterfaces()).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await expect(new Network({ ask: async () => 'not json' }).listRoutes()).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
  });
});
