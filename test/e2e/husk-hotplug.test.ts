/**
 * Live changes to pods run by containerd 2.x: a host loop device in `ctr run --device` is
 * hot-plugged and is the container's device both ways; Task Update (as containerd forwards
 * it; ctr 2.x has no `task update`, so `husk task update` sends it to the shim) grows the VM
 * with MemTotal and nproc following in the guest and shrinks it back; a second interface made
 * in the pod's network namespace reaches the guest through `husk pod add-interface`, with
 * traffic over it, and leaves with `remove-interface`. (CRI's UpdateContainerResources is in
 * husk-cri.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { buildBusyboxImage } from './busybox-image.js';
import { qemuPids } from './cri-env.js';
import { REPO_DIR as REPO, missingGeneration, startContainerd, waitFor, type Containerd } from './containerd.js';

const SHIM_DIR = path.join(REPO, 'dist', 'bin');
const HUSK = path.join(REPO, 'dist', 'cmd', 'husk.js');
const IMAGE = path.resolve(REPO, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const RUNTIME = ['--runtime', 'io.containerd.husk.v2'];
const VM_TIMEOUT = 240_000;
const NS = `hkhp${process.pid % 100000}`;

const missing = !fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2')) || !fs.existsSync(path.join(IMAGE, 'manifest.json')) ? 'build and the guest image' : missingGeneration('2');
if (missing) console.log(`skipping the hotplug e2e tests: ${missing}`);
const maybe = missing ? it.skip : it;

let workDir: string;
let image: { archive: string; ref: string };
let cd: Containerd;
let qemusBefore: string[];
let loop: string | undefined;

const sh = (cmd: string) => execa('sh', ['-c', cmd]);

beforeAll(async () => {
  if (missing) return;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-e2e-hotplug-'));
  image = await buildBusyboxImage(workDir);
  qemusBefore = qemuPids();
  cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE } });
  await cd.importImage(image.archive);
}, VM_TIMEOUT);

afterAll(async () => {
  if (missing) return;
  await cd?.stop();
  if (loop) await execa('losetup', ['-d', loop], { reject: false });
  await sh(`ip netns del ${NS} 2>/dev/null; ip link del ${NS}a 2>/dev/null; ip link del ${NS}b 2>/dev/null; true`);
  fs.rmSync(workDir, { recursive: true, force: true });
  expect(cd.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
  expect(qemuPids().filter((p) => !qemusBefore.includes(p))).toEqual([]);
}, VM_TIMEOUT);

/** `husk pod <verb>` for a pod of this containerd; its JSON answer. */
async function pod(id: string, verb: string, ...args: string[]): Promise<any> {
  const r = await execa('node', [HUSK, 'pod', verb, '--id', id, '--namespace', cd.namespace, '--state', cd.state, ...args], { reject: false, timeout: 180_000 });
  if (r.exitCode !== 0) throw new Error(`husk pod ${verb}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function inGuest(id: string, script: string, execId: string): Promise<string> {
  return (await cd.ctrOk(['task', 'exec', '--exec-id', execId, id, 'sh', '-c', script], { timeoutMs: 120_000 })).trim();
}

/** Whether the container's httpd answers at all on this address (the host routes each subnet through its own veth). */
async function reachable(ip: string): Promise<boolean> {
  try {
    // Any answer (a 404 too) came from the guest.
    await fetch(`http://${ip}:8080/`, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

async function removePod(id: string): Promise<void> {
  await cd.ctrOk(['task', 'kill', '-s', 'KILL', id]);
  await waitFor(`${id} to stop`, async () => new RegExp(`${id}\\s+\\d+\\s+STOPPED`).test(await cd.ctrOk(['task', 'ls'])), 60_000);
  await cd.ctrOk(['task', 'delete', id]);
  await cd.ctrOk(['container', 'delete', id]);
}

maybe('ctr run --device: a host loop device is the container\'s block device, both ways', async () => {
  const file = path.join(workDir, 'disk.img');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('written-by-the-host\n'), Buffer.alloc(16 * 2 ** 20 - 20)]));
  loop = (await execa('losetup', ['-f', '--show', file])).stdout.trim();
  const t0 = Date.now();
  await cd.ctrOk(['run', '-d', ...RUNTIME, '--device', loop, image.ref, 'disk', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  console.log(`ctr run --device: task running ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  expect(await inGuest('disk', `head -c 19 ${loop}`, 'r')).toBe('written-by-the-host');
  await inGuest('disk', `printf written-by-the-guest | dd of=${loop} bs=512 seek=1 conv=notrunc,fsync 2>/dev/null`, 'w');
  expect(fs.readFileSync(file).subarray(512, 532).toString()).toBe('written-by-the-guest');
  // The disk husk plugged for it, named by the device's number.
  const [major, minor] = fs.readFileSync(`/sys/class/block/${path.basename(loop)}/dev`, 'utf8').trim().split(':');
  expect((await pod('disk', 'devices')).devices).toEqual([{ id: `blk-${major}-${minor}`, host_path: loop }]);
  // In use by the container: not removable by hand.
  await expect(pod('disk', 'remove-device', '--device', `blk-${major}-${minor}`)).rejects.toThrow(/FailedPrecondition.*in use by container disk/);
  await removePod('disk');
}, VM_TIMEOUT);

maybe('Task Update grows the VM (MemTotal, nproc) and shrinks it back; husk pod resize refuses past the room', async () => {
  await cd.ctrOk(['run', '-d', ...RUNTIME, image.ref, 'grow', 'sleep', '1000'], { timeoutMs: VM_TIMEOUT });
  const memTotal = async (n: number) => Math.round(Number(/MemTotal:\s+(\d+)/.exec(await inGuest('grow', 'cat /proc/meminfo', `m${n}`))![1]) / 1024);
  const before = await memTotal(0);
  expect(await inGuest('grow', 'nproc', 'n0')).toBe('1');
  const shim = (await pod('grow', 'status')) as { size: { vcpus: number; memory_mib: number }; room: { max_vcpus: number } };
  expect(shim.size).toEqual({ vcpus: 1, memory_mib: 512 });

  const update = async (resources: object) => {
    const socket = fs.readFileSync(path.join(cd.state, 'io.containerd.runtime.v2.task', cd.namespace, 'grow', 'address'), 'utf8').trim();
    const value = Buffer.from(JSON.stringify(resources)).toString('base64');
    const r = await execa('node', [HUSK, 'task', 'update', '--address', socket, '--id', 'grow', '--namespace', cd.namespace, '--timeout', '180', '--request', JSON.stringify({ resources: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources', value } })], { reject: false });
    if (r.exitCode !== 0) throw new Error(r.stderr);
  };
  const t0 = Date.now();
  await update({ memory: { limit: 512 * 2 ** 20 }, cpu: { quota: 100000, period: 100000 } });
  console.log(`Task Update +512 MiB +1 vCPU: ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  expect((await memTotal(1)) - before).toBe(512);
  expect(await inGuest('grow', 'nproc', 'n1')).toBe(String(Math.min(2, shim.room.max_vcpus)));
  expect((await pod('grow', 'status')).size).toEqual({ vcpus: Math.min(2, shim.room.max_vcpus), memory_mib: 1024 });
  await update({ memory: { limit: 0 }, cpu: { quota: 0, period: 100000 } });
  expect(await memTotal(2)).toBe(before);
  expect(await inGuest('grow', 'nproc', 'n2')).toBe('1');
  await expect(pod('grow', 'resize', '--vcpus', String(shim.room.max_vcpus + 1), '--memory', '512')).rejects.toThrow(/OutOfRange.*at most/);
  await removePod('grow');
}, VM_TIMEOUT);

maybe("husk pod add-interface: a second interface of the pod's namespace reaches the guest, with traffic, and leaves", async () => {
  // The pod's namespace with its first interface, as CNI would leave it; the host end answers.
  await sh(`ip netns add ${NS} && ip link add ${NS}a type veth peer name eth0 netns ${NS} && ip addr add 10.231.1.1/24 dev ${NS}a && ip link set ${NS}a up &&
    ip -n ${NS} addr add 10.231.1.2/24 dev eth0 && ip -n ${NS} link set eth0 up && ip -n ${NS} link set lo up`);
  // httpd in the container answers on every address the guest has.
  await cd.ctrOk(['run', '-d', ...RUNTIME, '--with-ns', `network:/var/run/netns/${NS}`, image.ref, 'net', 'busybox', 'httpd', '-f', '-p', '8080', '-h', '/etc'], { timeoutMs: VM_TIMEOUT });
  await waitFor('the guest on its first interface', () => reachable('10.231.1.2'), 60_000);

  // A second network made in the namespace afterwards (a CNI meta-plugin's job).
  await sh(`ip link add ${NS}b type veth peer name net1 netns ${NS} && ip addr add 10.231.2.1/24 dev ${NS}b && ip link set ${NS}b up &&
    ip -n ${NS} addr add 10.231.2.2/24 dev net1 && ip -n ${NS} link set net1 up`);
  const mac = (await sh(`ip netns exec ${NS} cat /sys/class/net/net1/address`)).stdout.trim();
  const t0 = Date.now();
  const added = await pod('net', 'add-interface', '--name', 'net1');
  console.log(`husk pod add-interface: ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  expect(added).toMatchObject({ name: 'net1', addresses: [{ family: 'v4', address: '10.231.2.2', prefix_length: 24 }] });
  const guest = (await pod('net', 'interfaces')).interfaces as Array<{ name: string; mac: string; addresses?: Array<{ address: string }> }>;
  expect(guest.find((i) => i.name === 'net1')).toMatchObject({ mac: added.mac, addresses: [{ address: '10.231.2.2' }] });
  expect(added.mac).toBe(mac);
  expect((await pod('net', 'routes')).routes).toEqual(expect.arrayContaining([expect.objectContaining({ dest: '10.231.2.0/24', device: 'net1' })]));
  // Traffic over it: the host reaches the guest on the new network only through the new NIC.
  await waitFor('the guest on its second interface', () => reachable('10.231.2.2'), 60_000);
  expect(await inGuest('net', 'cat /sys/class/net/net1/statistics/rx_packets', 'rx')).not.toBe('0');

  await pod('net', 'remove-interface', '--name', 'net1');
  expect(((await pod('net', 'interfaces')).interfaces as Array<{ name: string }>).map((i) => i.name)).not.toContain('net1');
  expect(await reachable('10.231.2.2')).toBe(false);
  // Its tap and redirects are gone from the namespace; the first interface still works.
  expect((await execa('ip', ['-n', NS, '-o', 'link'])).stdout).not.toMatch(/tap1_husk/);
  expect(await reachable('10.231.1.2')).toBe(true);
  await expect(pod('net', 'add-interface', '--name', 'nope0')).rejects.toThrow(/NotFound: no interface nope0/);
  await removePod('net');
}, VM_TIMEOUT);

// containerd's devmapper snapshotter needs the kernel's device-mapper, which this machine's
// kernel lacks (docs/hotplug.md); blockfile gives the same kind of root filesystem, a block
// image per snapshot, and takes the same path into the VM.
describe('a block-based root filesystem (containerd 2.x blockfile snapshotter)', () => {
  let bcd: Containerd;
  let scratch: string;

  beforeAll(async () => {
    if (missing) return;
    scratch = path.join(workDir, 'scratch.img');
    fs.writeFileSync(scratch, '');
    fs.truncateSync(scratch, 256 * 2 ** 20);
    await execa('mkfs.ext4', ['-q', '-F', scratch]);
    bcd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: IMAGE }, snapshotter: 'blockfile', blockfileScratch: scratch, namespace: 'husk-e2e-blk' });
    await bcd.importImage(image.archive);
  }, VM_TIMEOUT);

  afterAll(async () => {
    if (missing || !bcd) return;
    await bcd.stop();
    expect(bcd.leftovers()).toEqual({ processes: [], mounts: [], dirs: [] });
  }, VM_TIMEOUT);

  maybe('is hot-plugged and mounted in the guest as the container\'s root, not shared over 9p', async () => {
    const r = await bcd.ctr(['run', '--rm', ...RUNTIME, image.ref, 'rootdisk', 'sh', '-c', 'grep " / " /proc/mounts; echo kept > /written; cat /written'], { timeoutMs: VM_TIMEOUT });
    expect({ code: r.exitCode, err: r.stderr }).toEqual({ code: 0, err: '' });
    const [root, written] = r.stdout.split('\n');
    expect(root).toMatch(/^\/dev\/vd[a-z]+ \/ ext4 /);
    expect(written).toBe('kept');
    // Nothing of it is mounted on the host, and no loop device was taken for it.
    expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(bcd.root);
    expect((await execa('losetup', ['-a'])).stdout).not.toContain(bcd.root);
  }, VM_TIMEOUT);
});
