/** Runs the Go interop peer (test/interop/bin/interop) for the interop tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const GO_PEER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin', 'interop');

export function requirePeer(): void {
  if (!fs.existsSync(GO_PEER)) throw new Error(`${GO_PEER} is missing: run scripts/build-interop.sh`);
}

/** Starts `interop serve` and resolves once it prints "ready". */
export async function startGoServer(addr: string): Promise<{ stop(): Promise<void> }> {
  requirePeer();
  const proc = execa(GO_PEER, ['serve', '--addr', addr], { stdout: 'pipe', stderr: 'inherit', reject: false });
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    proc.once('exit', (code) => reject(new Error(`Go peer exited (${code}) before it was ready`)));
  });
  return {
    stop: async () => {
      proc.kill('SIGTERM');
      await proc;
    },
  };
}

export interface CheckResult {
  check: string;
  ok: boolean;
  detail?: string;
}

/** Runs a one-shot mode and returns its JSON lines and exit code. */
export async function runGo(args: string[]): Promise<{ lines: CheckResult[]; exitCode: number; stderr: string }> {
  requirePeer();
  const r = await execa(GO_PEER, args, { reject: false, timeout: 120_000 });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as CheckResult);
  return { lines, exitCode: r.exitCode ?? -1, stderr: r.stderr };
}
