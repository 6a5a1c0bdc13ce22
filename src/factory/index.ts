/**
 * The VM factory (the seed's CreateNew / CreateFromTemplate; CreateFromCache is not written
 * yet): what a sandbox asks for a VM. HUSK_VM_TEMPLATE (default on; 0, off or false for
 * none) chooses whether VMs come from templates (template-factory.ts) or always boot cold.
 */
import type { Logger } from 'pino';
import { AgentClient, BUDGET_MS } from '../agent/client.js';
import { AGENT_HOST_GONE, AGENT_SERVING } from '../guest/markers.js';
import { pacer } from '../host/pace.js';
import { QemuVmFactory, type VmFactory } from '../hypervisor/index.js';
import { waitForConsole } from './console.js';
import { TemplateVmFactory } from './template-factory.js';
import { TemplateStore } from './template-store.js';

export { TemplateStore } from './template-store.js';
export { TemplateVmFactory, templateMac } from './template-factory.js';

/** A restored clone answers within a fraction of a second here; one that does not is broken. */
const RESTORED_READY_MS = 2000;

/** HUSK_VM_TEMPLATE: on unless 0, off, false or no. */
export function templatesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|off|false|no)$/i.test(env.HUSK_VM_TEMPLATE ?? '');
}

export function vmFactory(log: Logger, options: { templates?: boolean; store?: TemplateStore } = {}): VmFactory {
  const qemu = new QemuVmFactory({ logger: log });
  if (!(options.templates ?? templatesEnabled())) return qemu;
  return new TemplateVmFactory({
    hypervisor: qemu,
    store: options.store ?? new TemplateStore({ log }),
    agentReady: async (vm, { restored, signal }) => {
      const pace = pacer(vm.accel);
      if (!restored) return waitForConsole(vm.consoleLogPath, AGENT_SERVING, BUDGET_MS.ready * pace().factor, signal);
      const agent = await AgentClient.connect(vm.agentSocketPath, { signal, pace, budgets: { ready: RESTORED_READY_MS } });
      agent.close();
      await waitForConsole(vm.consoleLogPath, AGENT_HOST_GONE, RESTORED_READY_MS * pace().factor, signal);
    },
    log,
  });
}
