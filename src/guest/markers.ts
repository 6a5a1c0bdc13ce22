/**
 * A line the guest writes on its serial console that the host reads (the console is a file
 * on the host): a contract between the agent and src/factory.
 */

/**
 * Logged once the agent serves its virtio-serial port and waits for a host: the moment a VM
 * template is saved, with no host session open (one half-closed across the save leaves a
 * clone's agent deaf).
 */
export const AGENT_SERVING = 'agent serving on virtio-serial port';
