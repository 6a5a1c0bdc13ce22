/**
 * Density: N idle pods on this host through containerd 2.x (`ctr run -d … sleep`, one after
 * another, each proven to answer an exec once all run), husk from a VM template (the default)
 * and containerd's runc shim in the same run. Reports what the host gave them: MemAvailable
 * before and with all N running, PSS (smaps_rollup) of every QEMU and shim, and the time to
 * start them all.
 *   node dist/bench/density/run.js [--pods 50] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBusyboxImage } from '../../test/e2e/busybox-image.js';
import { programPids, REPO_DIR, startContainerd, type Containerd } from '../../test/e2e/containerd.js';
import { writeSection } from '../markdown.js';
import { pssMiB } from '../measure.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const TIMEOUT_MS = 300_000;

interface Row {
  label: string;
  started: number;
  answered: number;
  startMs: number;
  /** MemAvailable before minus with every pod running. */
  hostMiB: number;
  qemuMiB: number;
  shimMiB: number;
}

const memAvailableMiB = () => Number(/^MemAvailable:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'))![1]) / 1024;

const qemuPids = () => programPids('qemu-system').map(Number);

async function idle(cd: Containerd, label: string, runtime: string, ref: string, count: number): Promise<Row> {
  const ids = Array.from({ length: count }, (_, i) => `idle-${i}`);
  const qemusBefore = new Set(qemuPids());
  const before = memAvailableMiB();
  const t0 = performance.now();
  let started = 0;
  try {
    for (const id of ids) {
      const r = await cd.ctr(['run', '-d', '--runtime', runtime, ref, id, 'sleep', '100000'], { timeoutMs: TIMEOUT_MS });
      if (r.exitCode !== 0) {
        process.stderr.write(`${label} ${id}: ctr run failed: ${r.stderr.trim()}\n`);
        break;
      }
      started++;
      if (started % 10 === 0) process.stderr.write(`${label}: ${started} pods running, MemAvailable ${memAvailableMiB().toFixed(0)} MiB\n`);
    }
    const startMs = performance.now() - t0;
    let answered = 0;
    for (const id of ids.slice(0, started)) {
      const e = await cd.ctr(['task', 'exec', '--exec-id', 'probe', id, 'echo', `alive ${id}`], { timeoutMs: TIMEOUT_MS });
      if (e.exitCode === 0 && e.stdout.trim() === `alive ${id}`) answered++;
    }
    // Let the guests settle after their start-up.
    await new Promise((r) => setTimeout(r, 5000));
    const hostMiB = before - memAvailableMiB();
    const qemus = qemuPids().filter((p) => !qemusBefore.has(p));
    const shims = cd.shimPids();
    const sum = (pids: number[]) => pids.reduce((a, p) => a + pssMiB(p), 0);
    return { label, started, answered, startMs, hostMiB, qemuMiB: sum(qemus), shimMiB: sum(shims) };
  } finally {
    for (const id of ids.slice(0, started)) {
      await cd.ctr(['task', 'kill', '-s', 'KILL', id]);
      await cd.ctr(['task', 'delete', '--force', id], { timeoutMs: 60_000 });
      await cd.ctr(['container', 'delete', id]);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pods: { type: 'string', default: '50' }, write: { type: 'string' } } });
  const pods = Number(values.pods);
  if (!Number.isInteger(pods) || pods < 1) throw new Error('--pods is a positive number');
  if (!fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2'))) throw new Error('run npm run build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-density-'));
  const rows: Row[] = [];
  let version = '';
  try {
    const { archive, ref } = await buildBusyboxImage(dir);
    for (const [label, runtime] of [
      ['runc shim (`io.containerd.runc.v2`)', 'io.containerd.runc.v2'],
      ['husk from a VM template (the default)', 'io.containerd.husk.v2'],
    ] as const) {
      const cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR } });
      try {
        version = cd.version;
        await cd.importImage(archive);
        rows.push(await idle(cd, label, runtime, ref, pods));
      } finally {
        await cd.stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const mib = (x: number) => `${x.toFixed(0)} MiB`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/density\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, QEMU under TCG, containerd ${version}: ` +
      `${pods} idle pods (\`ctr run -d … sleep\`, one after another), each then exec'd into; 512 MiB, 1 vCPU guests. ` +
      'Host memory is MemAvailable before the first pod less with all of them running; PSS from /proc/PID/smaps_rollup.',
    '',
    `| ${pods} idle pods | running | answer exec | time to start all | host memory taken | per pod | PSS per pod: QEMU + shim |`,
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.started}/${pods} | ${r.answered}/${pods} | ${(r.startMs / 1000).toFixed(0)} s | ${mib(r.hostMiB)} | ${mib(r.hostMiB / Math.max(1, r.started))} | ` +
        `${r.qemuMiB ? `${mib(r.qemuMiB / Math.max(1, r.started))} + ` : ''}${mib(r.shimMiB / Math.max(1, r.started))} |`,
    ),
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'density', 'Density: idle pods on one host', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
