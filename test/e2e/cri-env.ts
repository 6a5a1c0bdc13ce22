/**
 * Everything a CRI test needs, private to one run: Debian's docker-registry on 127.0.0.1
 * with critest's images (cri-images.ts), containerd 2.x with its CRI plugin mirroring the
 * public registries to it, a CNI bridge network from Debian's plugins, and three runtime
 * handlers:
 *   runc       containerd's runc shim (the baseline)
 *   husk       the husk shim, sandboxer "podsandbox" (a pause container through the Task API)
 *   husk-shim  the husk shim, sandboxer "shim" (husk's Sandbox API; no pause container)
 * stop() removes pods (CNI DEL), containerd, the registry, the bridge and the CNI state, then
 * says what is left that should not be: QEMU, shims, taps, network namespaces.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { pushCriImages, SANDBOX_IMAGE, writeMirrorHosts } from './cri-images.js';
import { CRI_NAMESPACE, CRICTL, missingGeneration, mountsUnder, programPids, REPO_DIR, startContainerd, type Containerd } from './containerd.js';
import { HUSK_RUN } from '../../src/shim/paths.js';
import { missingRegistry, startRegistry, type Registry } from './registry.js';

export const HANDLERS = { runc: 'runc', huskPod: 'husk', huskShim: 'husk-shim' } as const;
const NETWORK = 'husk-cri';
const BRIDGE = 'husk-cri0';
const SUBNET = '10.88.0.0/16';
const SHIM_DIR = path.join(REPO_DIR, 'dist', 'bin');
const GUEST_DIR = path.resolve(REPO_DIR, process.env.HUSK_GUEST_DIR ?? 'build/guest');

export interface CriEnvironment {
  cd: Containerd;
  registry: Registry;
  /** Where the run keeps its files (CNI config, hosts.toml, pod and container configs). */
  dir: string;
  stop(): Promise<void>;
}

export interface CriLeftovers {
  qemu: string[];
  shims: string[];
  taps: string[];
  netns: string[];
  mounts: string[];
}

/** Why the CRI environment cannot run here, or null. */
export function missingCri(): string | null {
  return (
    missingGeneration('2') ??
    missingRegistry() ??
    (fs.existsSync(CRICTL) ? null : `${CRICTL} is missing: run scripts/build-cri-tools.sh`) ??
    (fs.existsSync('/usr/lib/cni/bridge') ? null : 'no CNI plugins in /usr/lib/cni: apt-get install containernetworking-plugins') ??
    (fs.existsSync(path.join(SHIM_DIR, 'containerd-shim-husk-v2')) ? null : 'run npm run build first') ??
    (fs.existsSync(path.join(GUEST_DIR, 'manifest.json')) ? null : `no guest image in ${GUEST_DIR}: run scripts/build-guest.sh`)
  );
}

function cniConfig(): string {
  return JSON.stringify(
    {
      cniVersion: '1.0.0',
      name: NETWORK,
      plugins: [
        {
          type: 'bridge',
          bridge: BRIDGE,
          isGateway: true,
          // nothing in a test pod may reach beyond this machine
          ipMasq: false,
          hairpinMode: true,
          ipam: { type: 'host-local', ranges: [[{ subnet: SUBNET }]], routes: [{ dst: '0.0.0.0/0' }] },
        },
        { type: 'portmap', capabilities: { portMappings: true } },
      ],
    },
    null,
    2,
  );
}

/** `env`: extra environment for containerd and so for its shims (e.g. HUSK_VM_TEMPLATE=0). */
export async function startCriEnvironment(options: { env?: Record<string, string> } = {}): Promise<CriEnvironment> {
  const missing = missingCri();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cri-'));
  const registry = await startRegistry();
  let cd: Containerd | undefined;
  try {
    await pushCriImages(registry.url);
    const hostsDir = path.join(dir, 'certs.d');
    writeMirrorHosts(hostsDir, registry.hostPort);
    const cniDir = path.join(dir, 'net.d');
    fs.mkdirSync(cniDir);
    fs.writeFileSync(path.join(cniDir, '10-husk-cri.conflist'), cniConfig());
    cd = await startContainerd('2', {
      namespace: CRI_NAMESPACE,
      pathPrepend: [SHIM_DIR],
      env: { HUSK_GUEST_DIR: GUEST_DIR, ...options.env },
      cri: {
        runtimes: {
          [HANDLERS.runc]: { runtimeType: 'io.containerd.runc.v2' },
          [HANDLERS.huskPod]: { runtimeType: 'io.containerd.husk.v2', sandboxer: 'podsandbox' },
          [HANDLERS.huskShim]: { runtimeType: 'io.containerd.husk.v2', sandboxer: 'shim' },
        },
        pauseImage: SANDBOX_IMAGE,
        cniConfDir: cniDir,
        registryHostsDir: hostsDir,
      },
    });
  } catch (err) {
    await cd?.stop().catch(() => undefined);
    await registry.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const env: CriEnvironment = {
    cd,
    registry,
    dir,
    async stop() {
      const errors: string[] = [];
      await cd!.stop().catch((err: Error) => errors.push(err.message));
      await registry.stop().catch((err: Error) => errors.push(err.message));
      await execa('ip', ['link', 'del', BRIDGE], { reject: false });
      fs.rmSync(`/var/lib/cni/networks/${NETWORK}`, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`CRI environment cleanup: ${errors.join('; ')}`);
    },
  };
  return env;
}

/** Pids of every QEMU on the host. */
export function qemuPids(): string[] {
  return programPids('qemu-system');
}

/**
 * What pods leave on the host once they are gone: QEMUs, husk shims, taps, CNI network
 * namespaces, and mounts under husk's run directory and the environment's containerd.
 */
export async function criLeftovers(env?: CriEnvironment): Promise<CriLeftovers> {
  const links = (await execa('ip', ['-o', 'link', 'show'], { reject: false })).stdout;
  const taps = links.split('\n').map((l) => l.split(': ')[1]?.split('@')[0] ?? '').filter((n) => n.startsWith('tap') && n.endsWith('_husk'));
  const netns = fs.existsSync('/var/run/netns') ? fs.readdirSync('/var/run/netns').filter((n) => n.startsWith('cni-')) : [];
  const dirs = [HUSK_RUN, ...(env ? [env.cd.root, env.cd.state] : [])];
  return { qemu: qemuPids(), shims: programPids('containerd-shim-husk'), taps, netns, mounts: mountsUnder(dirs) };
}

/** What `after` has that `before` had not. */
export function newLeftovers(before: CriLeftovers, after: CriLeftovers): CriLeftovers {
  const keys = Object.keys(after) as (keyof CriLeftovers)[];
  return Object.fromEntries(keys.map((k) => [k, after[k].filter((x) => !before[k].includes(x))])) as unknown as CriLeftovers;
}

export const nothingLeft = (l: CriLeftovers): boolean => Object.values(l).every((v: string[]) => v.length === 0);

/**
 * What the pods left that was not there `before`, with containerd still running (its own
 * clean-up at stop would hide it); a shim takes a moment to exit after its pod is removed.
 */
export async function leftByPods(before: CriLeftovers, env: CriEnvironment, waitMs = 30_000): Promise<CriLeftovers> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const left = newLeftovers(before, await criLeftovers(env));
    if (nothingLeft(left) || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** A pod config for `crictl runp` and a container config for `crictl create`, written to files. */
export function writePodConfigs(
  dir: string,
  name: string,
  container: { image: string; command: string[] },
  /** PodSandboxConfig.linux.resources, as kubelet sets it (the sum of the containers' limits). */
  resources?: { memory_limit_in_bytes?: number; cpu_quota?: number; cpu_period?: number },
): { pod: string; container: string } {
  const pod = path.join(dir, `${name}-pod.json`);
  const ctr = path.join(dir, `${name}-container.json`);
  fs.mkdirSync(path.join(dir, 'logs', name), { recursive: true });
  fs.writeFileSync(
    pod,
    JSON.stringify({
      metadata: { name, namespace: 'default', uid: `${name}-uid`, attempt: 0 },
      hostname: name,
      log_directory: path.join(dir, 'logs', name),
      dns_config: { servers: ['10.88.0.10'], searches: ['svc.cluster.local'] },
      linux: resources ? { resources } : {},
    }),
  );
  fs.writeFileSync(ctr, JSON.stringify({ metadata: { name: `${name}-c` }, image: { image: container.image }, command: container.command, log_path: `${name}-c.log`, linux: {} }));
  return { pod, container: ctr };
}
