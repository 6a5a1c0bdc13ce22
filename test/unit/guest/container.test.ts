/**
 * A guest container's process list and its kill-all, over a stand-in runtime (a script that
 * writes its pid file and sleeps in place of the container's process, and records the other
 * commands) and a directory laid out as its cgroup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { readCgroupPids } from '../../../src/guest/cgroup-pids.js';
import { GuestContainer } from '../../../src/guest/container.js';
import { Runc } from '../../../src/guest/runc.js';

const log = pino({ level: 'silent' });
let dir: string;
let cgroup: string;
let calls: string;
let container: GuestContainer;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-container-'));
  cgroup = path.join(dir, 'cgroup');
  calls = path.join(dir, 'calls');
  const runtime = path.join(dir, 'runtime');
  fs.writeFileSync(
    runtime,
    `#!/bin/sh
prev=; pidfile=
for a in "$@"; do [ "$prev" = --pid-file ] && pidfile=$a; prev=$a; done
[ -n "$pidfile" ] || { echo "$*" >>'${calls}'; exit 0; }
echo $$ >"$pidfile"
exec sleep 30
`,
    { mode: 0o755 },
  );
  fs.mkdirSync(path.join(dir, 'bundle'));
  container = new GuestContainer('c1', path.join(dir, 'bundle'), cgroup, false, new Runc({ binary: runtime, root: '/r' }), log);
});

afterEach(async () => {
  for (const p of [container.init, ...container.execs.values()]) {
    if (p?.pid === undefined || p.exitStatus !== undefined) continue;
    process.kill(p.pid, 'SIGKILL');
    await p.exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Lays out the cgroup: its own processes and a child cgroup's. */
function procs(own: number[], child: number[] = []): void {
  fs.mkdirSync(path.join(cgroup, 'child'), { recursive: true });
  fs.writeFileSync(path.join(cgroup, 'cgroup.procs'), own.map((p) => `${p}\n`).join(''));
  fs.writeFileSync(path.join(cgroup, 'child', 'cgroup.procs'), child.map((p) => `${p}\n`).join(''));
}

test('reads the pids of a cgroup and its children, sorted; none once it is gone', async () => {
  procs([30, 4], [12]);
  expect(await readCgroupPids(cgroup)).toEqual([4, 12, 30]);
  expect(await readCgroupPids(path.join(dir, 'nope'))).toEqual([]);
});

test("lists the cgroup's processes, an exec's own with its exec id", async () => {
  expect(await container.processes()).toEqual([]);
  const init = await container.start();
  const exec = await container.exec('e1', { args: ['sleep', '30'] });
  const child = 999_999;
  procs([init.pid!, exec.pid!], [child]);
  expect(await container.processes()).toEqual(
    [{ pid: init.pid }, { pid: exec.pid, execId: 'e1' }, { pid: child }].sort((a, b) => a.pid! - b.pid!),
  );
  // An exec that has ended names no pid any more, though the number may come back.
  process.kill(exec.pid!, 'SIGKILL');
  await exec.exited;
  expect((await container.processes()).find((p) => p.pid === exec.pid)).toEqual({ pid: exec.pid });
});

test("signals the init by the container's id, every process by an empty exec id", async () => {
  await container.start();
  await container.signal('c1', 15);
  await container.signal('', 9);
  expect(fs.readFileSync(calls, 'utf8').split('\n')).toEqual(['--root /r kill c1 15', '--root /r kill --all c1 9', '']);
});
