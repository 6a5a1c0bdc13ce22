/**
 * Lines the guest writes on its serial console that the host reads (the console is a file
 * on the host). They are a contract between the agent and src/factory.
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
 * first end: a host that hangs up and dials again must wait for this line first (the
 * factory avoids that by handing its session on, src/factory/handoff.ts).
 */
export const AGENT_HOST_GONE = 'host disconnected';
