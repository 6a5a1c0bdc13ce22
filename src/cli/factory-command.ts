/**
 * `husk factory init|status|clear`: the VM templates pods are cloned from (src/factory).
 * init makes the templates of the pod shapes the shim uses by default, so that the first pod
 * does not make one; status lists them; clear removes them all (pods then make them again).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino, type Logger } from 'pino';
import { TemplateStore, templateLimit, templateVmFactory } from '../factory/index.js';
import { tapName } from '../sandbox/pod-network.js';
import { guestImage } from '../sandbox/qemu-deps.js';
import { defaultImageDir, DEFAULT_VM } from '../shim/defaults.js';
import type { Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const FACTORY_USAGE = `usage: husk factory init [--image DIR] [--memory MIB] [--vcpus N] [--nics N,...] [--root DIR]
       husk factory status [--root DIR] [--json]
       husk factory clear [--root DIR]

  init    makes the VM templates pods of this size are cloned from (default: the shim's
          default pod, ${DEFAULT_VM.memoryMiB} MiB and ${DEFAULT_VM.vcpus} vCPU, with 0 and with 1 NIC), unless they are there
  status  lists the templates: key, size, NICs, disk used, when made
  clear   removes every template (pods make them again on first use)
  --root  where templates live; default /run/husk/templates`;

export function factoryCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('factory', FACTORY_USAGE, err, () => factory(argv, out, err));
}

async function factory(argv: string[], out: Output, err: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      image: { type: 'string' },
      memory: { type: 'string', default: String(DEFAULT_VM.memoryMiB) },
      vcpus: { type: 'string', default: String(DEFAULT_VM.vcpus) },
      nics: { type: 'string', default: '0,1' },
      root: { type: 'string' },
      json: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  const log = pino({ level: values.debug ? 'debug' : 'warn' }, pino.destination(2));
  const store = new TemplateStore({ root: values.root, log, maxTemplates: templateLimit() });
  switch (positionals.length === 1 ? positionals[0] : undefined) {
    case 'init':
      return init(store, values, log, out, err);
    case 'status':
      return status(store, values.json!, out);
    case 'clear': {
      const n = await store.clear();
      out.write(`removed ${n} VM template${n === 1 ? '' : 's'} from ${store.root}\n`);
      return 0;
    }
    default:
      throw new UsageError(positionals.length === 0 ? 'name init, status or clear' : `unknown: ${positionals.join(' ')}`);
  }
}

async function init(store: TemplateStore, v: { image?: string; memory?: string; vcpus?: string; nics?: string }, log: Logger, out: Output, err: Output): Promise<number> {
  const memoryMiB = Number(v.memory);
  const vcpus = Number(v.vcpus);
  const nics = (v.nics ?? '').split(',').filter(Boolean).map(Number);
  if (!Number.isInteger(memoryMiB) || memoryMiB < 128) throw new UsageError('--memory is a number of MiB, at least 128');
  if (!Number.isInteger(vcpus) || vcpus < 1) throw new UsageError('--vcpus is a positive number');
  if (nics.length === 0 || nics.some((n) => !Number.isInteger(n) || n < 0 || n > 8)) throw new UsageError('--nics is a list of NIC counts from 0 to 8, e.g. 0,1');
  const image = guestImage(path.resolve(v.image ?? defaultImageDir()));
  const factory = templateVmFactory(log, store);
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-factory-'));
  let failed = 0;
  try {
    for (const n of nics) {
      const shape = `${memoryMiB} MiB, ${vcpus} vCPU, ${n} NIC${n === 1 ? '' : 's'}`;
      const t0 = performance.now();
      const got = await factory.prepare(
        {
          id: 'factory-init',
          stateDir: path.join(scratch, 'vm'),
          sharedDir: scratch,
          memoryMiB,
          vcpus,
          ...image,
          // Placeholders: the template's NICs get fixed MACs and taps of these names of its own.
          networkDevices: Array.from({ length: n }, (_, i) => ({ tap: tapName(i), mac: '02:00:00:00:00:00' })),
        },
        { wait: true },
      );
      if ('cold' in got) {
        failed++;
        err.write(`husk factory: ${shape}: ${got.cold}\n`);
      } else {
        const how = got.made ? `made in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'already there';
        out.write(`template ${got.template.key.slice(0, 12)} (${shape}): ${how}\n`);
      }
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

async function status(store: TemplateStore, json: boolean, out: Output): Promise<number> {
  const rows = await Promise.all(
    (await store.list()).map(async (t) => {
      const [mem, state] = await Promise.all([fs.stat(t.memoryPath), fs.stat(t.statePath)]);
      const inputs = t.record.inputs as { vm?: { argv?: string[] } };
      const argv = inputs.vm?.argv ?? [];
      return {
        key: t.key,
        memoryMiB: t.record.memoryBytes / 2 ** 20,
        vcpus: Number(argv[argv.indexOf('-smp') + 1]?.split(',')[0]) || undefined,
        nics: argv.filter((a) => a.startsWith('virtio-net')).length,
        diskMiB: Math.round(((mem.blocks + state.blocks) * 512) / 2 ** 20),
        created: t.record.created,
        madeInMs: t.record.madeInMs,
      };
    }),
  );
  if (json) {
    out.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  out.write(`${rows.length} VM template${rows.length === 1 ? '' : 's'} in ${store.root}\n`);
  for (const r of rows) {
    out.write(`${r.key.slice(0, 12)}  ${r.memoryMiB} MiB  ${r.vcpus ?? '?'} vCPU  ${r.nics} NIC  ${r.diskMiB} MiB on disk  made ${r.created} in ${(r.madeInMs / 1000).toFixed(1)} s\n`);
  }
  return 0;
}
