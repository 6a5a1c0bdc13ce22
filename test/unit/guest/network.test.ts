import { parseAddresses, parseLinks, parseRoutes } from '../../../src/guest/network.js';

// As busybox ip prints them in the guest.
const LINKS = `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc pfifo_fast qlen 1000\\    link/ether 02:fc:00:00:00:01 brd ff:ff:ff:ff:ff:ff
5: v0@v1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop qlen 1000\\    link/ether 5a:01:02:03:04:05 brd ff:ff:ff:ff:ff:ff`;
const ADDRS = `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
4: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\\       valid_lft forever preferred_lft forever
4: eth0    inet6 fd00::2/64 scope global flags 02 \\       valid_lft forever preferred_lft forever`;

describe('ip output parsing', () => {
  it('reads links with their MAC, MTU and state', () => {
    expect(parseLinks(LINKS)).toEqual([
      { name: 'lo', hwAddr: '00:00:00:00:00:00', mtu: 65536, up: true },
      { name: 'eth0', hwAddr: '02:fc:00:00:00:01', mtu: 1400, up: true },
      { name: 'v0', hwAddr: '5a:01:02:03:04:05', mtu: 1500, up: false },
    ]);
  });

  it('reads addresses by interface', () => {
    expect(Object.fromEntries(parseAddresses(ADDRS))).toEqual({
      lo: [{ family: 'v4', address: '127.0.0.1', mask: '8' }],
      eth0: [
        { family: 'v4', address: '192.0.2.2', mask: '24' },
        { family: 'v6', address: 'fd00::2', mask: '64' },
      ],
    });
  });

  it('reads routes, default and link scope', () => {
    expect(parseRoutes('default via 192.0.2.1 dev eth0 \n192.0.2.0/24 dev eth0 scope link  src 192.0.2.2 \n', 'v4')).toEqual([
      { dest: '', gateway: '192.0.2.1', device: 'eth0', source: '', scope: 0, family: 'v4' },
      { dest: '192.0.2.0/24', gateway: '', device: 'eth0', source: '192.0.2.2', scope: 253, family: 'v4' },
    ]);
  });
});
