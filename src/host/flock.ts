/**
 * flock(2) locks for Node, which has no flock: util-linux's `flock 3` locks the open file
 * description this process passes it as fd 3, and the lock stays after flock exits for as
 * long as this process keeps the file open. The kernel drops it when the file is closed or
 * its holder dies, so a killed process never keeps a lock. Waiting happens in the flock
 * child, not in one of libuv's threads.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface LockOptions {
  /** Wait up to this long for a held lock (0: do not wait). */
  waitMs: number;
  /** Default `flock` from PATH. */
  binary?: string;
}

/** An open, locked file; close() gives the lock back. */
export type HeldLock = fs.promises.FileHandle;

/**
 * Opens `path` (created 0600) and locks it exclusively: the open file once locked, or
 * undefined when another holder kept it for waitMs. Rejects when flock cannot be run.
 */
export async function lockFile(path: string, options: LockOptions): Promise<HeldLock | undefined> {
  // 'a', not 'w': taking the lock must not truncate what its holder wrote in the file.
  const handle = await fs.promises.open(path, 'a', 0o600);
  try {
    if (await flock(handle.fd, options)) return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
  await handle.close();
  return undefined;
}

function flock(fd: number, { waitMs, binary = 'flock' }: LockOptions): Promise<boolean> {
  const args = waitMs > 0 ? ['--wait', String(waitMs / 1000), '--conflict-exit-code', '75', '3'] : ['--nonblock', '--conflict-exit-code', '75', '3'];
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe', fd] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => reject(new Error(`cannot run ${binary}: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0 || code === 75) resolve(code === 0);
      else reject(new Error(`${binary} exited with ${code}: ${stderr.trim()}`));
    });
  });
}
