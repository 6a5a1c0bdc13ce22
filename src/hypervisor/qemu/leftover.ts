/**
 * A QEMU left running by an owner that died (SIGKILL leaves no time to stop it): found
 * through the pid file the driver writes in the VM's state directory.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The pid of the QEMU still running for VM `id` with state directory `stateDir`, if any. Its
 * command line must name the VM (`-name husk-<id>`), so a recycled pid is never taken for it.
 */
export async function liveQemuPid(stateDir: string, id: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(path.join(stateDir, 'qemu.pid'), 'utf8')).trim());
    return pid > 0 && (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).includes(`husk-${id}`) ? pid : undefined;
  } catch {
    return undefined;
  }
}
