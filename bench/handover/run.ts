/**
 * What replacing a running pod's shim costs (Release and Restore, src/shim/handover.ts): a pod
 * of 3 containers through containerd 2.x, containerd stopped, `husk shim restart`, timed from
 * the signal to the new shim answering on the pod's socket (the time no shim serves the pod);
 * the old and new shim's PSS. The reference, in the same run: starting that pod anew, which
 * is what a shim upgrade costs without a handover, for husk and for the runc shim.
 *   node dist/bench/handover/run.js [--runs 3] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { buildBusyboxImage } from '../../test/e2e/busybox-image.js';
import { missingGeneration, REPO_DIR, startContainerd, type Containerd } from '../../test/e2e/containerd.js';
import { writeSection } from '../markdown.js';
import { median, pssMiB } from '../measure.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const HUSK = path.join(REPO_DIR, 'dist', 'cmd', 'husk.js');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const CONTAINERS = 3;
const SANDBOX_ANNOTATION = 'io.kubernetes.cri.sandbox-id';

/** Starts a pod of CONTAINERS containers (one shim, grouped by the sandbox annotation); ms until all run. */
async function startPod(cd: Containerd, runtime: string, pod: string, ref: string): Promise<number> {
  const t0 = performance.now();
  for (let c = 0; c < CONTAINERS; c++) {
    const id = c === 0 ? pod : `${pod}-${c}`;
    await cd.ctrOk(['run', '-d', '--runtime', runtime, '--annotation', `${SANDBOX_ANNOTATION}=${pod}`, ref, id, 'sleep', '100000'], { timeoutMs: 240_000 });
  }
  return performance.now() - t0;
}

async function removePod(cd: Containerd, pod: string): Promise<void> {
  for (let c = CONTAINERS - 1; c >= 0; c--) {
    const id = c === 0 ? pod : `${pod}-${c}`;
    await cd.ctr(['task', 'kill', '-s', 'KILL', id]);
    for (let i = 0; i < 100 && /RUNNING/.test((await cd.ctr(['task', 'ls'])).stdout.split('\n').find((l) => l.startsWith(`${id} `)) ?? ''); i++) await new Promise((r) => setTimeout(r, 100));
    await cd.ctr(['task', 'delete', id]);
    await cd.ctrOk(['container', 'delete', id]);
  }
}

/** The husk shim daemon serving `pod` (its command line names the pod's id). */
function shimOf(pod: string): number {
  for (const e of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const argv = (() => {
      try {
        return fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0');
      } catch {
        return [];
      }
    })();
    if (argv.some((a) => a.includes('containerd-shim-husk-v2')) && argv.includes(pod) && ['serve', 'restore'].includes(argv.filter(Boolean).at(-1)!)) return Number(e);
  }
  throw new Error(`no shim serves ${pod}`);
}

interface Run {
  huskStartMs: number;
  runcStartMs: number;
  handoverMs: number;
  pssBeforeMiB: number;
  pssAfterMiB: number;
}

async function once(cd: Containerd, ref: string, i: number): Promise<Run> {
  const pod = `handover-${i}`;
  const huskStartMs = await startPod(cd, 'io.containerd.husk.v2', pod, ref);
  const runcStartMs = await startPod(cd, 'io.containerd.runc.v2', `runc-${i}`, ref);
  await removePod(cd, `runc-${i}`);
  const pssBeforeMiB = pssMiB(shimOf(pod));
  await cd.halt();
  const r = await execa('node', [HUSK, 'shim', 'restart', '--id', pod, '--namespace', cd.namespace], { reject: false, timeout: 180_000 });
  if (r.exitCode !== 0) throw new Error(`husk shim restart: ${r.stderr}`);
  const handoverMs = (JSON.parse(r.stdout) as { ms: number }).ms;
  await cd.start();
  // The pod works on: an exec in each container.
  for (let c = 0; c < CONTAINERS; c++) await cd.ctrOk(['task', 'exec', '--exec-id', `check${c}`, c === 0 ? pod : `${pod}-${c}`, 'true'], { timeoutMs: 120_000 });
  // Settled (the successor's start-up garbage collected) before its memory is read.
  await new Promise((res) => setTimeout(res, 2000));
  const pssAfterMiB = pssMiB(shimOf(pod));
  await removePod(cd, pod);
  return { huskStartMs, runcStartMs, handoverMs, pssBeforeMiB, pssAfterMiB };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, write: { type: 'string' } } });
  const missing = missingGeneration('2');
  if (missing) throw new Error(missing);
  if (!fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2'))) throw new Error('run npm run build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-handover-'));
  const cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR } });
  const runs: Run[] = [];
  try {
    const { archive, ref } = await buildBusyboxImage(dir);
    await cd.importImage(archive);
    for (let i = 0; i < Number(values.runs); i++) {
      runs.push(await once(cd, ref, i));
      const r = runs.at(-1)!;
      process.stderr.write(`run ${i + 1}: handover ${r.handoverMs} ms; pod start husk ${(r.huskStartMs / 1000).toFixed(2)} s, runc ${r.runcStartMs.toFixed(0)} ms\n`);
    }
  } finally {
    await cd.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const m = (f: (r: Run) => number) => median(runs.map(f));
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/handover\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, QEMU under TCG, containerd ${cd.version}; ` +
      `a pod of ${CONTAINERS} containers (\`sleep\`), median of ${runs.length}. Handover: from \`husk shim restart\`'s signal to the new shim answering on the pod's socket ` +
      '(containerd stopped meanwhile), i.e. the time no shim serves the pod; the containers run on throughout.',
    '',
    '| | median |',
    '|---|---|',
    `| husk: shim handover (Release + Restore) | ${m((r) => r.handoverMs).toFixed(0)} ms |`,
    `| reference: the pod started anew with husk (what a shim upgrade costs without a handover) | ${(m((r) => r.huskStartMs) / 1000).toFixed(2)} s |`,
    `| reference: the pod started anew with the runc shim | ${m((r) => r.runcStartMs).toFixed(0)} ms |`,
    `| husk shim PSS before / after the handover | ${m((r) => r.pssBeforeMiB).toFixed(1)} / ${m((r) => r.pssAfterMiB).toFixed(1)} MiB |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'handover', 'Replacing a running pod\'s shim', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
