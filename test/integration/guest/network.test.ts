/**
 * The agent's network calls against a real kernel: a network namespace of this test's own
 * with a veth pair, configured through the AgentService by the serving helper over rtnetlink
 * (built here as build-guest.sh builds it), as in the guest. iproute2 checks what it did.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { AgentClient } from '../../../src/agent/client.js';
import { startAgent, type RunningAgent } from '../../../src/guest/main.js';
import { GrpcCode } from '../../../src/errors.js';
import { types } from '../../../api/gen/agent.js';
import { buildGuestHelper } from '../helpers.js';

const NS = `husk-net-${process.pid}`;
let dir: string;
let agent: RunningAgent;
let client: AgentClient;
let mac: string;

beforeAll(async () => {
  await execa('ip', ['netns', 'add', NS]);
  await execa('ip', ['-n', NS, 'link', 'add', 'v0', 'type', 'veth', 'peer', 'name', 'v1']);
  await execa('ip', ['-n', NS, 'link', 'set', 'v1', 'up']);
  mac = JSON.parse((await execa('ip', ['-n', NS, '-j', 'link', 'show', 'v0'])).stdout)[0].address;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-net-'));
  const sock = path.join(dir, 'agent.sock');
  const helper = await buildGuestHelper(path.join(dir, 'helper'));
  agent = await startAgent({ portName: 'unused', listen: sock, stateDir: path.join(dir, 'state'), cgroupRoot: '/sys/fs/cgroup', runcBinary: 'runc', logLevel: 'warn', helperCommand: ['ip', 'netns', 'exec', NS, helper], nicWaitMs: 500 });
  client = await AgentClient.connect(sock, { budgets: { ready: 5000 } });
});

afterAll(async () => {
  client?.close();
  await agent?.stop();
  await execa('ip', ['netns', 'del', NS], { reject: false });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('guest network through the agent', () => {
  it('configures an interface found by MAC: name, MTU, addresses, up', async () => {
    const iface = await client.calls.UpdateInterface({
      interface: { hwAddr: mac, name: 'eth0', mtu: 1400, IPAddresses: [{ family: types.IPFamily.v4, address: '10.88.0.5', mask: '16' }] },
    });
    // Once up, the kernel adds an IPv6 link-local address of its own.
    expect({ name: iface.name, mtu: Number(iface.mtu), addrs: iface.IPAddresses.filter((a) => !a.address?.startsWith('fe80:')).map((a) => `${a.address}/${a.mask}`) }).toEqual({ name: 'eth0', mtu: 1400, addrs: ['10.88.0.5/16'] });
    const listed = (await client.calls.ListInterfaces({})).Interfaces.find((i) => i.hwAddr === mac);
    expect(listed?.name).toBe('eth0');
  });

  it('replaces the routes, link routes before gateways', async () => {
    const { Routes } = await client.calls.UpdateRoutes({
      routes: {
        Routes: [
          { dest: '', gateway: '10.88.0.1', device: 'eth0', family: types.IPFamily.v4 },
          { dest: '10.88.0.0/16', device: 'eth0', source: '10.88.0.5', scope: 253, family: types.IPFamily.v4 },
        ],
      },
    });
    const v4 = Routes.filter((r) => r.family === types.IPFamily.v4).map((r) => `${r.dest || 'default'} via=${r.gateway} dev=${r.device}`);
    expect(v4.sort()).toEqual(['10.88.0.0/16 via= dev=eth0', 'default via=10.88.0.1 dev=eth0']);
    expect((await execa('ip', ['-n', NS, 'route'])).stdout).toContain('default via 10.88.0.1 dev eth0');
  });

  it('gives the named device a new MAC when none has it (a guest restored from a template)', async () => {
    const podMac = '02:aa:bb:cc:dd:01';
    const iface = await client.calls.UpdateInterface({
      interface: { device: 'eth0', hwAddr: podMac, name: 'eth0', mtu: 1400, IPAddresses: [{ family: types.IPFamily.v4, address: '10.88.0.5', mask: '16' }] },
    });
    expect(iface.hwAddr).toBe(podMac);
    const link = JSON.parse((await execa('ip', ['-n', NS, '-j', 'link', 'show', 'eth0'])).stdout)[0];
    expect({ address: link.address, up: link.flags.includes('UP') }).toEqual({ address: podMac, up: true });
    // Once the MAC is there, it is what finds the interface; the device name is not needed.
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: podMac, name: 'eth0', mtu: 1400 } })).resolves.toMatchObject({ hwAddr: podMac });
    await expect(client.calls.UpdateInterface({ interface: { device: 'nope0', hwAddr: '02:aa:bb:cc:dd:02' } })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(client.calls.UpdateInterface({ interface: { device: 'a;b', hwAddr: '02:aa:bb:cc:dd:02' } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    mac = podMac;
  });

  it('lists interfaces and routes as the kernel has them, IPv6 and host routes included', async () => {
    await client.calls.UpdateInterface({
      interface: {
        hwAddr: mac,
        name: 'eth0',
        mtu: 1400,
        IPAddresses: [
          { family: types.IPFamily.v4, address: '10.88.0.5', mask: '16' },
          { family: types.IPFamily.v6, address: 'fd00:88::5', mask: '64' },
        ],
      },
    });
    await client.calls.UpdateRoutes({
      routes: {
        Routes: [
          { dest: '10.88.0.0/16', device: 'eth0', source: '10.88.0.5', scope: 253, family: types.IPFamily.v4 },
          { dest: '', gateway: '10.88.0.1', device: 'eth0', family: types.IPFamily.v4 },
          { dest: '192.0.2.7', gateway: '10.88.0.9', device: 'eth0', family: types.IPFamily.v4 },
          { dest: 'fd00:88::/64', device: 'eth0', family: types.IPFamily.v6 },
          { dest: '', gateway: 'fd00:88::1', device: 'eth0', family: types.IPFamily.v6 },
        ],
      },
    });
    const kernel = JSON.parse((await execa('ip', ['-n', NS, '-j', 'route', 'show'])).stdout) as Array<{ dst: string; gateway?: string; dev: string }>;
    expect(kernel.map((r) => `${r.dst} ${r.gateway ?? '-'} ${r.dev}`).sort()).toEqual(['10.88.0.0/16 - eth0', '192.0.2.7 10.88.0.9 eth0', 'default 10.88.0.1 eth0']);
    const v6 = JSON.parse((await execa('ip', ['-n', NS, '-6', '-j', 'route', 'show', 'default'])).stdout) as Array<{ gateway: string }>;
    expect(v6.map((r) => r.gateway)).toEqual(['fd00:88::1']);

    const { Routes } = await client.calls.ListRoutes({});
    const listed = Routes.filter((r) => !r.dest?.startsWith('fe80:')).map((r) => `${r.family === types.IPFamily.v4 ? 4 : 6} ${r.dest || 'default'} ${r.gateway || '-'} ${r.device}`);
    expect(listed.sort()).toEqual(['4 10.88.0.0/16 - eth0', '4 192.0.2.7/32 10.88.0.9 eth0', '4 default 10.88.0.1 eth0', '6 default fd00:88::1 eth0', '6 fd00:88::/64 - eth0'].sort());
    const eth0 = (await client.calls.ListInterfaces({})).Interfaces.find((i) => i.name === 'eth0')!;
    expect((eth0.IPAddresses ?? []).map((a) => `${a.address}/${a.mask}`).filter((a) => !a.startsWith('fe80:')).sort()).toEqual(['10.88.0.5/16', 'fd00:88::5/64']);
  });

  it('reports what the kernel refuses as FailedPrecondition, with its reason', async () => {
    // A gateway on no link the interface has.
    await expect(client.calls.UpdateRoutes({ routes: { Routes: [{ dest: '', gateway: '203.0.113.1', device: 'eth0', family: types.IPFamily.v4 }] } })).rejects.toMatchObject({
      grpcCode: GrpcCode.FailedPrecondition,
      message: expect.stringContaining('Network is unreachable'),
    });
    await expect(client.calls.UpdateRoutes({ routes: { Routes: [{ dest: '10.1.0.0/16', device: 'nope0', family: types.IPFamily.v4 }] } })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
  });

  it('refuses bad input and unknown interfaces', async () => {
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: 'zz', name: 'x' } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: '02:00:00:00:00:99' } })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: mac, name: 'a;b' } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateRoutes({ routes: { Routes: [{ dest: '10.0.0.0/8; reboot', device: 'eth0' }] } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateRoutes({ routes: { Routes: [{ dest: '10.0.0.0/33', device: 'eth0' }] } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: mac, name: 'eth0', IPAddresses: [{ family: types.IPFamily.v4, address: '10.0.0.1 up', mask: '8' }] } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
  });
});
