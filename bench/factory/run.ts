/**
 * The VM factory: pods from a VM template against cold boots, with runc as the reference,
 * all measured in one run.
 *   - the sandbox alone (no containerd): create → agent answering, → first container output;
 *   - `ctr run --rm` to its first output through containerd 2.x;
 *   - CRI (containerd 2.x, crictl) RunPodSandbox → container started, both sandboxer modes;
 *   - PSS (smaps_rollup) of QEMU and of the shim per idle pod, with 1 and with N pods.
 * Cold means HUSK_VM_TEMPLATE=0 in containerd's environment (its shims inherit it); cache,
 * HUSK_VM_CACHE=1 with a cache daemon (src/factory/cache-daemon.ts) in this process keeping
 * --cache-size VMs ready per shape, each measurement taken once it has refilled.
 *   node dist/bench/factory/run.js [--runs 3] [--pods 10] [--cache-size 2] [--write docs/benchmarks.md]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { busyboxRootfs } from '../../src/cli/busybox-rootfs.js';
import { CacheDaemon, templatesEnabled, vmFactory } from '../../src/factory/index.js';
import { shapeOf } from '../../src/factory/cache-factory.js';
import { defaultSpec } from '../../src/sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../../src/shim/qemu-deps.js';
import { Sandbox } from '../../src/sandbox/sandbox.js';
import { buildBusyboxImage } from '../../test/e2e/busybox-image.js';
import { programPids, REPO_DIR, startContainerd, type Containerd } from '../../test/e2e/containerd.js';
import { HANDLERS, startCriEnvironment, writePodConfigs } from '../../test/e2e/cri-env.js';
import { CRITEST_IMAGES } from '../../test/e2e/cri-images.js';
import { writeSection } from '../markdown.js';
import { firstOutput, median, pssMiB, runcOnce } from '../measure.js';

const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');
const TIMEOUT_MS = 300_000;
const MODES = { cold: { HUSK_VM_TEMPLATE: '0' }, template: {}, cache: { HUSK_VM_CACHE: '1' } } as const;
type Mode = keyof typeof MODES;
const ALL_MODES = Object.keys(MODES) as Mode[];

/** The cache daemon, while the cache mode is measured. */
let daemon: CacheDaemon | undefined;
/**
 * Before each measurement while the daemon runs: a full cache, as a pod arriving at a quiet
 * host finds it, and no refill competing with whatever is measured.
 */
const warm = async (_mode: Mode) => {
  await daemon?.settled();
};

const s = (ms: number) => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
const note = (line: string) => process.stderr.write(`${line}\n`);

/** The sandbox alone: create → agent answering and → first output of `echo ready`. */
async function sandboxOnce(mode: Mode, rootfs: string, dir: string, n: number): Promise<{ agentMs: number; outputMs: number }> {
  const log = pino({ level: 'warn' }, pino.destination(2));
  const t0 = performance.now();
  const sandbox = await Sandbox.create(
    { id: `bench-${mode}-${n}`, stateRoot: path.join(dir, 'state'), image: guestImage(GUEST_DIR), memoryMiB: 512, vcpus: 1 },
    qemuSandboxDeps(log, { vms: vmFactory(log, { templates: mode !== 'cold', cache: mode === 'cache' }) }),
  );
  try {
    await sandbox.start();
    const agentMs = performance.now() - t0;
    if (sandbox.restored !== (mode !== 'cold')) throw new Error(`a ${mode} sandbox came up ${sandbox.restored ? 'restored' : 'cold'}`);
    const fromCache = !fs.readFileSync(`/proc/${sandbox.pid}/cmdline`, 'utf8').includes(`husk-bench-${mode}-${n}`);
    if (fromCache !== (mode === 'cache')) throw new Error(`a ${mode} sandbox's VM came ${fromCache ? 'from' : 'not from'} the cache`);
    const c = await sandbox.createContainer('first', defaultSpec(['echo', 'ready']), rootfs);
    const out = firstOutput(c.init.stdout);
    c.init.stderr.resume();
    await c.start();
    await out;
    const outputMs = performance.now() - t0;
    await c.init.wait();
    return { agentMs, outputMs };
  } finally {
    await sandbox.delete();
  }
}

async function ctrRunMs(cd: Containerd, runtime: string, id: string, ref: string): Promise<number> {
  const t0 = performance.now();
  const ctr = cd.spawnCtr(['run', '--rm', '--runtime', runtime, ref, id, 'echo', 'ready'], { timeoutMs: TIMEOUT_MS });
  let ms = NaN;
  ctr.stdout!.once('data', () => (ms = performance.now() - t0));
  const r = await ctr;
  if (r.exitCode !== 0 || Number.isNaN(ms)) throw new Error(`ctr run ${runtime} ${id}: exit ${r.exitCode}\n${r.stderr}\n${cd.logTail(20)}`);
  return ms;
}

/** The QEMU each husk shim of `cd` runs (its child, or nsenter's exec of it). */
function qemuOf(shim: number): number | undefined {
  for (const task of fs.readdirSync(`/proc/${shim}/task`)) {
    const children = fs.readFileSync(`/proc/${shim}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
    for (const c of children) if (fs.readFileSync(`/proc/${c}/cmdline`, 'utf8').startsWith('qemu-system')) return c;
  }
  return undefined;
}

/** `count` idle pods (`ctr run -d … sleep`), one after another; then PSS of QEMU and shim per pod. */
async function idlePods(cd: Containerd, ref: string, count: number): Promise<{ qemu: number; shim: number }> {
  const ids = Array.from({ length: count }, (_, i) => `idle-${i}`);
  try {
    for (const id of ids) await cd.ctrOk(['run', '-d', '--runtime', 'io.containerd.husk.v2', ref, id, 'sleep', '3600'], { timeoutMs: TIMEOUT_MS });
    // Let the guests settle after their start-up.
    await new Promise((r) => setTimeout(r, 5000));
    const shims = cd.shimPids();
    // A VM from the cache is not its shim's child: every QEMU but those still ready in the cache.
    const ready = new Set(daemon?.readyPids() ?? []);
    const qemus = daemon ? programPids('qemu-system').map(Number).filter((p) => !ready.has(p)) : shims.map(qemuOf).filter((p): p is number => p !== undefined);
    if (qemus.length !== count || shims.length !== count) throw new Error(`${count} pods: ${shims.length} shims, ${qemus.length} QEMUs`);
    const sum = (pids: number[]) => pids.reduce((a, p) => a + pssMiB(p), 0);
    return { qemu: sum(qemus) / count, shim: sum(shims) / count };
  } finally {
    for (const id of ids) {
      await cd.ctr(['task', 'kill', '-s', 'KILL', id]);
      await cd.ctr(['task', 'delete', '--force', id], { timeoutMs: 60_000 });
      await cd.ctr(['container', 'delete', id]);
    }
  }
}

async function criOnce(handler: string, env: Awaited<ReturnType<typeof startCriEnvironment>>, n: number): Promise<number> {
  const name = `b-${handler}-${n}`;
  const files = writePodConfigs(env.dir, name, { image: CRITEST_IMAGES.busybox, command: ['sleep', '3600'] });
  const t0 = performance.now();
  const pod = await env.cd.crictlOk(['runp', '--runtime', handler, files.pod], { timeoutMs: TIMEOUT_MS });
  const container = await env.cd.crictlOk(['create', pod, files.container, files.pod], { timeoutMs: TIMEOUT_MS });
  await env.cd.crictlOk(['start', container], { timeoutMs: TIMEOUT_MS });
  const ms = performance.now() - t0;
  await env.cd.crictlOk(['stopp', pod], { timeoutMs: TIMEOUT_MS });
  await env.cd.crictlOk(['rmp', pod], { timeoutMs: TIMEOUT_MS });
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, pods: { type: 'string', default: '10' }, 'cache-size': { type: 'string', default: '2' }, write: { type: 'string' } } });
  const runs = Number(values.runs);
  const pods = Number(values.pods);
  const cacheSize = Number(values['cache-size']);
  if (!fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2'))) throw new Error('run npm run build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-factory-'));
  const r = {
    agent: { cold: [] as number[], template: [] as number[], cache: [] as number[] },
    output: { cold: [] as number[], template: [] as number[], cache: [] as number[], runc: [] as number[] },
    ctr: { cold: [] as number[], template: [] as number[], cache: [] as number[], runc: [] as number[] },
    cri: {} as Record<string, number[]>,
    pss: {} as Record<string, { qemu: number; shim: number }>,
    containerd: '',
  };
  try {
    const rootfs = busyboxRootfs(path.join(dir, 'rootfs'));
    const log = pino({ level: 'warn' }, pino.destination(2));
    const image = guestImage(GUEST_DIR);
    const shape = (nics: number) => shapeOf({ id: 'x', stateDir: '/', sharedDir: '/', memoryMiB: 512, vcpus: 1, ...image, networkDevices: Array.from({ length: nics }, () => ({ tap: 't', mac: 'm' })) });
    const startDaemon = async () => {
      daemon = new CacheDaemon({ size: cacheSize, shapes: [shape(0), shape(1)], templates: templatesEnabled(), log });
      await daemon.start();
    };
    const stopDaemon = async () => {
      await daemon?.stop();
      daemon = undefined;
    };
    // Not counted: makes the template if there is none (its time is in husk factory status).
    await sandboxOnce('template', rootfs, dir, -1);
    await startDaemon();
    for (let i = 0; i < runs; i++) {
      for (const mode of ALL_MODES) {
        await warm(mode);
        const x = await sandboxOnce(mode, rootfs, dir, i);
        r.agent[mode].push(x.agentMs);
        r.output[mode].push(x.outputMs);
      }
      r.output.runc.push(await runcOnce(rootfs, dir, i));
      note(`sandbox run ${i + 1}: cold ${s(r.output.cold[i]!)}, template ${s(r.output.template[i]!)}, cache ${s(r.output.cache[i]!)}, runc ${s(r.output.runc[i]!)} to first output`);
    }
    // The daemon runs only while the cache is measured: its ready VMs would weigh on the rest.
    await stopDaemon();

    const { archive, ref } = await buildBusyboxImage(dir);
    for (const mode of ALL_MODES) {
      const cd = await startContainerd('2', { pathPrepend: [SHIM_DIR], env: { HUSK_GUEST_DIR: GUEST_DIR, ...MODES[mode] } });
      if (mode === 'cache') await startDaemon();
      try {
        r.containerd = cd.version;
        await cd.importImage(archive);
        await ctrRunMs(cd, 'io.containerd.husk.v2', `warm-${mode}`, ref);
        for (let i = 0; i < runs; i++) {
          await warm(mode);
          r.ctr[mode].push(await ctrRunMs(cd, 'io.containerd.husk.v2', `${mode}-${i}`, ref));
          if (mode === 'template') r.ctr.runc.push(await ctrRunMs(cd, 'io.containerd.runc.v2', `runc-${i}`, ref));
          note(`ctr run ${mode} ${i + 1}: ${s(r.ctr[mode][i]!)}`);
        }
        for (const count of [1, pods]) {
          await warm(mode);
          r.pss[`${mode} ${count}`] = await idlePods(cd, ref, count);
          note(`PSS ${mode}, ${count} pods: QEMU ${r.pss[`${mode} ${count}`]!.qemu.toFixed(0)} MiB, shim ${r.pss[`${mode} ${count}`]!.shim.toFixed(0)} MiB per pod`);
        }
      } finally {
        await cd.stop();
        if (mode === 'cache') await stopDaemon();
      }
    }

    for (const mode of ALL_MODES) {
      const env = await startCriEnvironment({ env: MODES[mode] });
      if (mode === 'cache') await startDaemon();
      try {
        await env.cd.crictlOk(['pull', CRITEST_IMAGES.busybox], { timeoutMs: TIMEOUT_MS });
        for (let i = 0; i < runs; i++) {
          for (const handler of [HANDLERS.huskPod, HANDLERS.huskShim]) {
            await warm(mode);
            const ms = await criOnce(handler, env, i);
            (r.cri[`${handler} ${mode}`] ??= []).push(ms);
            note(`CRI ${handler} ${mode} ${i + 1}: ${s(ms)}`);
          }
          if (mode === 'template') (r.cri.runc ??= []).push(await criOnce(HANDLERS.runc, env, i));
        }
      } finally {
        await env.stop();
        if (mode === 'cache') await stopDaemon();
      }
    }
  } finally {
    await daemon?.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const m = (xs: number[]) => s(median(xs));
  const pss = (k: string) => {
    const p = r.pss[k];
    return p ? `${(p.qemu + p.shim).toFixed(0)} MiB (QEMU ${p.qemu.toFixed(0)} + shim ${p.shim.toFixed(0)})` : '—';
  };
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/factory\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, QEMU under TCG, containerd ${r.containerd}; ` +
      `512 MiB, 1 vCPU guests; busybox \`echo ready\` (CRI: \`sleep\`); median of ${runs}; every column in the same run. Cold: \`HUSK_VM_TEMPLATE=0\`. ` +
      `Cache: \`HUSK_VM_CACHE=1\`, the daemon keeping ${cacheSize} VMs ready per shape and refilled before each measurement (its ready VMs are not in the PSS).`,
    '',
    '| | husk cold boot | husk from a VM template | husk from the VM cache | runc (host) | target (issue 12) |',
    '|---|---|---|---|---|---|',
    `| sandbox create → agent answering | ${m(r.agent.cold)} | ${m(r.agent.template)} | ${m(r.agent.cache)} | — | — |`,
    `| sandbox create → first container output | ${m(r.output.cold)} | ${m(r.output.template)} | ${m(r.output.cache)} | ${m(r.output.runc)} | — |`,
    `| \`ctr run --rm\` → first output | ${m(r.ctr.cold)} | ${m(r.ctr.template)} | ${m(r.ctr.cache)} | ${m(r.ctr.runc)} (runc shim) | template ≤ 1.0 s, cache ≤ 0.8 s, cold ≤ 6 s |`,
    `| CRI RunPodSandbox → container started, podsandbox mode (\`husk\`) | ${m(r.cri['husk cold'] ?? [])} | ${m(r.cri['husk template'] ?? [])} | ${m(r.cri['husk cache'] ?? [])} | ${m(r.cri.runc ?? [])} | ≤ 2.5 s |`,
    `| CRI RunPodSandbox → container started, shim mode (\`husk-shim\`) | ${m(r.cri['husk-shim cold'] ?? [])} | ${m(r.cri['husk-shim template'] ?? [])} | ${m(r.cri['husk-shim cache'] ?? [])} | — | ≤ 1.5 s |`,
    `| PSS per idle pod, 1 pod | ${pss('cold 1')} | ${pss('template 1')} | ${pss('cache 1')} | — | — |`,
    `| PSS per idle pod, ${pods} pods | ${pss(`cold ${pods}`)} | ${pss(`template ${pods}`)} | ${pss(`cache ${pods}`)} | — | ≤ 80 MiB |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(values.write, 'factory', 'VM templates: pods from the factory', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
