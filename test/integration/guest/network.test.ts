/**
 * The agent's network calls against a real kernel: a network namespace of this test's own
 * with a veth pair, configured through the AgentService with busybox ip, as in the guest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { AgentClient } from '../../../src/agent/client.js';
import { startAgent, type RunningAgent } from '../../../src/guest/main.js';
import { GrpcCode } from '../../../src/errors.js';
import { types } from '../../../api/gen/agent.js';

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
  agent = await startAgent({ portName: 'unused', listen: sock, stateDir: path.join(dir, 'state'), cgroupRoot: '/sys/fs/cgroup', runcBinary: 'runc', logLevel: 'warn', ipCommand: ['ip', 'netns', 'exec', NS, 'busybox', 'ip'] });
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

  it('refuses bad input and unknown interfaces', async () => {
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: 'zz', name: 'x' } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: '02:00:00:00:00:99' } })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(client.calls.UpdateInterface({ interface: { hwAddr: mac, name: 'a;b' } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.UpdateRoutes({ routes: { Routes: [{ dest: '10.0.0.0/8; reboot', device: 'eth0' }] } })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
  });
});
