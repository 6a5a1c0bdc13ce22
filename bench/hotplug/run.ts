/**
 * What a live change to a running pod costs: a disk (a loop device) in and out, a NIC for a
 * new interface of the pod's namespace in and out, +1 vCPU and +512 MiB and back, each until
 * the guest has it (a vCPU online, the memory plugged, the NIC named and addressed, a removed
 * device let go of). The reference, in the same run: runc changing a running container's
 * cgroups for the same CPU and memory (`runc update`), which is all a container without a VM
 * needs; a disk or a NIC has no runc counterpart.
 *   node dist/bench/hotplug/run.js [--runs 3] [--image build/guest] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { pino } from 'pino';
import { busyboxRootfs } from '../../src/cli/busybox-rootfs.js';
import { defaultSpec } from '../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../src/shim/qemu-deps.js';
import { Sandbox } from '../../src/sandbox/sandbox.js';
import { hotplugRoomFromEnv } from '../../src/shim/defaults.js';
import { fitRoom } from '../../src/sandbox/vm-size.js';
import { writeSection } from '../markdown.js';
import { median } from '../measure.js';

const STEPS = ['disk in', 'disk out', 'NIC in', 'NIC out', '+1 vCPU', '-1 vCPU', '+512 MiB', '-512 MiB'] as const;
type Step = (typeof STEPS)[number];
const NS = `hkbench${process.pid % 10000}`;
const sh = (cmd: string) => execa('sh', ['-c', cmd]);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** One pod, every change in and out `runs` times. */
async function husk(image: string, rootfs: string, dir: string, runs: number, loop: string): Promise<Record<Step, number[]>> {
  const log = pino({ level: 'warn' }, pino.destination(2));
  const out = Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<Step, number[]>;
  const sandbox = await Sandbox.create(
    { id: 'bench-hotplug', stateRoot: path.join(dir, 'state'), image: guestImage(image), memoryMiB: 512, vcpus: 1, netns: `/var/run/netns/${NS}`, hotplug: hotplugRoomFromEnv() },
    qemuSandboxDeps(log),
  );
  try {
    await sandbox.start();
    const c = await sandbox.createContainer('idle', defaultSpec(['sleep', '100000']), rootfs);
    c.init.stdout.resume();
    c.init.stderr.resume();
    await c.start();
    // The second interface appears after the pod started (a CNI meta-plugin's job).
    await sh(`ip link add ${NS}b type veth peer name net1 netns ${NS} && ip -n ${NS} addr add 10.232.2.2/24 dev net1 && ip -n ${NS} link set net1 up`);
    for (let i = 0; i < runs; i++) {
      out['disk in'].push(await timed(() => sandbox.live().addDisk({ id: 'bench', path: loop, readOnly: false })));
      out['disk out'].push(await timed(() => sandbox.live().removeDisk('bench')));
      out['NIC in'].push(await timed(() => sandbox.live().addInterface('net1')));
      out['NIC out'].push(await timed(() => sandbox.live().removeInterface('net1')));
      out['+1 vCPU'].push(await timed(() => sandbox.live().resize({ vcpus: 2, memoryMiB: 512 })));
      out['-1 vCPU'].push(await timed(() => sandbox.live().resize({ vcpus: 1, memoryMiB: 512 })));
      out['+512 MiB'].push(await timed(() => sandbox.live().resize({ vcpus: 1, memoryMiB: 1024 })));
      out['-512 MiB'].push(await timed(() => sandbox.live().resize({ vcpus: 1, memoryMiB: 512 })));
      process.stderr.write(`run ${i + 1}: ${STEPS.map((s) => `${s} ${(out[s][i]! / 1000).toFixed(2)} s`).join(', ')}\n`);
    }
  } finally {
    await sandbox.delete();
  }
  return out;
}

/** runc's whole job for the same resize: a running container's cgroup limits. */
async function runc(rootfs: string, dir: string, runs: number): Promise<Partial<Record<Step, number[]>>> {
  const root = path.join(dir, 'runc-root');
  const bundle = path.join(dir, 'runc-bundle');
  fs.mkdirSync(bundle);
  fs.writeFileSync(path.join(bundle, 'config.json'), JSON.stringify({ ...defaultSpec(['sleep', '100000']), root: { path: rootfs, readonly: true } }));
  await execa('runc', ['--root', root, 'run', '-d', '--bundle', bundle, 'bench-hotplug'], { stdio: 'ignore' });
  const update = (...args: string[]) => timed(() => execa('runc', ['--root', root, 'update', ...args, 'bench-hotplug']));
  const out: Partial<Record<Step, number[]>> = { '+1 vCPU': [], '-1 vCPU': [], '+512 MiB': [], '-512 MiB': [] };
  try {
    for (let i = 0; i < runs; i++) {
      out['+1 vCPU']!.push(await update('--cpu-quota', '200000', '--cpu-period', '100000'));
      out['-1 vCPU']!.push(await update('--cpu-quota', '100000', '--cpu-period', '100000'));
      out['+512 MiB']!.push(await update('--memory', String(1024 * 2 ** 20)));
      out['-512 MiB']!.push(await update('--memory', String(512 * 2 ** 20)));
    }
  } finally {
    await execa('runc', ['--root', root, 'delete', '-f', 'bench-hotplug'], { reject: false });
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, image: { type: 'string', default: 'build/guest' }, write: { type: 'string' } } });
  const image = path.resolve(values.image!);
  const runs = Number(values.runs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-hotplug-'));
  const rootfs = busyboxRootfs(path.join(dir, 'rootfs'));
  fs.writeFileSync(path.join(dir, 'disk.img'), '');
  fs.truncateSync(path.join(dir, 'disk.img'), 64 * 2 ** 20);
  const loop = (await execa('losetup', ['-f', '--show', path.join(dir, 'disk.img')])).stdout.trim();
  // The pod's namespace with its interface.
  await sh(`ip netns add ${NS} && ip link add ${NS}a type veth peer name eth0 netns ${NS} && ip -n ${NS} addr add 10.232.1.2/24 dev eth0 && ip -n ${NS} link set eth0 up`);
  let h: Record<Step, number[]>;
  let r: Partial<Record<Step, number[]>>;
  try {
    h = await husk(image, rootfs, dir, runs, loop);
    r = await runc(rootfs, dir, runs);
  } finally {
    await sh(`ip netns del ${NS}; ip link del ${NS}a; ip link del ${NS}b; true`);
    await execa('losetup', ['-d', loop], { reject: false });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const room = fitRoom(hotplugRoomFromEnv(), { vcpus: 1, memoryMiB: 512 })!;
  const s = (xs: number[] | undefined) => (xs?.length ? `${(median(xs) / 1000).toFixed(2)} s` : '—');
  const ms = (xs: number[] | undefined) => (xs?.length ? `${median(xs).toFixed(0)} ms` : '—');
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, QEMU under TCG; ` +
      `one pod (512 MiB, 1 vCPU; room up to ${room.maxVcpus} vCPUs, ${room.maxMemoryMiB} MiB, ${room.ports} ports) with an idle container; median of ${runs} rounds. ` +
      'Each change is timed until the guest has it (vCPUs online, memory plugged or freed, the NIC named and addressed, a removed device let go of), ' +
      'but "disk in", which returns once QEMU has the disk: the guest probes it on its own, and a container spec naming it waits for it. ' +
      'Under TCG vCPUs are all there from boot and onlined or offlined by the agent (no ACPI hotplug: see docs/hotplug.md).',
    '',
    '| change | husk (QMP + guest) | runc (`runc update`, cgroups only) |',
    '|---|---|---|',
    ...STEPS.map((step) => `| ${step} | ${s(h[step])} | ${ms(r[step])} |`),
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'hotplug', 'Live changes to a running pod', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
