/** Logging helpers shared by the shim, the sandbox model and the hypervisor driver. */
import type { Logger } from 'pino';

/**
 * A child logger with `fields`, leaving out those the logger already carries with the same
 * value: pino would write the key twice (the shim's base logger already names the sandbox).
 */
export function childLogger(log: Logger, fields: Record<string, unknown>): Logger {
  const bound = log.bindings();
  const extra = Object.fromEntries(Object.entries(fields).filter(([k, v]) => bound[k] !== v));
  return Object.keys(extra).length ? log.child(extra) : log;
}
