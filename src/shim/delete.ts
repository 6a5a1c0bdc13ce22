/**
 * `containerd-shim-husk-v2 delete`: containerd's clean-up after a shim that died (or never
 * started). If no shim answers on the pod's socket, whatever it left is removed: the QEMU
 * it ran (found by its pid file), rootfs mounts, the VM state, the socket. Prints the
 * DeleteResponse containerd expects, with 137 as runc reports for a killed task.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { containerd } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';
import type { ShimFlags } from './flags.js';
import { groupId, removeIfEmpty, sandboxRoot, shimSocket } from './paths.js';
import { accepts } from './start.js';

export async function deleteShim(flags: ShimFlags): Promise<Uint8Array> {
  const bundle = flags.bundle || process.cwd();
  const group = groupId(bundle, flags.id);
  const socket = shimSocket(flags.address, flags.namespace, group);
  await execa('umount', [path.join(bundle, 'rootfs')], { reject: false });
  if (!(await accepts(socket))) {
    const dir = path.join(sandboxRoot(flags.address, flags.namespace), group);
    killQemu(path.join(dir, 'vm', 'qemu.pid'), group);
    const shared = path.join(dir, 'shared');
    for (const c of fs.existsSync(shared) ? fs.readdirSync(shared) : []) {
      await execa('umount', ['-l', path.join(shared, c, 'rootfs')], { reject: false });
    }
    fs.rmSync(dir, { recursive: true, force: true });
    removeIfEmpty(path.dirname(dir));
    fs.rmSync(socket, { force: true });
  }
  return containerd.task.v3.DeleteResponse.encode({ exit_status: 137, exited_at: toTimestamp(new Date()) }).finish();
}

/** Only a QEMU that names this sandbox: a recycled pid must not be killed by mistake. */
function killQemu(pidFile: string, group: string): void {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (pid > 0 && cmdline.includes(`husk-${group}`)) process.kill(pid, 'SIGKILL');
  } catch {
    // no pid file, or the process is gone
  }
}
