/**
 * husk's side of the ttrpc benchmark, run as its own process so client and server never
 * share an event loop:
 *   peer server --addr SOCK
 *   peer client --addr SOCK --mode unary|stream --concurrency N --duration 5s --size BYTES
 * The client prints the same JSON line as the Go peer's bench-client.
 */
import { parseArgs } from 'node:util';
import { Client, Server, serviceClient } from '../../src/ttrpc/index.js';
import { Bench } from './services.js';

export interface BenchResult {
  mode: string;
  concurrency: number;
  calls: number;
  seconds: number;
  callsPerSec: number;
  p50us: number;
  p99us: number;
  mbPerSec: number;
}

async function serve(addr: string): Promise<void> {
  const server = new Server().register(Bench, {
    Echo: (req) => ({ value: req.value }),
    Upload: async (chunks) => {
      let total = 0;
      for await (const c of chunks) total += c.value.length;
      return { value: total };
    },
  });
  await server.listen(addr);
  process.stdout.write('ready\n');
  const stop = () => void server.shutdown().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function run(addr: string, mode: string, concurrency: number, durationMs: number, size: number): Promise<BenchResult> {
  const client = await Client.connect(addr);
  const bench = serviceClient(Bench, client);
  const payload = Buffer.alloc(size, 0x61);
  const latencies: number[] = [];
  let bytes = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(durationMs) * 1_000_000n;

  const worker = async () => {
    if (mode === 'unary') {
      while (process.hrtime.bigint() < end) {
        const t0 = process.hrtime.bigint();
        await bench.Echo({ value: payload });
        latencies.push(Number(process.hrtime.bigint() - t0) / 1000);
      }
      return;
    }
    const up = bench.Upload();
    while (process.hrtime.bigint() < end) {
      const t0 = process.hrtime.bigint();
      await up.send({ value: payload });
      latencies.push(Number(process.hrtime.bigint() - t0) / 1000);
      bytes += size;
    }
    const total = await up.closeAndReceive();
    if (Number(total.value) !== bytes && concurrency === 1) throw new Error(`server counted ${total.value} bytes, sent ${bytes}`);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  client.close();
  latencies.sort((a, b) => a - b);
  return {
    mode,
    concurrency,
    calls: latencies.length,
    seconds,
    callsPerSec: latencies.length / seconds,
    p50us: percentile(latencies, 50),
    p99us: percentile(latencies, 99),
    mbPerSec: mode === 'stream' ? bytes / seconds / 1e6 : (latencies.length * size) / seconds / 1e6,
  };
}

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(s);
  if (!m) throw new Error(`bad duration ${s}`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      addr: { type: 'string' },
      mode: { type: 'string', default: 'unary' },
      concurrency: { type: 'string', default: '1' },
      duration: { type: 'string', default: '5s' },
      size: { type: 'string', default: '128' },
    },
  });
  if (!values.addr) throw new Error('--addr is required');
  if (positionals[0] === 'server') return serve(values.addr);
  if (positionals[0] === 'client') {
    const r = await run(values.addr, values.mode!, Number(values.concurrency), parseDuration(values.duration!), Number(values.size));
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  throw new Error('usage: peer server|client --addr SOCK [...]');
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
