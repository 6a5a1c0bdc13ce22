import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { GrpcCode } from '../../../src/errors.js';
import { connectStdio, validateStdio, type ProcessStreams, type StdioPaths } from '../../../src/shim/io.js';
import { parseStdioUri } from '../../../src/shim/log-uri.js';
import { openFifoReader } from '../../../src/shim/fifo.js';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-io-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A process whose output is what the test writes; `stdin` records whether it was ended. */
function fakeProcess(stdout: Readable = new PassThrough(), stderr: Readable = new PassThrough()): ProcessStreams & { stdin: PassThrough } {
  return { stdin: new PassThrough(), stdout, stderr };
}

function logTo(uri: string, over: Partial<StdioPaths> = {}): StdioPaths {
  return { stdin: '', stdout: uri, stderr: uri, terminal: false, ...over };
}

/**
 * A logging binary: records its pid, arguments and environment, copies fd 3 and fd 4 to
 * files, and says ready by closing fd 5 once `before` (shell) has run. The copies must not
 * keep fd 5 open, or the shim would never see it closed.
 */
function logger(name: string, before = '', after = 'wait'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    `#!/bin/sh
d="${dir}"
echo $$ > "$d/pid"
for a in "$@"; do echo "[$a]"; done > "$d/args"
echo "id=$CONTAINER_ID ns=$CONTAINER_NAMESPACE secret=\${HUSK_TEST_SECRET-unset}" > "$d/env"
cat <&3 5>&- > "$d/out.stdout" &
cat <&4 5>&- > "$d/out.stderr" &
${before}
exec 5>&-
${after}
`,
    { mode: 0o755 },
  );
  return file;
}

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function grpcCodeOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { grpcCode?: number }).grpcCode;
  }
  return undefined;
}

const owner = { containerId: 'c1', namespace: 'ns1' };

describe('stdio URIs', () => {
  it('reads file:// and binary:// the way the runc shim does', () => {
    expect(parseStdioUri('/run/containerd/fifo/1/c-stdout')).toEqual({ scheme: 'fifo', path: '/run/containerd/fifo/1/c-stdout' });
    expect(parseStdioUri('fifo:///run/x')).toEqual({ scheme: 'fifo', path: '/run/x' });
    expect(parseStdioUri('file:///var/log/my%20app/x.log')).toEqual({ scheme: 'file', path: '/var/log/my app/x.log' });
    expect(parseStdioUri('binary:///usr/bin/logger?--tag=web&-v&--tag=ignored&--msg=a+b%21')).toEqual({
      scheme: 'binary',
      path: '/usr/bin/logger',
      args: ['--tag', 'web', '-v', '--msg', 'a b!'],
    });
    expect(parseStdioUri('binary-v2:///bin/sh?-c=printf%20x%20%3E%265')).toEqual({ scheme: 'binary-v2', path: '/bin/sh', args: ['-c', 'printf x >&5'] });
  });

  it.each([
    ['an unknown scheme', logTo('http://example.com/log')],
    ['a relative file path', logTo('file:relative.log')],
    ['a host where the path should start', logTo('file://var/log/x.log')],
    ['a relative binary path', logTo('binary:bin/logger')],
    ['a malformed escape', logTo('file:///var/log/%zz')],
    ['a binary that is not there', logTo('binary:///nonexistent/logger')],
    ['a binary that is a directory', logTo('binary:///tmp')],
    ['a log URI as stdin', { stdin: 'file:///tmp/in', stdout: '', stderr: '', terminal: false }],
    ['stderr naming another log', logTo('file:///tmp/a.log', { stderr: 'file:///tmp/b.log' })],
    ['a log URI in stderr only', { stdin: '', stdout: '/run/fifo-out', stderr: 'file:///tmp/b.log', terminal: false }],
  ])('refuses %s with InvalidArgument', (_what, io) => {
    expect(grpcCodeOf(() => validateStdio(io))).toBe(GrpcCode.InvalidArgument);
    // What the file system says is Create's to check; what the URI says, connecting checks too.
    if (!io.stdout.startsWith('binary:///')) expect(grpcCodeOf(() => connectStdio(io, fakeProcess(), () => undefined, owner))).toBe(GrpcCode.InvalidArgument);
  });

  it('accepts FIFOs, log files and executable loggers', () => {
    expect(() => validateStdio({ stdin: '/run/in', stdout: '/run/out', stderr: '/run/err', terminal: false })).not.toThrow();
    expect(() => validateStdio(logTo('file:///var/log/x.log'))).not.toThrow();
    expect(() => validateStdio(logTo('file:///var/log/x.log', { stderr: '' }))).not.toThrow();
    expect(() => validateStdio(logTo(`binary://${logger('ok.sh')}?a=b`, { terminal: true, stderr: '' }))).not.toThrow();
  });
});

describe('file://', () => {
  it('appends stdout and stderr to one file, creating its directories', async () => {
    const file = path.join(dir, 'a', 'b', 'c.log');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'earlier\n');
    fs.rmSync(path.join(dir, 'a'), { recursive: true });

    const p = fakeProcess();
    const errors: Error[] = [];
    const io = connectStdio(logTo(`file://${file}`), p, (e) => errors.push(e));
    (p.stdout as PassThrough).write('out 1\n');
    await new Promise((r) => setTimeout(r, 50));
    (p.stderr as PassThrough).end('err 1\n');
    (p.stdout as PassThrough).end('out 2\n');
    await io.done;

    expect(p.stdin.writableEnded).toBe(true);
    expect(errors).toEqual([]);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('out'))).toEqual(['out 1', 'out 2']);
    expect(lines).toContain('err 1');
    expect(fs.statSync(file).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('keeps what was there before', async () => {
    const file = path.join(dir, 'x.log');
    fs.writeFileSync(file, 'earlier\n');
    const p = fakeProcess();
    const io = connectStdio(logTo(`file://${file}`, { stderr: '' }), p, () => undefined);
    (p.stdout as PassThrough).end('later\n');
    (p.stderr as PassThrough).end('dropped\n');
    await io.done;
    expect(fs.readFileSync(file, 'utf8')).toBe('earlier\nlater\n');
  });

  it('writes a terminal’s output (all on stdout)', async () => {
    const file = path.join(dir, 'tty.log');
    const p = fakeProcess();
    const io = connectStdio(logTo(`file://${file}`, { terminal: true }), p, () => undefined);
    (p.stdout as PassThrough).end('tty\n');
    (p.stderr as PassThrough).end('never\n');
    await io.done;
    expect(fs.readFileSync(file, 'utf8')).toBe('tty\n');
  });

  it('reports a file it cannot create and still reads the output to its end', async () => {
    const p = fakeProcess();
    const errors: Error[] = [];
    const io = connectStdio(logTo('file:///proc/husk-nonexistent/x.log'), p, (e) => errors.push(e));
    (p.stdout as PassThrough).end(Buffer.alloc(1 << 20));
    (p.stderr as PassThrough).end('err\n');
    await io.done;
    expect(errors.length).toBeGreaterThan(0);
    expect(p.stdout.readableEnded).toBe(true);
  });
});

describe('binary://', () => {
  it('gives the logger stdout on fd 3, stderr on fd 4, its arguments and only its two variables', async () => {
    process.env.HUSK_TEST_SECRET = 'leaked';
    try {
      const bin = logger('log.sh');
      const p = fakeProcess();
      const errors: Error[] = [];
      const io = connectStdio(logTo(`binary://${bin}?--tag=web%20app&-v&--empty=`), p, (e) => errors.push(e), owner);
      (p.stdout as PassThrough).write('out 1\n');
      (p.stderr as PassThrough).write('err 1\n');
      (p.stdout as PassThrough).end('out 2\n');
      (p.stderr as PassThrough).end('err 2\n');
      await io.done;

      expect(errors).toEqual([]);
      expect(read('out.stdout')).toBe('out 1\nout 2\n');
      expect(read('out.stderr')).toBe('err 1\nerr 2\n');
      expect(read('args')).toBe('[--tag]\n[web app]\n[-v]\n[--empty]\n');
      expect(read('env')).toBe('id=c1 ns=ns1 secret=unset\n');
      expect(alive(Number(read('pid')))).toBe(false);
    } finally {
      delete process.env.HUSK_TEST_SECRET;
    }
  });

  it('reads no output before the logger is ready', async () => {
    const go = path.join(dir, 'go');
    const bin = logger('slow.sh', `while [ ! -e "${go}" ]; do sleep 0.02; done`);
    const p = fakeProcess();
    const io = connectStdio(logTo(`binary://${bin}`), p, () => undefined, owner);
    (p.stdout as PassThrough).end('early\n');
    (p.stderr as PassThrough).end();
    let done = false;
    void io.done.then(() => (done = true));

    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    expect(p.stdout.readableLength).toBe('early\n'.length);
    expect(p.stdout.readableEnded).toBe(false);

    fs.writeFileSync(go, '');
    await io.done;
    expect(read('out.stdout')).toBe('early\n');
  });

  it('carries 8 MiB of stdout and 1 MiB of stderr in order, without loss', async () => {
    const chunk = (seed: string, i: number) => createHash('sha512').update(`${seed}${i}`).digest().toString('hex').repeat(64); // 8 KiB
    async function* output(seed: string, count: number) {
      for (let i = 0; i < count; i++) yield Buffer.from(chunk(seed, i));
    }
    const expected = (seed: string, count: number) => Array.from({ length: count }, (_, i) => chunk(seed, i)).join('');
    const p = fakeProcess(Readable.from(output('out', 1024)), Readable.from(output('err', 128)));
    const errors: Error[] = [];
    const io = connectStdio(logTo(`binary://${logger('big.sh')}`), p, (e) => errors.push(e), owner);
    await io.done;
    expect(errors).toEqual([]);
    const out = read('out.stdout');
    expect(out.length).toBe(8 << 20);
    expect(out === expected('out', 1024)).toBe(true);
    expect(read('out.stderr') === expected('err', 128)).toBe(true);
  });

  it('with a terminal, sends everything on fd 3 and ends fd 4 at once', async () => {
    const p = fakeProcess();
    const io = connectStdio(logTo(`binary://${logger('tty.sh')}`, { terminal: true, stderr: '' }), p, () => undefined, owner);
    (p.stdout as PassThrough).end('tty\n');
    (p.stderr as PassThrough).end('never\n');
    await io.done;
    expect(read('out.stdout')).toBe('tty\n');
    expect(read('out.stderr')).toBe('');
  });

  it('binary-v2 wants a byte on fd 5; the byte is enough', async () => {
    const p = fakeProcess();
    const bin = logger('v2.sh', 'printf x >&5');
    const io = connectStdio(logTo(`binary-v2://${bin}`), p, () => undefined, owner);
    (p.stdout as PassThrough).end('v2\n');
    (p.stderr as PassThrough).end();
    await io.done;
    expect(read('out.stdout')).toBe('v2\n');
  });

  it('binary-v2 without the byte is a failed logger: reported, output read and dropped', async () => {
    const p = fakeProcess();
    const errors: Error[] = [];
    const io = connectStdio(logTo(`binary-v2://${logger('mute.sh')}`), p, (e) => errors.push(e), owner);
    (p.stdout as PassThrough).end('lost\n');
    (p.stderr as PassThrough).end();
    await io.done;
    expect(errors.map((e) => e.message).join()).toMatch(/did not call ready/);
    expect(p.stdout.readableEnded).toBe(true);
  });

  it('gives up on a logger that never says ready, and stops it', async () => {
    const bin = logger('hung.sh', 'exec sleep 30');
    const p = fakeProcess();
    const errors: Error[] = [];
    const io = connectStdio(logTo(`binary://${bin}`), p, (e) => errors.push(e), { ...owner, loggerTimeouts: { readyMs: 300, termMs: 2000 } });
    (p.stdout as PassThrough).end('lost\n');
    (p.stderr as PassThrough).end();
    await io.done;
    expect(errors.map((e) => e.message).join()).toMatch(/not ready after 300 ms/);
    await waitFor(() => !alive(Number(read('pid'))));
  });

  it('stops a logger that outlives its input: SIGTERM after the grace time', async () => {
    const bin = logger('stays.sh', '', 'exec sleep 30');
    const p = fakeProcess();
    const io = connectStdio(logTo(`binary://${bin}`), p, () => undefined, { ...owner, loggerTimeouts: { exitMs: 200 } });
    (p.stdout as PassThrough).end('x\n');
    (p.stderr as PassThrough).end();
    await io.done;
    expect(alive(Number(read('pid')))).toBe(false);
  });

  it('a logger that dies mid-stream: reported, the rest of the output read and dropped', async () => {
    const bin = path.join(dir, 'dies.sh');
    fs.writeFileSync(bin, `#!/bin/sh\necho $$ > "${dir}/pid"\nexec 5>&-\nhead -c 10 <&3 > "${dir}/out.stdout"\n`, { mode: 0o755 });
    async function* lots() {
      for (let i = 0; i < 512; i++) yield Buffer.alloc(16 << 10, 'y');
    }
    const p = fakeProcess(Readable.from(lots()));
    const errors: Error[] = [];
    const io = connectStdio(logTo(`binary://${bin}`), p, (e) => errors.push(e), owner);
    (p.stderr as PassThrough).end();
    await io.done;
    expect(read('out.stdout')).toBe('y'.repeat(10));
    expect(errors.length).toBeGreaterThan(0);
    expect(p.stdout.readableEnded).toBe(true);
    expect(alive(Number(read('pid')))).toBe(false);
  });

  // Whether the writes fail with EPIPE depends on when the kernel sees the peer gone (under a
  // loaded suite some land in the socket buffer first): what must hold is that nothing hangs.
  it('a plain binary logger that exits at once counts as ready; its output is read to its end', async () => {
    async function* lots() {
      for (let i = 0; i < 256; i++) yield Buffer.alloc(16 << 10, 'z');
    }
    const p = fakeProcess(Readable.from(lots()), Readable.from(lots()));
    const errors: Error[] = [];
    const io = connectStdio(logTo('binary:///bin/true'), p, (e) => errors.push(e), owner);
    await io.done;
    expect(p.stdout.readableEnded).toBe(true);
    expect(p.stderr.readableEnded).toBe(true);
  });

  it('reports a logger that cannot start and still reads the output to its end', async () => {
    const p = fakeProcess();
    const errors: Error[] = [];
    const io = connectStdio(logTo('binary:///nonexistent/logger'), p, (e) => errors.push(e), owner);
    (p.stdout as PassThrough).end('lost\n');
    (p.stderr as PassThrough).end('lost\n');
    await io.done;
    expect(errors.map((e) => e.message).join()).toMatch(/did not start/);
    expect(p.stdout.readableEnded).toBe(true);
  });
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('FIFOs', () => {
  function fifos(name: string): StdioPaths {
    const io = { stdin: path.join(dir, `${name}-stdin`), stdout: path.join(dir, `${name}-stdout`), stderr: path.join(dir, `${name}-stderr`), terminal: false };
    execFileSync('mkfifo', [io.stdin, io.stdout, io.stderr]);
    return io;
  }
  const collect = (s: Readable) => new Promise<string>((resolve) => {
    let text = '';
    s.on('data', (d: Buffer) => (text += d.toString())).on('end', () => resolve(text));
  });
  /** containerd's side of a FIFO (a blocking open in a pool thread: the peer is there or comes). */
  const readerOf = (p: string) => fs.createReadStream(p);

  it('carries output to a reader that opens later, and input from a writer that opens later, to its end', async () => {
    const io = fifos('late');
    const proc = fakeProcess();
    const conn = connectStdio(io, proc, () => undefined);
    const input = collect(proc.stdin);
    (proc.stdout as PassThrough).end('out\n');
    (proc.stderr as PassThrough).end('err\n');
    await new Promise((r) => setTimeout(r, 100));
    const [out, err] = [collect(readerOf(io.stdout)), collect(readerOf(io.stderr))];
    fs.writeFileSync(io.stdin, 'typed\n'); // opens, writes and closes: the writer's close is EOF
    expect(await input).toBe('typed\n');
    await conn.done;
    expect([await out, await err]).toEqual(['out\n', 'err\n']);
  });

  it('ends stdin on CloseIO when nobody ever opened the stdin FIFO', async () => {
    const io = fifos('closeio');
    const proc = fakeProcess();
    const conn = connectStdio({ ...io, stdout: '', stderr: '' }, proc, () => undefined);
    const input = collect(proc.stdin);
    conn.closeStdin();
    expect(await input).toBe('');
    (proc.stdout as PassThrough).end();
    (proc.stderr as PassThrough).end();
    await conn.done;
  });

  it('keeps serving new processes while many FIFOs wait for a peer that never comes (ctr run -d)', async () => {
    // More unopened FIFOs than libuv has pool threads: a blocking open would take them all.
    const idle = Array.from({ length: 4 }, (_, i) => connectStdio(fifos(`idle${i}`), fakeProcess(), () => undefined));
    await new Promise((r) => setTimeout(r, 100));
    const io = fifos('exec');
    const proc = fakeProcess();
    const conn = connectStdio(io, proc, () => undefined);
    const out = collect(readerOf(io.stdout));
    const err = collect(readerOf(io.stderr));
    (proc.stdout as PassThrough).end('still served\n');
    (proc.stderr as PassThrough).end();
    conn.closeStdin();
    await conn.done;
    expect(await out).toBe('still served\n');
    expect(await err).toBe('');
    // and the shim's other file work (a bundle's config.json) is not stuck behind them
    fs.writeFileSync(path.join(dir, 'config.json'), '{}');
    expect(await fs.promises.readFile(path.join(dir, 'config.json'), 'utf8')).toBe('{}');
    for (const c of idle) c.closeStdin();
  });

  it('keeps the output for a reader that comes back (containerd restarting), losing nothing', async () => {
    const io = fifos('back');
    const stdout = new PassThrough();
    const conn = connectStdio({ ...io, stdin: '' }, fakeProcess(stdout, Readable.from([])), () => undefined);
    const errReader = collect(readerOf(io.stderr));
    // containerd's reader as a socket: unlike a pool thread's blocking read, it closes at once.
    const first = openFifoReader(io.stdout);
    const got: Buffer[] = [];
    const once = new Promise((r) => first.once('data', (d: Buffer) => (got.push(d), r(undefined))));
    stdout.write('before\n');
    await once;
    first.destroy();
    await new Promise((r) => first.once('close', r));
    // More than a pipe holds: the rest waits in the process's stream until a reader comes.
    const payload = Buffer.alloc(256 * 1024, 'x');
    stdout.end(payload);
    await new Promise((r) => setTimeout(r, 200));
    const again = fs.createReadStream(io.stdout);
    again.on('data', (d) => got.push(Buffer.from(d)));
    await conn.done;
    await new Promise<void>((r) => again.once('close', () => r()));
    const text = Buffer.concat(got).toString();
    expect(text.length).toBe(7 + payload.length);
    expect(text).toBe(`before\n${payload.toString()}`);
    await errReader;
  });

  it('gives back, on release, exactly what it took and did not write; the next writer finishes the output', async () => {
    const io = fifos('release');
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const conn = connectStdio({ ...io, stdin: '' }, fakeProcess(stdout, stderr), () => undefined);
    // containerd reads, then goes away: the pipe fills (64 KiB) and the rest is held.
    const away = openFifoReader(io.stdout);
    const awayErr = openFifoReader(io.stderr);
    await new Promise((r) => setTimeout(r, 100));
    away.destroy();
    awayErr.destroy();
    await Promise.all([new Promise((r) => away.once('close', r)), new Promise((r) => awayErr.once('close', r))]);
    const payload = Buffer.from(Array.from({ length: 200 * 1024 }, (_, i) => i % 251));
    stdout.write(payload);
    stderr.write('e1\n');
    await new Promise((r) => setTimeout(r, 200));
    const held = await conn.release();
    expect(held.stdout.length).toBeGreaterThan(0);
    expect(held.stdout.length).toBeLessThan(payload.length);
    expect(held.stderr.length).toBe(0);
    // The next shim opens the FIFOs before this one lets go: the pipe keeps its bytes.
    stdout.write('after\n');
    stdout.end();
    stderr.end();
    const rest = new PassThrough();
    rest.end(Buffer.concat([held.stdout, stdout.read() as Buffer]));
    // containerd comes back (a reader that never waits, as containerd's own): it sees the end
    // once the last writer, the next shim's, is done.
    const [out, err] = [collect(openFifoReader(io.stdout)), collect(openFifoReader(io.stderr))];
    const next = connectStdio({ ...io, stdin: '' }, fakeProcess(rest, Readable.from([])), () => undefined, undefined, { stdout: Buffer.alloc(0) });
    conn.close();
    await next.done;
    expect(await err).toBe('e1\n');
    expect(await out).toBe(payload.toString() + 'after\n');
  });
});
