/** The template factory over QEMU, with the agent readiness each kind of VM needs. */
import type { Logger } from 'pino';
import { AgentClient, BUDGET_MS } from '../agent/client.js';
import { AGENT_SERVING } from '../guest/markers.js';
import { pacer } from '../host/pace.js';
import { QemuVmFactory } from '../hypervisor/index.js';
import { waitForConsole } from './console.js';
import { TemplateVmFactory } from './template-factory.js';
import type { TemplateStore } from './template-store.js';

/** A restored clone answers within a fraction of a second here; one that does not is broken. */
export const RESTORED_READY_MS = 2000;

export function templateVmFactory(log: Logger, store: TemplateStore, hypervisor = new QemuVmFactory({ logger: log })): TemplateVmFactory {
  return new TemplateVmFactory({
    hypervisor,
    store,
    agentReady: async (vm, { restored, signal }) => {
      const pace = pacer(vm.accel);
      if (!restored) return waitForConsole(vm.consoleLogPath, AGENT_SERVING, BUDGET_MS.ready * pace().factor, signal);
      return AgentClient.connect(vm.agentSocketPath, { signal, pace, budgets: { ready: RESTORED_READY_MS } });
    },
    log,
  });
}
