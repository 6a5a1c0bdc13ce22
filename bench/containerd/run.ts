/**
 * A container through real containerd: `ctr run` to its first byte of output with the husk
 * shim (its VM from a template, or booted with HUSK_VM_TEMPLATE=0) against containerd's own runc shim, measured in the same run on
 * private containerd instances (test/e2e/containerd.ts), and the husk shim's RSS per pod.
 *   node dist/bench/containerd/run.js [--runs 3] [--generations 1,2] [--write docs/benchmarks.md]
 *   node dist/bench/containerd/run.js --demo     one husk container, its output shown (the README demo)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBusyboxImage } from '../../test/e2e/busybox-image.js';
import { missingGeneration, REPO_DIR, startContainerd, type Containerd, type Generation } from '../../test/e2e/containerd.js';
import { templatesEnabled } from '../../src/factory/index.js';
import { writeSection } from '../markdown.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const HUSK = ['--runtime', 'io.containerd.husk.v2'];
const RUNC = ['--runtime', 'io.containerd.runc.v2'];
const VM_TIMEOUT_MS = 300_000;

interface Run {
  firstOutputMs: number;
  stdout: string;
  exitCode: number;
}

/** `ctr run --rm`: time to the first byte on stdout, then the whole output and exit code. */
async function ctrRun(cd: Containerd, runtime: string[], id: string, image: string, script: string): Promise<Run> {
  const t0 = performance.now();
  const ctr = cd.spawnCtr(['run', '--rm', ...runtime, image, id, 'sh', '-c', script], { timeoutMs: VM_TIMEOUT_MS });
  let firstOutputMs = NaN;
  ctr.stdout!.once('data', () => (firstOutputMs = performance.now() - t0));
  const r = await ctr;
  if (r.exitCode !== 0 || Number.isNaN(firstOutputMs)) {
    throw new Error(`ctr run ${runtime.join(' ')} ${id}: exit ${r.exitCode}${r.timedOut ? ' (timed out)' : ''}\n${r.stderr}\n${cd.logTail(20)}`);
  }
  return { firstOutputMs, stdout: String(r.stdout), exitCode: r.exitCode };
}

/** The husk shim's resident memory while it serves one pod with a running container. */
async function shimRssMiB(cd: Containerd, image: string): Promise<number> {
  await cd.ctrOk(['run', '-d', ...HUSK, image, 'rss', 'sleep', '600'], { timeoutMs: VM_TIMEOUT_MS });
  try {
    const [pid] = cd.shimPids();
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } finally {
    await cd.ctrOk(['task', 'kill', '-s', 'KILL', 'rss']);
    await cd.ctr(['task', 'delete', 'rss']); // may still be stopping: stop() removes it anyway
    await cd.ctr(['container', 'delete', 'rss']);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Result {
  version: string;
  runcMs: number;
  huskMs: number;
  shimRssMiB: number;
}

async function measure(gen: Generation, archive: string, ref: string, runs: number): Promise<Result> {
  const cd = await startContainerd(gen, { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR } });
  try {
    await cd.importImage(archive);
    const runc: number[] = [];
    const husk: number[] = [];
    for (let i = 0; i < runs; i++) {
      runc.push((await ctrRun(cd, RUNC, `runc-${i}`, ref, 'echo ready')).firstOutputMs);
      husk.push((await ctrRun(cd, HUSK, `husk-${i}`, ref, 'echo ready')).firstOutputMs);
      process.stderr.write(`containerd ${cd.version} run ${i + 1}: runc shim ${runc[i]!.toFixed(0)} ms, husk ${(husk[i]! / 1000).toFixed(2)} s\n`);
    }
    return { version: cd.version, runcMs: median(runc), huskMs: median(husk), shimRssMiB: await shimRssMiB(cd, ref) };
  } finally {
    await cd.stop();
  }
}

/** One container in a husk VM through Debian's containerd, its output shown as it is. */
async function demo(archive: string, ref: string): Promise<void> {
  const gen: Generation = missingGeneration('1') ? '2' : '1';
  const cd = await startContainerd(gen, { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR } });
  try {
    await cd.importImage(archive);
    process.stdout.write(`$ ctr run --rm --runtime io.containerd.husk.v2 ${ref} demo sh -c '...'   (containerd ${cd.version})\n`);
    const r = await ctrRun(cd, HUSK, 'demo', ref, 'echo "hello from a husk VM: $(uname -sr), $(grep -c ^processor /proc/cpuinfo) vCPU, $(free -m | awk \'/Mem:/{print $2}\') MiB"');
    process.stdout.write(`${r.stdout}\n(first output after ${(r.firstOutputMs / 1000).toFixed(1)} s, the VM's start included)\n`);
  } finally {
    await cd.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      generations: { type: 'string', default: '1,2' },
      write: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
  });
  if (!fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2'))) throw new Error('run npm run build first');
  if (!fs.existsSync(path.join(GUEST_DIR, 'manifest.json'))) throw new Error(`no guest image in ${GUEST_DIR}: run scripts/build-guest.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-containerd-'));
  try {
    const { archive, ref } = await buildBusyboxImage(dir);
    if (values.demo) return await demo(archive, ref);
    const gens = values.generations!.split(',') as Generation[];
    const results: Result[] = [];
    for (const gen of gens) {
      const missing = missingGeneration(gen);
      if (missing) throw new Error(missing);
      results.push(await measure(gen, archive, ref, Number(values.runs)));
    }
    const cols = (f: (r: Result) => string) => `| ${results.map(f).join(' | ')} |`;
    const table = [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/containerd\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ` +
        `QEMU under TCG; busybox image imported locally; \`ctr run --rm\` to the first byte of output, median of ${values.runs}, both shims in the same run.`,
      '',
      `| ${cols((r) => `containerd ${r.version}`)}`,
      `|---${'|---'.repeat(results.length)}|`,
      `| runc shim (\`io.containerd.runc.v2\`) ${cols((r) => `${r.runcMs.toFixed(0)} ms`)}`,
      `| husk (\`io.containerd.husk.v2\`), VM ${templatesEnabled() ? 'from a template' : 'boot'} included ${cols((r) => `${(r.huskMs / 1000).toFixed(1)} s`)}`,
      `| husk shim RSS, one pod (QEMU not included) ${cols((r) => `${r.shimRssMiB.toFixed(0)} MiB`)}`,
    ].join('\n');
    process.stdout.write(`${table}\n`);
    if (values.write) writeSection(values.write, 'containerd', 'Through containerd', table);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
