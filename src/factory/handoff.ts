/**
 * The connection to a restored VM's agent that the factory opened to see it answer, handed
 * to whoever connects to that VM first: a second session would have to wait until the guest
 * noticed the first one had ended (its agent reads one stream from the port, whoever opened
 * it, and logs "host disconnected" once it sees the end); one begun sooner is taken for the
 * first and fails ("StreamID cannot be re-used"). Kept beside the VM, never in it, so the hypervisor layer knows nothing of agents.
 */
import type { Vm } from '../hypervisor/index.js';

/** What the factory may hand over: an open agent connection. */
export interface AgentConnection {
  close(): void;
}

const waiting = new WeakMap<Vm, AgentConnection>();

export function leaveAgentConnection(vm: Vm, connection: AgentConnection): void {
  waiting.set(vm, connection);
}

/** The connection left for `vm`, once; undefined when there is none (a cold boot) or it was taken. */
export function takeAgentConnection(vm: Vm): AgentConnection | undefined {
  const c = waiting.get(vm);
  waiting.delete(vm);
  return c;
}
