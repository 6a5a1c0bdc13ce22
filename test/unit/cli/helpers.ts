/** Runs a husk subcommand in-process and captures what it writes. */
import type { Output } from '../../../src/cli/task-command.js';

export function capture(): Output & { readonly text: string } {
  let text = '';
  return { write: (s: string | Uint8Array) => void (text += s.toString()), get text() { return text; } };
}

export async function runCommand(command: (argv: string[], out: Output, err: Output) => Promise<number>, argv: string[]) {
  const out = capture();
  const err = capture();
  const code = await command(argv, out, err);
  return { code, out: out.text, err: err.text };
}
