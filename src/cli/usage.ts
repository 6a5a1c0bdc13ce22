/** How every husk subcommand reports a usage error: its name, the reason, its usage, exit 2. */
import type { Output } from './task-command.js';

export class UsageError extends Error {}

const isParseError = (e: unknown) => String((e as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');

export async function withUsage(name: string, usage: string, err: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError) && !isParseError(e)) throw e;
    err.write(`husk ${name}: ${(e as Error).message}\n${usage}\n`);
    return 2;
  }
}
