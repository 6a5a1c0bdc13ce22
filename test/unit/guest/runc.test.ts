/** How the agent calls the OCI runtime: runc's `run --keep`, or crun through oci-run (scripts/guest/oci-run.c). Stand-ins print their argv. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Runc } from '../../../src/guest/runc.js';

let dir: string;
let echo: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-runc-'));
  echo = path.join(dir, 'echo-argv');
  fs.writeFileSync(echo, '#!/bin/sh\nprintf "%s\\n" "$0" "$@"\n', { mode: 0o755 });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = (terminal = false) => ({ pid: '/b/init.pid', log: '/b/init.log', terminal });
async function argv(child: ReturnType<Runc['run']>): Promise<string[]> {
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await child;
  return out.trim().split('\n').slice(1);
}

describe('Runc', () => {
  it('runs runc in the foreground with --keep', async () => {
    const r = new Runc({ binary: echo, root: '/r' });
    expect(await argv(r.run('c1', '/b', files()))).toEqual(['--root', '/r', '--log', '/b/init.log', '--log-format', 'json', 'run', '--keep', '--bundle', '/b', '--pid-file', '/b/init.pid', 'c1']);
  });

  it('runs a runtime without --keep through its runner, but a terminal init with plain run', async () => {
    const r = new Runc({ binary: 'crun', root: '/r', runner: echo });
    expect(await argv(r.run('c1', '/b', files()))).toEqual(['crun', '/r', '/b/init.log', '/b', '/b/init.pid', 'c1']);
    const crun = new Runc({ binary: echo, root: '/r', runner: '/nonexistent' });
    const tty = (await argv(crun.run('c1', '/b', files(true)))).map((a) => a.trim());
    // Under `script`, which hands the command line to a shell: the runtime's own argv.
    expect(tty.join(' ')).not.toContain('--keep');
    expect(tty.join(' ')).toContain('run --bundle /b --pid-file /b/init.pid c1');
  });
});
