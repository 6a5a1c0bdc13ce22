/** A container root directory made of the host's static busybox, for demos and tests. */
import fs from 'node:fs';
import path from 'node:path';

const APPLETS = ['sh', 'echo', 'cat', 'ls', 'sleep', 'uname', 'hostname', 'ps', 'free', 'id', 'env', 'true', 'false', 'stty', 'grep', 'head', 'wc', 'tr', 'tail', 'dd'];

export function busyboxRootfs(dir: string, busybox = '/bin/busybox'): string {
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.copyFileSync(busybox, path.join(dir, 'bin', 'busybox'));
  fs.chmodSync(path.join(dir, 'bin', 'busybox'), 0o755);
  for (const a of APPLETS) fs.symlinkSync('busybox', path.join(dir, 'bin', a));
  for (const d of ['proc', 'sys', 'dev', 'tmp', 'etc']) fs.mkdirSync(path.join(dir, d));
  return dir;
}
