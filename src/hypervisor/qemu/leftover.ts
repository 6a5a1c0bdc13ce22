/**
 * A QEMU left running by an owner that died (SIGKILL leaves no time to stop it): found
 * through the pid file the driver writes in the VM's state directory.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * In a state directory whose QEMU was started under another VM id (one adopted from a
 * factory's cache): that id, the one its command line names.
 */
export const VM_NAME_FILE = 'qemu.name';

/**
 * The pid of the QEMU still running for VM `id` with state directory `stateDir`, if any. Its
 * command line must name the VM (`-name husk-<id>`, or the id in VM_NAME_FILE), so a recycled
 * pid is never taken for it.
 */
export async function liveQemuPid(stateDir: string, id: string): Promise<number | undefined> {
  try {
    const name = (await fs.readFile(path.join(stateDir, VM_NAME_FILE), 'utf8').catch(() => id)).trim();
    const pid = Number((await fs.readFile(path.join(stateDir, 'qemu.pid'), 'utf8')).trim());
    return pid > 0 && (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').includes(`husk-${name}`) ? pid : undefined;
  } catch {
    return undefined;
  }
}
