/**
 * critest, the CRI validation suite, against husk in both sandboxer modes and against runc,
 * in one run on one private containerd (cri-env.ts): pass/fail/skip counts per handler, each
 * husk failure with the reason it cannot pass on a VM runtime (or "not explained yet"), and
 * pod start time (RunPodSandbox to container started) for each handler. Reports (JUnit and
 * critest's output) are kept in the output directory.
 *   node dist/test/e2e/critest.js [--handlers runc,husk,husk-shim] [--focus RE] [--skip RE]
 *                                 [--out build/critest] [--write docs/critest.md]
 *   node dist/test/e2e/critest.js --reports-only [--handlers ...]   the summary again, from the
 *                                 reports a run left in the output directory (no containerd)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { writeSection } from '../../bench/markdown.js';
import { CRITEST_IMAGES } from './cri-images.js';
import { criLeftovers, HANDLERS, leftByPods, newLeftovers, nothingLeft, startCriEnvironment, writePodConfigs, type CriEnvironment, type CriLeftovers } from './cri-env.js';
import { E2E_DIR, REPO_DIR } from './containerd.js';

const CRITEST = path.join(E2E_DIR, 'bin', 'cri-tools', 'critest');

/** Skipped for every handler: cannot be reproduced offline (critest pulls it by an upstream digest). */
const ALWAYS_SKIP = ['public image with digest'];

/**
 * Why a test cannot pass on a VM runtime, by a pattern of its name. Anything failing for husk
 * that is not here is a defect to fix, reported as "not explained yet".
 */
const VM_REASONS: Array<[RegExp, string]> = [
  [/mount propagation|propagation from host/i, 'mount propagation between host and container: the container runs in a guest kernel; host mounts reach it as 9p shares, which do not propagate'],
  [/support HostPID$|HostIpc is true|HostNetwork is true|portforward in host network/, "host namespaces: a VM pod has none of the host's namespaces to join"],
  [/port ?forward/i, 'port forwarding: containerd dials localhost inside the pod netns on the host, where nothing of the guest listens (containerd 2.4 has no sandbox-side PortForward)'],
];

interface Case {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  message: string;
}

interface HandlerResult {
  handler: string;
  cases: Case[];
  podStartMs: number[];
  wallMs: number;
}

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** ginkgo's JUnit report: one <testcase> per spec, suite setup nodes left out. */
export function parseJunit(xml: string): Case[] {
  const cases: Case[] = [];
  for (const m of xml.matchAll(/<testcase\s+([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2]!)]));
    const name = (attrs.name ?? '').replace(/^\[It\]\s*/, '');
    if (/^\[(Synchronized)?(Before|After|ReportAfter|ReportBefore)Suite\]/.test(name)) continue;
    const body = m[3] ?? '';
    const status = attrs.status === 'passed' ? 'passed' : /<skipped/.test(body) || attrs.status === 'skipped' || attrs.status === 'pending' ? 'skipped' : 'failed';
    const message = decode(/<failure[^>]*message="([^"]*)"/.exec(body)?.[1] ?? /<failure[^>]*>([\s\S]*?)<\/failure>/.exec(body)?.[1] ?? '');
    cases.push({ name, status, message: message.replace(/\s+/g, ' ').trim().slice(0, 200) });
  }
  return cases;
}

async function podStartMs(env: CriEnvironment, handler: string, n: number): Promise<number> {
  const files = writePodConfigs(env.dir, `timing-${handler}-${n}`, { image: CRITEST_IMAGES.busybox, command: ['sleep', '600'] });
  const ok = (args: string[]) => env.cd.crictlOk(args);
  await ok(['pull', CRITEST_IMAGES.busybox]);
  const t0 = performance.now();
  const pod = await ok(['runp', '--runtime', handler, files.pod]);
  const ctr = await ok(['create', pod, files.container, files.pod]);
  await ok(['start', ctr]);
  const ms = performance.now() - t0;
  await ok(['stopp', pod]);
  await ok(['rmp', pod]);
  return ms;
}

async function runCritest(env: CriEnvironment, handler: string, out: string, focus?: string, skip?: string): Promise<Case[]> {
  const endpoint = `unix://${env.cd.address}`;
  const junit = path.join(out, `junit-${handler}.xml`);
  const args = [
    `-runtime-endpoint=${endpoint}`,
    `-image-endpoint=${endpoint}`,
    `-runtime-handler=${handler}`,
    `-ginkgo.junit-report=${junit}`,
    '-ginkgo.no-color',
    '-ginkgo.timeout=4h',
    `-ginkgo.skip=${[...ALWAYS_SKIP, ...(skip ? [skip] : [])].join('|')}`,
    ...(focus ? [`-ginkgo.focus=${focus}`] : []),
  ];
  // execa's types name only small descriptor numbers; any open one works
  const log = fs.openSync(path.join(out, `critest-${handler}.log`), 'w') as 3;
  try {
    // critest exits non-zero when any test fails: the report says which.
    await execa(CRITEST, args, { stdout: log, stderr: log, reject: false, cwd: out, timeout: 4 * 3600_000 });
  } finally {
    fs.closeSync(log);
  }
  if (!fs.existsSync(junit)) throw new Error(`critest wrote no report for ${handler}: see ${path.join(out, `critest-${handler}.log`)}`);
  return parseJunit(fs.readFileSync(junit, 'utf8'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const count = (r: HandlerResult, s: Case['status']) => r.cases.filter((c) => c.status === s).length;

function report(results: HandlerResult[]): string {
  const runc = results.find((r) => r.handler === HANDLERS.runc);
  const passedWithRunc = new Set(runc?.cases.filter((c) => c.status === 'passed').map((c) => c.name));
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/critest.sh\` (critest v1.36.0, containerd 2.4.2, QEMU under TCG), all handlers in one run on one containerd.`,
    '',
    `| handler | passed | failed | skipped | critest wall time | pod start (RunPodSandbox → container started), median |`,
    `|---|---|---|---|---|---|`,
    ...results.map((r) => `| \`${r.handler}\` | ${count(r, 'passed')} | ${count(r, 'failed')} | ${count(r, 'skipped')} | ${(r.wallMs / 60_000).toFixed(1)} min | ${r.podStartMs.length ? `${(median(r.podStartMs) / 1000).toFixed(2)} s` : '—'} |`),
  ];
  for (const r of results.filter((x) => x.handler !== HANDLERS.runc)) {
    const failed = r.cases.filter((c) => c.status === 'failed');
    lines.push('', `Failures with \`${r.handler}\` (${failed.length}):`, '');
    if (!failed.length) lines.push('none');
    for (const c of failed) {
      const reason = VM_REASONS.find(([re]) => re.test(c.name))?.[1];
      const runcToo = runc && !passedWithRunc.has(c.name) ? ' (fails with runc too)' : '';
      lines.push(`- ${c.name}${runcToo}: ${reason ?? `**not explained yet** — ${c.message || 'see the JUnit report'}`}`);
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      handlers: { type: 'string', default: [HANDLERS.runc, HANDLERS.huskPod, HANDLERS.huskShim].join(',') },
      focus: { type: 'string' },
      skip: { type: 'string' },
      out: { type: 'string', default: path.join(REPO_DIR, 'build', 'critest') },
      write: { type: 'string' },
      'timing-runs': { type: 'string', default: '3' },
      'reports-only': { type: 'boolean', default: false },
      /** The docs section to rewrite (a focused re-run keeps its own beside the full run's). */
      section: { type: 'string', default: 'critest' },
    },
  });
  const handlers = values.handlers!.split(',');
  const out = path.resolve(values.out!);
  if (values['reports-only']) {
    const results = handlers
      .filter((h) => fs.existsSync(path.join(out, `junit-${h}.xml`)))
      .map((handler) => ({
        handler,
        cases: parseJunit(fs.readFileSync(path.join(out, `junit-${handler}.xml`), 'utf8')),
        ...(JSON.parse(fs.readFileSync(path.join(out, `timing-${handler}.json`), 'utf8')) as { podStartMs: number[]; wallMs: number }),
      }));
    const text = report(results);
    process.stdout.write(`${text}\n`);
    if (values.write) writeSection(values.write, values.section!, 'critest', text);
    return;
  }
  if (!fs.existsSync(CRITEST)) throw new Error(`${CRITEST} is missing: run scripts/build-cri-tools.sh`);
  fs.mkdirSync(out, { recursive: true });
  const before = await criLeftovers();
  const env = await startCriEnvironment();
  const results: HandlerResult[] = [];
  let pods: CriLeftovers | undefined;
  try {
    for (const handler of handlers) {
      const podStart: number[] = [];
      for (let i = 0; i < Number(values['timing-runs']); i++) podStart.push(await podStartMs(env, handler, i));
      process.stderr.write(`${handler}: pod start ${podStart.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}; running critest...\n`);
      const t0 = performance.now();
      const cases = await runCritest(env, handler, out, values.focus, values.skip);
      const r = { handler, cases, podStartMs: podStart, wallMs: performance.now() - t0 };
      results.push(r);
      fs.writeFileSync(path.join(out, `timing-${handler}.json`), JSON.stringify({ podStartMs: podStart, wallMs: r.wallMs }));
      process.stderr.write(`${handler}: ${count(r, 'passed')} passed, ${count(r, 'failed')} failed, ${count(r, 'skipped')} skipped in ${(r.wallMs / 60_000).toFixed(1)} min\n`);
    }
  } finally {
    // critest removes its pods, except where a test fails before it knows the pod's id (the
    // HostNetwork tests): those go through CRI here, then what every pod had must be gone.
    const stray = (await env.cd.crictl(['pods', '-q'])).stdout.split('\n').filter(Boolean);
    if (stray.length) process.stderr.write(`critest left ${stray.length} pod(s); removing them through CRI\n`);
    for (const id of stray) await env.cd.crictl(['rmp', '--force', id]);
    pods = await leftByPods(before, env);
    await env.stop();
  }
  const left = newLeftovers(before, await criLeftovers());
  const text = report(results);
  process.stdout.write(`${text}\n\nreports in ${out}\nleft behind by the pods: ${JSON.stringify(pods)}\nleft behind after containerd stopped: ${JSON.stringify(left)}\n`);
  fs.writeFileSync(path.join(out, 'summary.md'), `${text}\n`);
  if (values.write) writeSection(values.write, values.section!, 'critest', text);
  if (!pods || !nothingLeft(pods) || !nothingLeft(left)) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
