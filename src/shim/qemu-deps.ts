/**
 * The production wiring of a sandbox: QEMU for the VM (from a template unless
 * HUSK_VM_TEMPLATE=0, see src/factory), the agent over its virtio-serial channel with
 * deadlines paced to the host, guest-heavy work admitted through the host-wide queue.
 * It sits at the edge with the shim's daemon (the CLI and benches take it from here too):
 * the model (src/sandbox) is given its dependencies and loads none of them. Tests of the
 * model use doubles instead.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { AgentClient } from '../agent/client.js';
import { RemoteAgent } from '../agent/remote-agent.js';
import { AdmissionQueue } from '../host/admission-queue.js';
import { pacer } from '../host/pace.js';
import { takeAgentConnection, vmFactory } from '../factory/index.js';
import { QemuVmFactory } from '../hypervisor/index.js';
import type { GuestImage, SandboxDeps } from '../sandbox/sandbox.js';

export function qemuSandboxDeps(log: Logger, extra: Partial<SandboxDeps> = {}): SandboxDeps {
  return {
    vms: vmFactory(log),
    // A clone's agent answered the factory already: that connection is the sandbox's.
    connectAgent: async (vm, { signal }) => {
      const handed = takeAgentConnection(vm);
      return new RemoteAgent(handed instanceof AgentClient ? handed : await AgentClient.connect(vm.agentSocketPath, { signal, pace: pacer(vm.accel) }));
    },
    // A VM another shim left running (a handover): driven over QMP from here on.
    resumeVm: (spec) => new QemuVmFactory({ logger: log }).adopt(spec),
    admission: new AdmissionQueue({ log }),
    log,
    ...extra,
  };
}

/** The files scripts/build-guest.sh writes into its output directory. */
export function guestImage(dir: string): GuestImage {
  return { kernelPath: path.join(dir, 'vmlinux'), initrdPath: path.join(dir, 'initrd.img'), rootfsImagePath: path.join(dir, 'rootfs.img') };
}
