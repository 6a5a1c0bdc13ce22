/**
 * `husk factory init|serve|status|clear`: the VM templates pods are cloned from and the VM
 * cache (src/factory). init makes the templates of the pod shapes the shim uses by default,
 * so that the first pod does not make one; serve runs the cache daemon; status lists the
 * templates and what the daemon keeps; clear removes the templates (pods make them again).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino, type Logger } from 'pino';
import { CacheClient, CacheDaemon, cachePaths, describeShape, TemplateStore, templateLimit, templatesEnabled, templateVmFactory, type VmShape } from '../factory/index.js';
import { tapName } from '../sandbox/pod-network.js';
import { guestImage } from '../shim/qemu-deps.js';
import { defaultImageDir, DEFAULT_VM, hotplugRoomFromEnv } from '../shim/defaults.js';
import { fitRoom } from '../sandbox/vm-size.js';
import type { Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const FACTORY_USAGE = `usage: husk factory init [--image DIR] [--memory MIB] [--vcpus N] [--nics N,...] [--root DIR]
       husk factory serve [--size N] [--image DIR] [--memory MIB] [--vcpus N] [--nics N,...] [--cache-root DIR]
       husk factory status [--root DIR] [--cache-root DIR] [--json]
       husk factory clear [--root DIR]

  init    makes the VM templates pods of this size are cloned from (default: the shim's
          default pod, ${DEFAULT_VM.memoryMiB} MiB and ${DEFAULT_VM.vcpus} vCPU, with 0 and with 1 NIC), unless they are there
  serve   runs the VM cache daemon in the foreground: keeps --size (default 2) paused VMs
          ready for each of these shapes and for shapes shims ask for; shims use it when
          HUSK_VM_CACHE=1. SIGTERM or SIGINT ends it and the VMs it has not handed over
  status  lists the templates (key, size, NICs, disk used, when made) and the cache's pools
  clear   removes every template (pods make them again on first use)
  --root  where templates live; default /run/husk/templates
  --cache-root  where the cache daemon keeps its socket and VMs; default /run/husk/cache`;

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
      'cache-root': { type: 'string' },
      size: { type: 'string', default: '2' },
      json: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  const log = pino({ level: values.debug ? 'debug' : 'warn' }, pino.destination(2));
  const store = new TemplateStore({ root: values.root, log, maxTemplates: templateLimit() });
  switch (positionals.length === 1 ? positionals[0] : undefined) {
    case 'init':
      return init(store, values, log, out, err);
    case 'serve':
      return serve(store, values, out);
    case 'status':
      return status(store, values.json!, values['cache-root'], out);
    case 'clear': {
      const n = await store.clear();
      out.write(`removed ${n} VM template${n === 1 ? '' : 's'} from ${store.root}\n`);
      return 0;
    }
    default:
      throw new UsageError(positionals.length === 0 ? 'name init, serve, status or clear' : `unknown: ${positionals.join(' ')}`);
  }
}

interface ShapeFlags {
  image?: string;
  memory?: string;
  vcpus?: string;
  nics?: string;
}

/** The pod shapes the flags name: one per NIC count. */
function shapes(v: ShapeFlags): VmShape[] {
  const memoryMiB = Number(v.memory);
  const vcpus = Number(v.vcpus);
  const nics = (v.nics ?? '').split(',').filter(Boolean).map(Number);
  if (!Number.isInteger(memoryMiB) || memoryMiB < 128) throw new UsageError('--memory is a number of MiB, at least 128');
  if (!Number.isInteger(vcpus) || vcpus < 1) throw new UsageError('--vcpus is a positive number');
  if (nics.length === 0 || nics.some((n) => !Number.isInteger(n) || n < 0 || n > 8)) throw new UsageError('--nics is a list of NIC counts from 0 to 8, e.g. 0,1');
  const image = guestImage(path.resolve(v.image ?? defaultImageDir()));
  // The room the shims give pods of this size, so their templates and cached VMs fit them.
  const hotplug = fitRoom(hotplugRoomFromEnv(), { memoryMiB, vcpus });
  return nics.map((n) => ({ memoryMiB, vcpus, ...image, debug: false, nics: n, ...(hotplug ? { hotplug } : {}) }));
}

/** Runs the cache daemon until SIGTERM or SIGINT; its log (pino JSON) goes to stderr. */
async function serve(store: TemplateStore, v: ShapeFlags & { size?: string; 'cache-root'?: string; debug?: boolean }, out: Output): Promise<number> {
  const size = Number(v.size);
  if (!Number.isInteger(size) || size < 1 || size > 64) throw new UsageError('--size is how many VMs to keep ready per shape, 1 to 64');
  const log = pino({ level: v.debug ? 'debug' : 'info', base: { component: 'husk-factory' } }, pino.destination(2));
  const daemon = new CacheDaemon({ root: v['cache-root'], size, shapes: shapes(v), templates: templatesEnabled(), templateStore: store, log });
  await daemon.start();
  out.write(`husk factory: VM cache serving on ${cachePaths(daemon.root).socket}\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log.info({ signal }, 'VM cache stopping');
  await daemon.stop();
  return 0;
}

async function init(store: TemplateStore, v: ShapeFlags, log: Logger, out: Output, err: Output): Promise<number> {
  const wanted = shapes(v);
  const factory = templateVmFactory(log, store);
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-factory-'));
  let failed = 0;
  try {
    for (const s of wanted) {
      const shape = describeShape(s);
      const t0 = performance.now();
      const got = await factory.prepare(
        {
          id: 'factory-init',
          stateDir: path.join(scratch, 'vm'),
          sharedDir: scratch,
          memoryMiB: s.memoryMiB,
          vcpus: s.vcpus,
          kernelPath: s.kernelPath,
          initrdPath: s.initrdPath,
          rootfsImagePath: s.rootfsImagePath,
          ...(s.hotplug ? { hotplug: s.hotplug } : {}),
          // Placeholders: the template's NICs get fixed MACs and taps of these names of its own.
          networkDevices: Array.from({ length: s.nics }, (_, i) => ({ tap: tapName(i), mac: '02:00:00:00:00:00' })),
        },
        { wait: true },
      );
      if ('cold' in got) {
        failed++;
        err.write(`husk factory: ${shape}: ${got.cold}\n`);
      } else {
        // Made now, by this process or by another that this one waited for: the record's time.
        const waited = (performance.now() - t0) / 1000;
        const how = got.made ? `made in ${(got.template.record.madeInMs / 1000).toFixed(1)} s${waited > got.template.record.madeInMs / 1000 + 1 ? ` (ready after ${waited.toFixed(1)} s)` : ''}` : 'already there';
        out.write(`template ${got.template.key.slice(0, 12)} (${shape}): ${how}\n`);
      }
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

async function status(store: TemplateStore, json: boolean, cacheRoot: string | undefined, out: Output): Promise<number> {
  const templates = await templateRows(store);
  const cache = await new CacheClient(cachePaths(cacheRoot ?? '/run/husk/cache').socket, 2000).status().catch((e: Error) => ({ error: e.message }));
  if (json) {
    out.write(`${JSON.stringify({ templates, cache }, null, 2)}\n`);
    return 0;
  }
  out.write(`${templates.length} VM template${templates.length === 1 ? '' : 's'} in ${store.root}\n`);
  for (const r of templates) {
    out.write(`${r.key.slice(0, 12)}  ${r.memoryMiB} MiB  ${r.vcpus ?? '?'} vCPU  ${r.nics} NIC  ${r.diskMiB} MiB on disk  made ${r.created} in ${(r.madeInMs / 1000).toFixed(1)} s\n`);
  }
  if ('error' in cache) {
    out.write(`VM cache: not running (${cache.error})\n`);
    return 0;
  }
  out.write(`VM cache: daemon pid ${cache.pid}, ${cache.pools.length} shape${cache.pools.length === 1 ? '' : 's'}\n`);
  for (const p of cache.pools) {
    out.write(`${describeShape(p.shape)}: ${p.ready}/${p.target} ready, ${p.starting} starting, ${p.taken} taken, ${p.missed} missed${p.lastError ? `; last error: ${p.lastError}` : ''}\n`);
  }
  return 0;
}

async function templateRows(store: TemplateStore) {
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
  return rows;
}
