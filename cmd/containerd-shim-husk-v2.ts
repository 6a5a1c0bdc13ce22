#!/usr/bin/env node
/**
 * containerd-shim-husk-v2: the runtime containerd runs for io.containerd.husk.v2.
 * `start` launches (or finds) the pod's daemon, `serve` is that daemon, `delete` cleans up
 * after a dead one; `-v` and `-info` describe the runtime.
 */
import { serve } from '../src/shim/daemon.js';
import { deleteShim } from '../src/shim/delete.js';
import { FlagError, parseFlags } from '../src/shim/flags.js';
import { runtimeInfo } from '../src/shim/runtime-info.js';
import { start } from '../src/shim/start.js';

const VERSION = '0.1.0';

try {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.version) {
    process.stdout.write(`containerd-shim-husk-v2:\n  Version: ${VERSION}\n  Runtime: io.containerd.husk.v2\n`);
  } else if (flags.info) {
    process.stdout.write(runtimeInfo(VERSION));
  } else if (flags.action === 'start') {
    process.stdout.write(await start(flags, process.stdin));
    process.exit(0);
  } else if (flags.action === 'delete') {
    process.stdout.write(await deleteShim(flags));
    process.exit(0);
  } else if (flags.action === 'serve') {
    await serve(flags);
  } else {
    throw new FlagError(`unknown action ${JSON.stringify(flags.action)}: want start, delete or -v/-info`);
  }
} catch (err) {
  process.stderr.write(`containerd-shim-husk-v2: ${(err as Error).message}\n`);
  process.exit(1);
}
