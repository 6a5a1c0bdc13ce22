/**
 * How long the agent lets a helper command (runc kill/pause/update/delete/state, ip) run
 * before it ends it. Not a deadline for the call: the host paces those to how slow the guest
 * is (src/agent/client.ts). This is a last resort against a helper that is wedged for good,
 * long enough that a guest starved of CPU by many others never hits it.
 */
export const HELPER_LIMIT_MS = 5 * 60_000;
