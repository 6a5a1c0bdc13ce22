/**
 * The VM factory (the seed's CreateNew / CreateFromTemplate; CreateFromCache is not written
 * yet): what a sandbox asks for a VM. HUSK_VM_TEMPLATE (default on; 0, off or false for
 * none) chooses whether VMs come from templates (template-factory.ts) or always boot cold.
 */
import type { Logger } from 'pino';
import { AgentClient, BUDGET_MS } from '../agent/client.js';
import { AGENT_SERVING } from '../guest/markers.js';
import { pacer } from '../host/pace.js';
import { QemuVmFactory, type VmFactory } from '../hypervisor/index.js';
import { waitForConsole } from './console.js';
import { TemplateVmFactory } from './template-factory.js';
import { TemplateStore } from './template-store.js';

export { TemplateStore } from './template-store.js';
export { TemplateVmFactory, templateMac } from './template-factory.js';
export { takeAgentConnection } from './handoff.js';

/** A restored clone answers within a fraction of a second here; one that does not is broken. */
const RESTORED_READY_MS = 2000;

/** HUSK_VM_TEMPLATE: on unless 0, off, false or no. */
export function templatesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|off|false|no)$/i.test(env.HUSK_VM_TEMPLATE ?? '');
}

/** HUSK_VM_TEMPLATE_MAX: how many templates are kept at most (default 8; the least recently used go). */
export function templateLimit(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = Number(env.HUSK_VM_TEMPLATE_MAX);
  return env.HUSK_VM_TEMPLATE_MAX && Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function vmFactory(log: Logger, options: { templates?: boolean; store?: TemplateStore } = {}): VmFactory {
  if (!(options.templates ?? templatesEnabled())) return new QemuVmFactory({ logger: log });
  return templateVmFactory(log, options.store ?? new TemplateStore({ log, maxTemplates: templateLimit() }));
}

/** Templates over QEMU, with the agent readiness each kind of VM needs. */
export function templateVmFactory(log: Logger, store: TemplateStore): TemplateVmFactory {
  return new TemplateVmFactory({
    hypervisor: new QemuVmFactory({ logger: log }),
    store,
    agentReady: async (vm, { restored, signal }) => {
      const pace = pacer(vm.accel);
      if (!restored) return waitForConsole(vm.consoleLogPath, AGENT_SERVING, BUDGET_MS.ready * pace().factor, signal);
      return AgentClient.connect(vm.agentSocketPath, { signal, pace, budgets: { ready: RESTORED_READY_MS } });
    },
    log,
  });
}
