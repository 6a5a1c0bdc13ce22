/**
 * Kubernetes' path into husk: containerd 2.x's CRI plugin, driven with crictl, runs a pod in a
 * husk VM in both sandboxer modes (a pause container through the Task API, and husk's own
 * Sandbox API), with the pod's CNI network reaching the container in the VM. runc is run the
 * same way for comparison; a husk pod's shim is replaced under it (containerd stopped) and the
 * pod works on. (critest itself is scripts/critest.sh: it takes far longer.)
 */
import { criLeftovers, HANDLERS, leftByPods, missingCri, newLeftovers, startCriEnvironment, writePodConfigs, type CriEnvironment } from './cri-env.js';
import { CRITEST_IMAGES } from './cri-images.js';
import os from 'node:os';
import { execa } from 'execa';
import fs from 'node:fs';
import path from 'node:path';
import { CRICTL, REPO_DIR, waitFor } from './containerd.js';

const HUSK = path.join(REPO_DIR, 'dist', 'cmd', 'husk.js');

const missing = missingCri();
if (missing) console.log(`skipping the CRI e2e tests: ${missing}`);
const maybe = missing ? it.skip : it;
const VM_TIMEOUT = 240_000;

let env: CriEnvironment;
let before: Awaited<ReturnType<typeof criLeftovers>>;

beforeAll(async () => {
  if (missing) return;
  before = await criLeftovers();
  env = await startCriEnvironment();
}, VM_TIMEOUT);

afterAll(async () => {
  if (missing || !env) return;
  // every pod is gone by now, so whatever a pod had on the host must be gone too
  const none = { qemu: [], shims: [], taps: [], netns: [], mounts: [] };
  const left = await leftByPods(before, env);
  await env.stop();
  expect(left).toEqual(none);
  expect(newLeftovers(before, await criLeftovers())).toEqual(none);
}, VM_TIMEOUT);

/** With containerd's log, where a failure inside the shim shows. */
function crictlOk(args: string[]): Promise<string> {
  return env.cd.crictlOk(args).catch((err: Error) => {
    throw new Error(`${err.message}\n${env.cd.logTail(30)}`);
  });
}

describe.each([HANDLERS.huskPod, HANDLERS.huskShim, HANDLERS.runc])('a pod with runtime handler %s', (handler) => {
  maybe(
    'runs, is reachable on its pod IP, logs, execs, reports stats, stops and is removed without leftovers',
    async () => {
      const name = `web-${handler}`;
      const files = writePodConfigs(env.dir, name, {
        image: CRITEST_IMAGES.busybox,
        command: ['sh', '-c', 'echo started on $(hostname); exec httpd -f -p 8080 -h /etc'],
      }, { memory_limit_in_bytes: 512 * 2 ** 20 });
      await crictlOk(['pull', CRITEST_IMAGES.busybox]);
      const t0 = Date.now();
      const pod = await crictlOk(['runp', '--runtime', handler, files.pod]);
      const container = await crictlOk(['create', pod, files.container, files.pod]);
      await crictlOk(['start', container]);
      console.log(`CRI ${handler}: RunPodSandbox to container started ${((Date.now() - t0) / 1000).toFixed(2)} s`);

      const status = JSON.parse(await crictlOk(['inspectp', pod])) as { status: { state: string; network: { ip: string } } };
      expect(status.status.state).toBe('SANDBOX_READY');
      const ip = status.status.network.ip;
      expect(ip).toMatch(/^10\.88\.\d+\.\d+$/);
      // The pod's hostname file, served by httpd in the container: the CNI veth reaches the VM.
      const served = await waitFor(`httpd on ${ip}`, async () => {
        try {
          const res = await fetch(`http://${ip}:8080/hostname`, { signal: AbortSignal.timeout(5000) });
          return res.ok ? (await res.text()).trim() : undefined;
        } catch {
          return undefined;
        }
      }, 60_000);
      expect(served).toBe(name);
      // httpd may answer before the first line has made it through to the log file
      await waitFor('the container log', async () => (await crictlOk(['logs', container])).includes(`started on ${name}`), 30_000);
      expect(await crictlOk(['exec', container, 'sh', '-c', 'echo exec ok; cat /etc/resolv.conf'])).toBe('exec ok\nsearch svc.cluster.local\nnameserver 10.88.0.10');
      expect(await crictlOk(['stats', '-o', 'json', container])).toContain(container);
      // The container shares the pod's PID namespace (CRI's default, POD): an orphan lands on
      // that namespace's PID 1 (pause, or husk's holder in the guest), which must reap it.
      const zombies = await crictlOk(['exec', container, 'sh', '-c', '(sleep 0.2 &); sleep 3; grep -l "^State:.*Z" /proc/[0-9]*/status | wc -l']);
      expect(zombies).toBe('0');
      if (handler !== HANDLERS.runc) {
        // the pod's 512 MiB limit comes on top of the VM's default 512 MiB (vm-size.ts)
        const memTotalKiB = Number((await crictlOk(['exec', container, 'sh', '-c', "awk '/^MemTotal/ {print $2}' /proc/meminfo"])).trim());
        expect(memTotalKiB).toBeGreaterThan(800 * 1024);
        // UpdateContainerResources through containerd: a 1 GiB, 1 CPU limit needs 512 MiB and a
        // vCPU more than the VM booted with (the defaults plus the pod's 512 MiB), and the
        // guest has them at once.
        const t0 = Date.now();
        await crictlOk(['update', '--memory', String(2 ** 30), '--cpu-quota', '100000', '--cpu-period', '100000', container]);
        console.log(`CRI ${handler}: UpdateContainerResources +512 MiB +1 vCPU ${((Date.now() - t0) / 1000).toFixed(2)} s`);
        const grown = Number((await crictlOk(['exec', container, 'sh', '-c', "awk '/^MemTotal/ {print $2}' /proc/meminfo"])).trim());
        expect(grown - memTotalKiB).toBe(512 * 1024);
        // (the VM's room for vCPUs is the host's CPUs)
        expect(await crictlOk(['exec', container, 'nproc'])).toBe(String(Math.min(2, os.cpus().length)));
      }
      // exec -it: a terminal through CRI's streaming server, the shim and the guest (script gives crictl a pty)
      const endpoint = `unix://${env.cd.address}`;
      const tty = await execa('script', ['-q', '-e', '-c', `${CRICTL} --runtime-endpoint ${endpoint} exec -it ${container} sh -c 'tty; echo tty ok'`, '/dev/null'], {
        reject: false,
        timeout: 60_000,
      });
      expect({ exitCode: tty.exitCode, stdout: tty.stdout }).toEqual({ exitCode: 0, stdout: expect.stringMatching(/\/dev\/pts\/\d+\r?\ntty ok/) });

      await crictlOk(['stopp', pod]);
      expect(await crictlOk(['pods', '--id', pod])).toMatch(/NotReady/);
      await crictlOk(['rmp', pod]);
      expect(await crictlOk(['pods', '-q'])).toBe('');
      if (handler !== HANDLERS.runc) await waitFor('the pod VM to be gone', async () => (await criLeftovers()).qemu.length === before.qemu.length, 30_000);
    },
    VM_TIMEOUT,
  );
});

describe.each([HANDLERS.huskPod, HANDLERS.huskShim])('a pod with runtime handler %s', (handler) => {
  maybe(
    'keeps working when its shim is replaced with containerd stopped: logs (the swap\'s too), exec, stop, remove',
    async () => {
      const name = `swap-${handler}`;
      const files = writePodConfigs(env.dir, name, {
        image: CRITEST_IMAGES.busybox,
        command: ['sh', '-c', 'i=0; while true; do echo "line $i"; i=$((i+1)); sleep 0.1; done'],
      });
      await crictlOk(['pull', CRITEST_IMAGES.busybox]);
      const pod = await crictlOk(['runp', '--runtime', handler, files.pod]);
      const container = await crictlOk(['create', pod, files.container, files.pod]);
      await crictlOk(['start', container]);
      /** The log's lines so far, checked to be line 0, 1, 2, … without a gap. */
      const counted = async () => {
        const lines = (await crictlOk(['logs', container])).split('\n').filter(Boolean);
        lines.forEach((l, i) => expect(l).toBe(`line ${i}`));
        return lines.length;
      };
      await waitFor('the container log', async () => (await counted()) > 5, 60_000);

      await env.cd.halt();
      const r = await execa('node', [HUSK, 'shim', 'restart', '--id', pod, '--namespace', 'k8s.io'], { reject: false, timeout: 180_000 });
      if (r.exitCode !== 0) {
        // Both shims' side of it (containerd was not there to read their logs).
        const stores = '/var/lib/husk/store';
        const logs = fs.readdirSync(stores).map((i) => path.join(stores, i, pod, 'handover.log')).filter((f) => fs.existsSync(f));
        throw new Error(`husk shim restart: ${r.stderr}\n${logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n')}`);
      }
      const swap = JSON.parse(r.stdout) as { from: number; to: number; ms: number };
      console.log(`CRI ${handler}: shim handed over in ${swap.ms} ms`);
      expect(swap.to).not.toBe(swap.from);
      // The container writes on while containerd is away.
      await new Promise((res) => setTimeout(res, 1500));
      await env.cd.start();

      const inspected = JSON.parse(await crictlOk(['inspectp', pod])) as { status: { state: string } };
      expect(inspected.status.state).toBe('SANDBOX_READY');
      expect(await crictlOk(['exec', container, 'echo', 'exec ok'])).toBe('exec ok');
      const after = await counted();
      // 1.5 s without containerd at 10 lines a second: all of it reached the log.
      await waitFor('the log to move on', async () => (await counted()) > after + 5, 30_000);
      await crictlOk(['stopp', pod]);
      await crictlOk(['rmp', pod]);
      expect(await crictlOk(['pods', '-q'])).toBe('');
      await waitFor('the pod VM to be gone', async () => (await criLeftovers()).qemu.length === before.qemu.length, 30_000);
    },
    VM_TIMEOUT,
  );
});
