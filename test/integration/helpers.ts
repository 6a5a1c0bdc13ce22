import fs from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import type { Readable } from 'node:stream';

/** All of a stream's output, as text, once it ends. */
export function collect(s: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    s.on('data', (d: Buffer) => (out += d.toString()));
    s.once('end', () => resolve(out));
    s.once('error', reject);
  });
}

/**
 * Pids of every live QEMU on the host. Zombies are not counted: a QEMU whose shim died is
 * init's child once killed, and this host's init may take its time to reap it (pgrep -f
 * matches a zombie by its name), so a snapshot taken then would later lose it.
 */
export async function qemuPids(): Promise<string[]> {
  const r = await execa('pgrep', ['-f', 'qemu-system'], { reject: false });
  return r.stdout.split('\n').filter(Boolean).filter((pid) => !isZombie(pid));
}

function isZombie(pid: string): boolean {
  try {
    // The state follows the parenthesised command name, which may itself hold ") ".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true; // gone already
  }
}

/** The guest's serving helper (scripts/guest/identity.c, netlink.c) built as build-guest.sh builds it, at `file`. */
export async function buildGuestHelper(file: string): Promise<string> {
  const src = path.resolve('scripts/guest');
  await execa('gcc', ['-static', '-Os', '-s', '-o', file, path.join(src, 'identity.c'), path.join(src, 'netlink.c')]);
  return file;
}
