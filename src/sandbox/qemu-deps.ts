/**
 * The production wiring of a sandbox: QEMU for the VM, the agent over its virtio-serial
 * channel. Tests of the model use doubles instead; everything else uses this.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { AgentClient } from '../agent/client.js';
import { RemoteAgent } from '../agent/guest-agent.js';
import { QemuVmFactory } from '../hypervisor/index.js';
import type { GuestImage, SandboxDeps } from './sandbox.js';

/** How long a guest may take to boot to an answering agent (TCG is slow). */
const AGENT_READY_MS = 120_000;

export function qemuSandboxDeps(log: Logger, extra: Partial<SandboxDeps> = {}): SandboxDeps {
  return {
    vms: new QemuVmFactory({ logger: log }),
    connectAgent: async (socketPath, signal) => new RemoteAgent(await AgentClient.connect(socketPath, { signal, readyTimeoutMs: AGENT_READY_MS })),
    log,
    ...extra,
  };
}

/** The files scripts/build-guest.sh writes into its output directory. */
export function guestImage(dir: string): GuestImage {
  return { kernelPath: path.join(dir, 'vmlinux'), initrdPath: path.join(dir, 'initrd.img'), rootfsImagePath: path.join(dir, 'rootfs.img') };
}
