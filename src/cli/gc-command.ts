/**
 * `husk gc`: removes what dead shims' pods left on the host, exactly as their stores name it
 * (src/shim/cleanup.ts). A store a live shim holds is left alone, and so is one whose shim
 * process still runs (a handover in progress); a QEMU is only ended while its pid is still
 * that process (its start time is in the record), so a store from before a reboot removes
 * files and records but signals nothing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sandboxRoot } from '../shim/paths.js';
import { cleanUpPod } from '../shim/cleanup.js';
import { PodRecords, STORE_ROOT } from '../shim/pod-records.js';
import { listStores } from './shim-command.js';
import type { Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const GC_USAGE = `usage: husk gc [--dry-run] [--store DIR]

  Removes what the pods of dead shims left (QEMU, taps, mounts, directories, sockets,
  records), as each pod's store names it. Pods with a live shim are left alone.

  --dry-run  only say what would be removed
  --store    the store directory (default HUSK_STORE_DIR or ${STORE_ROOT})`;

export function gcCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('gc', GC_USAGE, err, async () => {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, store: { type: 'string', default: STORE_ROOT } } });
    if (positionals.length) throw new UsageError(`unexpected ${positionals.join(' ')}`);
    const report: Array<Record<string, unknown>> = [];
    let failed = false;
    for (const s of await listStores(String(values.store))) {
      if (s.locked || s.shimAlive) {
        report.push({ pod: s.id, namespace: s.namespace, kept: `its shim (pid ${s.shimPid}) is alive` });
        continue;
      }
      if (values['dry-run']) {
        report.push({ pod: s.id, namespace: s.namespace, wouldRemove: { vm: s.vmAlive ? s.vmPid : undefined, containers: s.containers, store: s.dir }, error: s.error });
        continue;
      }
      const records = await PodRecords.open(s.dir).catch((e: Error) => e);
      if (records instanceof Error) {
        report.push({ pod: s.id, failed: [records.message] });
        failed = true;
        continue;
      }
      // Without a readable record the pod's state directory cannot be placed: only the store goes.
      const root = s.launch ? sandboxRoot(s.launch.address, s.launch.namespace) : path.join('/nonexistent');
      const cleaned = await cleanUpPod(records, root, s.id);
      failed ||= cleaned.failed.length > 0;
      report.push({ pod: s.id, namespace: s.namespace, ...cleaned });
    }
    out.write(`${JSON.stringify(report, null, 2)}\n`);
    return failed ? 1 : 0;
  });
}
