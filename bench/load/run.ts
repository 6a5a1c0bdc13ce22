/**
 * Pods started at once through containerd 2.x: `ctr run -d` for N pods together, the time
 * until each one runs and answers an exec, and the time until the last one does, for the husk
 * shim from a VM template (the default) and booting cold, with its admission queue and
 * without it, against containerd's runc shim, in the same run (test/e2e/load.ts).
 *   node dist/bench/load/run.js [--pods 10] [--runs 1] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBusyboxImage } from '../../test/e2e/busybox-image.js';
import { REPO_DIR, startContainerd } from '../../test/e2e/containerd.js';
import { describeLoad, removePods, startPodsAtOnce, type LoadResult } from '../../test/e2e/load.js';
import { defaultSlots } from '../../src/host/admission-queue.js';
import { writeSection } from '../markdown.js';
import { median } from '../measure.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const TIMEOUT_MS = 900_000;

const seconds = (ms: number) => (Number.isNaN(ms) ? 'failed' : `${(ms / 1000).toFixed(1)} s`);

interface Row {
  label: string;
  runtime: string;
  /** containerd's environment, for its shims. */
  env: Record<string, string>;
  results: LoadResult[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pods: { type: 'string', default: '10' }, runs: { type: 'string', default: '1' }, write: { type: 'string' } } });
  const pods = Number(values.pods);
  const runs = Number(values.runs);
  if (!fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2'))) throw new Error('run npm run build first');
  if (!fs.existsSync(path.join(GUEST_DIR, 'manifest.json'))) throw new Error(`no guest image in ${GUEST_DIR}: run scripts/build-guest.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-load-'));
  // Each row on a containerd of its own, whose environment reaches its shims.
  const unlimited = String(pods * 10);
  const rows: Row[] = [
    { label: 'runc shim (`io.containerd.runc.v2`)', runtime: 'io.containerd.runc.v2', env: {}, results: [] },
    { label: 'husk from a VM template (the default)', runtime: 'io.containerd.husk.v2', env: {}, results: [] },
    { label: 'husk, cold boots', runtime: 'io.containerd.husk.v2', env: { HUSK_VM_TEMPLATE: '0' }, results: [] },
    { label: 'husk, cold boots, no admission (all at once)', runtime: 'io.containerd.husk.v2', env: { HUSK_VM_TEMPLATE: '0', HUSK_ADMISSION_BOOTS: unlimited, HUSK_ADMISSION_STEPS: unlimited }, results: [] },
  ];
  let version = '';
  try {
    const { archive, ref } = await buildBusyboxImage(dir);
    for (let i = 0; i < runs; i++) {
      for (const row of rows) {
        const cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR, ...row.env } });
        try {
          version = cd.version;
          await cd.importImage(archive);
          const r = await startPodsAtOnce(cd, ['--runtime', row.runtime], ref, pods, `p${i}-`, TIMEOUT_MS);
          process.stderr.write(`${row.label}, run ${i + 1}:\n${describeLoad(r)}\n`);
          await removePods(cd, r);
          row.results.push(r);
        } finally {
          await cd.stop();
        }
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const slots = defaultSlots();
  const cell = (rs: LoadResult[], f: (r: LoadResult) => number) => rs.map((r) => seconds(f(r))).join(', ');
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/load\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, QEMU under TCG, containerd ${version}: ` +
      `${pods} \`ctr run -d\` started together, each then exec'd into (\`ctr task exec … echo\`); husk's admission ${slots.boot} boots and ${slots.step} container steps at once (the defaults here). ` +
      `${runs} run${runs > 1 ? 's' : ''}, each figure per run.`,
    '',
    `| ${pods} pods at once | all running | first answers exec | median | last answers exec | failed |`,
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.results.map((x) => `${pods - x.failed.length}/${pods}`).join(', ')} | ${cell(r.results, (x) => Math.min(...x.pods.filter((p) => !p.error).map((p) => p.execMs)))} | ${cell(r.results, (x) => median(x.pods.filter((p) => !p.error).map((p) => p.execMs)))} | ${cell(r.results, (x) => x.lastRunningMs)} | ${r.results.map((x) => x.failed.length).join(', ')} |`,
    ),
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'load', 'Pods started at once', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
