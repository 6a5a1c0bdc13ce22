/**
 * A ready VM's first container, run by the cache daemon before the VM is handed out: under
 * TCG the first fork, exec and container runtime start in a restored guest cost about a
 * second more than later ones (QEMU translates those code paths anew in every QEMU process;
 * a migration does not carry its translation cache), and that second would otherwise fall
 * on the pod's first container. The container runs busybox `true` from a root the guest image
 * carries for it (scripts/build-guest.sh: /usr/libexec/husk/warm-root, read-only), in the
 * namespaces and with the kernel file systems a pod's has, and is removed again: no pod state is left
 * in the agent (no sandbox is created), and nothing of a pod is in the guest yet.
 */
import type { GuestAgent } from '../agent/guest-agent.js';

const WARM_ID = 'husk-warm-up';
const WARM_ROOT = '/usr/libexec/husk/warm-root';

export async function warmUp(agent: Pick<GuestAgent, 'createContainer' | 'startContainer' | 'wait' | 'removeContainer'>): Promise<void> {
  await agent.createContainer(WARM_ID, {
    ociVersion: '1.0.2',
    process: { user: { uid: 0, gid: 0 }, args: ['/bin/true'], env: ['PATH=/bin'], cwd: '/', noNewPrivileges: true },
    root: { path: WARM_ROOT, readonly: true },
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'mode=755', 'size=1m'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    ],
    linux: { namespaces: [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'network' }] },
  });
  try {
    await agent.startContainer(WARM_ID);
    const status = await agent.wait(WARM_ID, '');
    if (status !== 0) throw new Error(`the warm-up container exited with ${status}`);
  } finally {
    await agent.removeContainer(WARM_ID, 10);
  }
}
