/**
 * The ttrpc benchmark: husk's client and server against Go's (github.com/containerd/ttrpc,
 * test/interop/bin/interop), all four pairings, in one run on this machine.
 *   node dist/bench/ttrpc/run.js [--duration 5s] [--write docs/benchmarks.md]
 * Prints a markdown table; with --write, replaces the ttrpc section of that file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import type { BenchResult } from './peer.js';
import { writeSection } from '../markdown.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const goPeer = path.join(root, 'test/interop/bin/interop');
const huskPeer = path.join(here, 'peer.js');

type Side = 'husk' | 'go';
interface Scenario {
  name: string;
  mode: 'unary' | 'stream';
  concurrency: number;
  size: number;
}

const scenarios: Scenario[] = [
  { name: 'unary, 1 in flight, 128 B', mode: 'unary', concurrency: 1, size: 128 },
  { name: 'unary, 64 in flight, 128 B', mode: 'unary', concurrency: 64, size: 128 },
  { name: 'client stream, 64 KiB messages', mode: 'stream', concurrency: 1, size: 64 * 1024 },
];

function command(side: Side, args: string[]): [string, string[]] {
  return side === 'go' ? [goPeer, args] : [process.execPath, [huskPeer, ...args]];
}

/** Wrapped in an object: an execa process is thenable, and returning it would await its exit. */
async function startServer(side: Side, addr: string): Promise<{ proc: ResultPromise }> {
  const [file, args] = command(side, [side === 'go' ? 'bench-server' : 'server', '--addr', addr]);
  const proc = execa(file, args, { stdout: 'pipe', stderr: 'inherit', reject: false });
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    proc.once('exit', () => reject(new Error(`${side} server exited before it was ready`)));
  });
  return { proc };
}

async function runClient(side: Side, addr: string, s: Scenario, duration: string): Promise<BenchResult> {
  const args = [side === 'go' ? 'bench-client' : 'client', '--addr', addr, '--mode', s.mode, '--concurrency', String(s.concurrency), '--size', String(s.size), '--duration', duration];
  const [file, argv] = command(side, args);
  const { stdout } = await execa(file, argv);
  return JSON.parse(stdout.trim().split('\n').pop()!) as BenchResult;
}

function cell(r: BenchResult, s: Scenario): string {
  if (s.mode === 'stream') return `${r.mbPerSec.toFixed(0)} MB/s`;
  return `${Math.round(r.callsPerSec).toLocaleString('en-US')}/s · p50 ${Math.round(r.p50us)} µs · p99 ${Math.round(r.p99us)} µs`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '5s' }, write: { type: 'string' } } });
  if (!fs.existsSync(goPeer)) throw new Error(`${goPeer} is missing: run scripts/build-interop.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bench-'));
  const results = new Map<string, BenchResult>();
  try {
    for (const server of ['go', 'husk'] as const) {
      const addr = path.join(dir, `${server}.sock`);
      const { proc } = await startServer(server, addr);
      try {
        for (const client of ['go', 'husk'] as const) {
          for (const s of scenarios) {
            const r = await runClient(client, addr, s, values.duration!);
            results.set(`${client}>${server}>${s.name}`, r);
            process.stderr.write(`${client} client → ${server} server, ${s.name}: ${cell(r, s)}\n`);
          }
        }
      } finally {
        proc.kill('SIGTERM');
        await proc;
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const get = (c: Side, s: Side, sc: Scenario) => cell(results.get(`${c}>${s}>${sc.name}`)!, sc);
  const ratio = (c: Side, s: Side, c2: Side, s2: Side, sc: Scenario) => {
    const a = results.get(`${c}>${s}>${sc.name}`)!;
    const b = results.get(`${c2}>${s2}>${sc.name}`)!;
    const v = sc.mode === 'stream' ? a.mbPerSec / b.mbPerSec : a.callsPerSec / b.callsPerSec;
    return `${v.toFixed(2)}×`;
  };
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, node ${process.version}, ${values.duration} per cell, unix socket, one connection.`,
    '',
    '**Servers** (Go client against each server):',
    '',
    '| scenario | Go ttrpc server | husk server | husk / Go |',
    '|---|---|---|---|',
    ...scenarios.map((s) => `| ${s.name} | ${get('go', 'go', s)} | ${get('go', 'husk', s)} | ${ratio('go', 'husk', 'go', 'go', s)} |`),
    '',
    '**Clients** (each client against the Go server):',
    '',
    '| scenario | Go ttrpc client | husk client | husk / Go |',
    '|---|---|---|---|',
    ...scenarios.map((s) => `| ${s.name} | ${get('go', 'go', s)} | ${get('husk', 'go', s)} | ${ratio('husk', 'go', 'go', 'go', s)} |`),
    '',
    '**husk end to end** (husk client → husk server):',
    '',
    '| scenario | husk → husk |',
    '|---|---|',
    ...scenarios.map((s) => `| ${s.name} | ${get('husk', 'husk', s)} |`),
  ];
  const table = lines.join('\n');
  process.stdout.write(table + '\n');
  if (values.write) writeSection(values.write, 'ttrpc', 'ttrpc', table);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
