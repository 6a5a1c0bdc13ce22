/**
 * What a sandbox costs: time from create to an answering agent and to a container's first
 * output, QEMU's resident memory and the agent's, against runc on this host running the
 * same busybox container, measured in the same run.
 *   node dist/bench/vm/run.js [--runs 3] [--image build/guest] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { busyboxRootfs } from '../../src/cli/busybox-rootfs.js';
import { defaultSpec } from '../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../src/shim/qemu-deps.js';
import { Sandbox } from '../../src/sandbox/sandbox.js';
import { templatesEnabled } from '../../src/factory/index.js';
import { writeSection } from '../markdown.js';
import { firstOutput, median, runcOnce } from '../measure.js';

interface Sample {
  agentMs: number;
  outputMs: number;
  qemuRssMiB: number;
  qemuPssMiB: number;
  agentRssMiB: number;
  runcMs: number;
}

const MEMORY_MIB = 512;

function kib(file: string, key: string): number {
  return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'))?.[1] ?? 0);
}

async function huskOnce(image: string, rootfs: string, dir: string, n: number): Promise<Omit<Sample, 'runcMs'>> {
  const log = pino({ level: 'warn' }, pino.destination(2));
  const t0 = performance.now();
  const sandbox = await Sandbox.create(
    { id: `bench-${n}`, stateRoot: path.join(dir, 'state'), image: guestImage(image), memoryMiB: MEMORY_MIB, vcpus: 1 },
    qemuSandboxDeps(log),
  );
  try {
    await sandbox.start();
    const agentMs = performance.now() - t0;
    const c = await sandbox.createContainer('first', defaultSpec(['echo', 'ready']), rootfs);
    const out = firstOutput(c.init.stdout);
    await c.start();
    await out;
    const outputMs = performance.now() - t0;
    c.init.stderr.resume();
    await c.init.wait();
    const metrics = await sandbox.guestMetrics();
    const pid = sandbox.pid!;
    return {
      agentMs,
      outputMs,
      qemuRssMiB: kib(`/proc/${pid}/status`, 'VmRSS') / 1024,
      qemuPssMiB: kib(`/proc/${pid}/smaps_rollup`, 'Pss') / 1024,
      agentRssMiB: Number(/husk_agent_rss_bytes (\d+)/.exec(metrics)?.[1] ?? 0) / 2 ** 20,
    };
  } finally {
    await sandbox.delete();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, image: { type: 'string', default: 'build/guest' }, write: { type: 'string' } } });
  const image = path.resolve(values.image!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-vm-'));
  const rootfs = busyboxRootfs(path.join(dir, 'rootfs'));
  const samples: Sample[] = [];
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const husk = await huskOnce(image, rootfs, dir, i);
      const runcMs = await runcOnce(rootfs, dir, i);
      samples.push({ ...husk, runcMs });
      process.stderr.write(`run ${i + 1}: agent ${(husk.agentMs / 1000).toFixed(2)} s, first output ${(husk.outputMs / 1000).toFixed(2)} s, QEMU RSS ${husk.qemuRssMiB.toFixed(0)} MiB, agent RSS ${husk.agentRssMiB.toFixed(0)} MiB; runc ${runcMs.toFixed(0)} ms\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
  const manifest = JSON.parse(fs.readFileSync(path.join(image, 'manifest.json'), 'utf8')) as { kernel: string };
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, QEMU under TCG (no usable KVM here), ` +
      `guest ${manifest.kernel}, 1 vCPU, ${MEMORY_MIB} MiB; median of ${samples.length} runs; busybox \`echo ready\`.`,
    '',
    `| | husk (VM, ${templatesEnabled() ? 'from a VM template' : 'booted cold'}) | runc on the host |`,
    '|---|---|---|',
    `| create → agent answering | ${(m('agentMs') / 1000).toFixed(2)} s | — |`,
    `| create → first container output | ${(m('outputMs') / 1000).toFixed(2)} s | ${m('runcMs').toFixed(0)} ms |`,
    `| QEMU resident memory (RSS / PSS) | ${m('qemuRssMiB').toFixed(0)} / ${m('qemuPssMiB').toFixed(0)} MiB | — |`,
    `| agent RSS in the guest | ${m('agentRssMiB').toFixed(0)} MiB | — |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'vm', 'One VM per sandbox', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
