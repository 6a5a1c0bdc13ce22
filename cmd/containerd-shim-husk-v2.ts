#!/usr/bin/env node
/**
 * containerd-shim-husk-v2: the runtime containerd runs for io.containerd.husk.v2.
 * `start` launches (or finds) the pod's daemon, `serve` is that daemon, `delete` cleans up
 * after a dead one; `-v` and `-info` describe the runtime.
 */
import { FlagError, parseFlags } from '../src/shim/flags.js';
import { HUSK_VERSION } from '../src/version.js';

// Each action loads only what it needs: `start` and `delete` run once per pod on its
// critical path, and the daemon's code (sandbox, factory, QEMU, all of the protobuf) is most
// of the shim (the build bundles it with one chunk per action, scripts/bundle-shim.sh).

try {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.version) {
    process.stdout.write(`containerd-shim-husk-v2:\n  Version: ${HUSK_VERSION}\n  Runtime: io.containerd.husk.v2\n`);
  } else if (flags.info) {
    const { runtimeInfo } = await import('../src/shim/runtime-info.js');
    process.stdout.write(runtimeInfo(HUSK_VERSION));
  } else if (flags.action === 'start') {
    const { start } = await import('../src/shim/start.js');
    process.stdout.write(await start(flags, process.stdin));
    process.exit(0);
  } else if (flags.action === 'delete') {
    const { deleteShim } = await import('../src/shim/delete.js');
    process.stdout.write(await deleteShim(flags));
    process.exit(0);
  } else if (flags.action === 'serve' || flags.action === 'restore') {
    const { serve } = await import('../src/shim/daemon.js');
    await serve(flags, { restore: flags.action === 'restore' });
  } else {
    throw new FlagError(`unknown action ${JSON.stringify(flags.action)}: want start, delete, serve, restore or -v/-info`);
  }
} catch (err) {
  process.stderr.write(`containerd-shim-husk-v2: ${(err as Error).message}\n`);
  process.exit(1);
}
