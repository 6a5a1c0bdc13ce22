/**
 * Lines the guest writes on its serial console that the host reads (the console is a file
 * on the host): a contract between the agent and src/factory.
 */

/**
 * Logged once the agent serves its virtio-serial port and waits for a host: the moment a VM
 * template is saved, with no host session open (one half-closed across the save leaves a
 * clone's agent deaf).
 */
export const AGENT_SERVING = 'agent serving on virtio-serial port';

/**
 * Logged when a host session on the port has ended and the agent waits for the next. The
 * channel cannot tell two sessions apart if the second begins before the guest has seen the
 * first end: the VM cache (src/factory/cache-daemon.ts) checks a VM's agent, hangs up, and
 * waits for this line before the VM is handed to a shim that dials again.
 */
export const AGENT_HOST_GONE = 'host disconnected';
