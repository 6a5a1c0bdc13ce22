/**
 * Pod networking end to end: a network namespace set up the way CNI's bridge plugin leaves
 * one (a veth eth0 with an address, an MTU and a default route; its peer on the host), a
 * real sandbox VM given that namespace, and traffic both ways between the host and a
 * container in the guest. Then nothing of husk may be left in the namespace.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { pino } from 'pino';
import { collect } from './helpers.js';
import { busyboxRootfs } from '../../src/cli/busybox-rootfs.js';
import { defaultSpec } from '../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../src/shim/qemu-deps.js';
import { Sandbox } from '../../src/sandbox/sandbox.js';

const IMAGE = process.env.HUSK_GUEST_DIR ?? path.resolve('build/guest');
const haveImage = fs.existsSync(path.join(IMAGE, 'manifest.json'));
const log = pino({ level: process.env.HUSK_TEST_LOG ?? 'silent' });

const suffix = crypto.randomBytes(3).toString('hex');
const NS = `husk-it-${suffix}`;
const NETNS = `/var/run/netns/${NS}`;
/** The veth's host end: the pod's gateway, as the CNI bridge would be. */
const HOST_IF = `hk${suffix}`;
const HOST_IP = '10.201.0.1';
const POD_IP = '10.201.0.2';
/** Off the pod's subnet: only the default route leads the guest there. */
const FAR_IP = '10.202.0.1';
const MTU = 1400;

const inNs = (...argv: string[]) => execa('ip', ['netns', 'exec', NS, ...argv]);

/** GET, retried until `deadline`: the container's server takes a while to listen under TCG. */
async function fetchUntil(url: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
      return await r.text();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

(haveImage ? describe : describe.skip)('pod network in a real VM', () => {
  let root: string;
  let server: http.Server;
  let sandbox: Sandbox | undefined;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-podnet-'));
    await execa('ip', ['netns', 'add', NS]);
    await execa('ip', ['link', 'add', HOST_IF, 'mtu', String(MTU), 'type', 'veth', 'peer', 'name', 'eth0', 'mtu', String(MTU), 'netns', NS]);
    await execa('ip', ['addr', 'add', `${HOST_IP}/24`, 'dev', HOST_IF]);
    await execa('ip', ['addr', 'add', `${FAR_IP}/32`, 'dev', HOST_IF]);
    await execa('ip', ['link', 'set', HOST_IF, 'up']);
    await inNs('ip', 'addr', 'add', `${POD_IP}/24`, 'dev', 'eth0');
    await inNs('ip', 'link', 'set', 'lo', 'up');
    await inNs('ip', 'link', 'set', 'eth0', 'up');
    await inNs('ip', 'route', 'add', 'default', 'via', HOST_IP);
    server = http.createServer((_req, res) => res.end('hello from the host\n'));
    await new Promise<void>((r) => server.listen(0, FAR_IP, r));
  });

  afterAll(async () => {
    await sandbox?.delete().catch(() => undefined);
    await new Promise((r) => server?.close(r));
    await execa('ip', ['netns', 'del', NS], { reject: false });
    await execa('ip', ['link', 'del', HOST_IF], { reject: false });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('carries traffic both ways between the host and a container in the VM, and leaves nothing in the namespace', async () => {
    const ethMac = JSON.parse((await inNs('ip', '-j', 'link', 'show', 'eth0')).stdout)[0].address as string;
    sandbox = await Sandbox.create(
      { id: 'it-podnet', stateRoot: path.join(root, 'state'), image: guestImage(IMAGE), memoryMiB: 512, vcpus: 1, netns: NETNS },
      qemuSandboxDeps(log),
    );
    await sandbox.start();
    // The default path: a clone of a VM template, which booted with the template's NIC MAC.
    expect(sandbox.restored).toBe(true);
    const qemuPid = sandbox.pid!;
    // QEMU itself (nsenter exec'd it) runs in the pod's namespace.
    expect(fs.readlinkSync(`/proc/${qemuPid}/ns/net`)).toBe(`net:[${fs.statSync(NETNS).ino}]`);
    const links = JSON.parse((await inNs('ip', '-j', 'link', 'show')).stdout) as Array<{ ifname: string; mtu: number; flags: string[] }>;
    expect(links.find((l) => l.ifname === 'tap0_husk')).toMatchObject({ mtu: MTU, flags: expect.arrayContaining(['UP', 'LOWER_UP']) });

    // The container shares the VM's network: it sees the pod's address, MAC (not the
    // template's) and MTU on eth0.
    const rootfs = busyboxRootfs(path.join(root, 'busybox'));
    const spec = defaultSpec(['sh', '-c', 'echo served from the guest >/tmp/index.html && exec busybox httpd -f -p 8080 -h /tmp']) as Record<string, any>;
    const web = await sandbox.createContainer('web', spec, rootfs);
    await web.start();
    const show = await web.exec('show', { ...spec.process, args: ['busybox', 'ip', '-o', 'addr', 'show', 'dev', 'eth0'] });
    const link = await web.exec('link', { ...spec.process, args: ['busybox', 'ip', '-o', 'link', 'show', 'dev', 'eth0'] });
    const [addrOut, , linkOut] = await Promise.all([collect(show.stdout), collect(show.stderr), collect(link.stdout), collect(link.stderr)]);
    expect([(await show.wait()).status, (await link.wait()).status]).toEqual([0, 0]);
    expect(addrOut).toContain(`inet ${POD_IP}/24`);
    expect(linkOut).toContain(`mtu ${MTU}`);
    expect(linkOut).toContain(`link/ether ${ethMac}`);

    // Host → pod address: answered from inside the VM (nothing listens on 8080 in the namespace).
    await execa('busybox', ['ping', '-c', '1', '-W', '20', POD_IP]);
    expect(await fetchUntil(`http://${POD_IP}:8080/index.html`, Date.now() + 60_000)).toBe('served from the guest\n');

    // Container → an address off the pod's subnet: through the default route the agent set.
    const port = (server.address() as { port: number }).port;
    // (nc, not busybox wget: static busybox's wget crashes in a root without /etc files.)
    const request = `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | busybox nc -w 20 ${FAR_IP} ${port}`;
    const get = await web.exec('get', { ...spec.process, args: ['sh', '-c', request] });
    const [got, getErr] = await Promise.all([collect(get.stdout), collect(get.stderr)]);
    expect({ getErr, status: (await get.wait()).status }).toEqual({ getErr: '', status: 0 });
    expect(got).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nhello from the host\n$/);

    await sandbox.delete();
    sandbox = undefined;
    expect(fs.existsSync(`/proc/${qemuPid}`)).toBe(false);
    const after = JSON.parse((await inNs('ip', '-j', 'link', 'show')).stdout) as Array<{ ifname: string }>;
    expect(after.map((l) => l.ifname).sort()).toEqual(['eth0', 'lo']);
    const qdiscs = JSON.parse((await inNs('tc', '-j', 'qdisc', 'show')).stdout) as Array<{ kind: string; dev: string }>;
    expect(qdiscs.filter((q) => q.kind === 'ingress')).toEqual([]);
    expect((await inNs('tc', '-j', 'filter', 'show', 'dev', 'eth0', 'ingress')).stdout.trim()).toMatch(/^(\[\])?$/);
    // The namespace is as CNI left it: address and route still there for CNI DEL.
    expect((await inNs('ip', '-o', 'addr', 'show', 'dev', 'eth0')).stdout).toContain(`${POD_IP}/24`);
    expect((await inNs('ip', 'route', 'show', 'default')).stdout).toContain(`via ${HOST_IP}`);
  }, 300_000);
});
