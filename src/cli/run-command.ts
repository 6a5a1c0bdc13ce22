/**
 * `husk run -- CMD...`: boots a sandbox, runs one command in a busybox container in it,
 * relays its output and exits with its status. The end-to-end demo of the VM path without
 * containerd; it prints where the time went.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { defaultSpec } from '../sandbox/default-spec.js';
import { guestImage, qemuSandboxDeps } from '../shim/qemu-deps.js';
import { Sandbox } from '../sandbox/sandbox.js';
import { busyboxRootfs } from './busybox-rootfs.js';
import type { Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const RUN_USAGE = `usage: husk run [--image DIR] [--rootfs DIR] [--memory MIB] [--vcpus N] [--id ID] [--debug] -- CMD [ARG...]

  --image   the guest image (vmlinux, initrd.img, rootfs.img); default build/guest
  --rootfs  the container's root directory; default a busybox one made for the run
  --memory  VM memory in MiB (default 512); --vcpus VM vCPUs (default 1)`;

export function runCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('run', RUN_USAGE, err, () => run(argv, out, err));
}

async function run(argv: string[], out: Output, err: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      image: { type: 'string', default: process.env.HUSK_GUEST_DIR ?? 'build/guest' },
      rootfs: { type: 'string' },
      memory: { type: 'string', default: '512' },
      vcpus: { type: 'string', default: '1' },
      id: { type: 'string', default: `run-${process.pid}` },
      debug: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('no command given');
  const image = path.resolve(values.image!);
  const log = pino({ level: values.debug ? 'debug' : 'warn' }, pino.destination(2));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-run-'));
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(2)} s`;
  let sandbox: Sandbox | undefined;
  const interrupted = new Promise<number>((resolve) => process.once('SIGINT', () => resolve(130)));
  try {
    const rootfs = values.rootfs ? path.resolve(values.rootfs) : busyboxRootfs(path.join(scratch, 'rootfs'));
    sandbox = await Sandbox.create(
      {
        id: values.id!,
        stateRoot: path.join(scratch, 'state'),
        image: guestImage(image),
        memoryMiB: Number(values.memory),
        vcpus: Number(values.vcpus),
        hostname: 'husk',
        debug: values.debug,
      },
      qemuSandboxDeps(log),
    );
    await sandbox.start();
    err.write(`husk run: VM up, agent answering after ${elapsed()}\n`);
    const c = await sandbox.createContainer('main', defaultSpec(positionals), rootfs);
    await c.start();
    c.init.stdin.end();
    c.init.stdout.pipe(forward(out), { end: false });
    c.init.stderr.pipe(forward(err), { end: false });
    const exit = await Promise.race([c.init.wait(), interrupted.then((status) => ({ status, reason: 'interrupted' }))]);
    err.write(`husk run: exit status ${exit.status}${'reason' in exit && exit.reason ? ` (${exit.reason})` : ''} after ${elapsed()}\n`);
    return exit.status;
  } catch (e) {
    err.write(`husk run: ${(e as Error).message}\n`);
    if (sandbox?.consoleLogPath) err.write(`husk run: guest console: ${sandbox.consoleLogPath}\n`);
    return 1;
  } finally {
    await sandbox?.delete().catch((e: Error) => err.write(`husk run: cleanup: ${e.message}\n`));
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function forward(o: Output): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      o.write(chunk);
      cb();
    },
  });
}
