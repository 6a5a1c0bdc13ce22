/**
 * The VM factory (the seed's CreateNew, CreateFromTemplate and CreateFromCache): what a
 * sandbox asks for a VM. HUSK_VM_TEMPLATE (default on; 0, off or false for none) chooses
 * whether VMs come from templates (template-factory.ts) or always boot cold; HUSK_VM_CACHE
 * (default off) whether a shim first asks the `husk factory serve` daemon for a ready VM
 * (cache-factory.ts, cache-daemon.ts).
 */
import type { Logger } from 'pino';
import { AgentClient } from '../agent/client.js';
import { pacer } from '../host/pace.js';
import { QemuVmFactory, type VmFactory } from '../hypervisor/index.js';
import { RESTORED_READY_MS, templateVmFactory } from './qemu-factories.js';
import { TemplateStore } from './template-store.js';
import { CacheVmFactory } from './cache-factory.js';
import { CacheClient } from './cache-service.js';
import { cachePaths, DEFAULT_CACHE_ROOT, sweepOrphans } from './cache-daemon.js';
import { scratchNetnsPath } from './scratch-netns.js';

export { TemplateStore } from './template-store.js';
export { TemplateVmFactory, templateMac } from './template-factory.js';
export { templateVmFactory } from './qemu-factories.js';
export { takeAgentConnection } from './handoff.js';
export { CacheDaemon, DEFAULT_CACHE_ROOT, cachePaths } from './cache-daemon.js';
export { CacheClient } from './cache-service.js';
export { describeShape, type VmShape } from './cache-pool.js';

/** HUSK_VM_TEMPLATE: on unless 0, off, false or no. */
export function templatesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|off|false|no)$/i.test(env.HUSK_VM_TEMPLATE ?? '');
}

/** HUSK_VM_TEMPLATE_MAX: how many templates are kept at most (default 8; the least recently used go). */
export function templateLimit(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = Number(env.HUSK_VM_TEMPLATE_MAX);
  return env.HUSK_VM_TEMPLATE_MAX && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** HUSK_VM_CACHE: off unless 1, on, true or yes. */
export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|on|true|yes)$/i.test(env.HUSK_VM_CACHE ?? '');
}

/** How long a shim waits for the cache daemon (connect and answer) before it goes on without. */
const CACHE_WAIT_MS = 2000;

export interface VmFactoryOptions {
  templates?: boolean;
  store?: TemplateStore;
  cache?: boolean;
  /** The cache daemon's directory; default /run/husk/cache. */
  cacheRoot?: string;
}

export function vmFactory(log: Logger, options: VmFactoryOptions = {}): VmFactory {
  // QEMU outlives the shim that started it, so a shim can hand its pod to another (src/shim/handover.ts).
  const qemu = new QemuVmFactory({ logger: log, outlive: true });
  const local = (options.templates ?? templatesEnabled()) ? templateVmFactory(log, options.store ?? new TemplateStore({ log, maxTemplates: templateLimit() }), qemu) : qemu;
  if (!(options.cache ?? cacheEnabled())) return local;
  const root = options.cacheRoot ?? DEFAULT_CACHE_ROOT;
  const paths = cachePaths(root);
  return new CacheVmFactory({
    cache: new CacheClient(paths.socket, CACHE_WAIT_MS),
    vmsDir: paths.vms,
    netns: scratchNetnsPath(paths.netns),
    adopt: (spec) => qemu.adopt(spec),
    agentReady: (vm, signal) => AgentClient.connect(vm.agentSocketPath, { signal, pace: pacer(vm.accel), budgets: { ready: RESTORED_READY_MS } }),
    next: local,
    // A dead daemon's ready VMs would idle on forever: whoever notices ends them.
    onUnreachable: () => void sweepOrphans(root, log).catch((err: unknown) => log.warn({ err }, 'cannot clear what a dead VM cache daemon left')),
    log,
  });
}

