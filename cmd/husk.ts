#!/usr/bin/env node
/** husk: the operator's command line. Subcommands: run, task, pod, shim, gc, factory. */
import { factoryCommand, FACTORY_USAGE } from '../src/cli/factory-command.js';
import { gcCommand, GC_USAGE } from '../src/cli/gc-command.js';
import { shimCommand, SHIM_USAGE } from '../src/cli/shim-command.js';
import { podCommand, POD_USAGE } from '../src/cli/pod-command.js';
import { runCommand, RUN_USAGE } from '../src/cli/run-command.js';
import { taskCommand, TASK_USAGE } from '../src/cli/task-command.js';

const commands: Record<string, (argv: string[], out: NodeJS.WriteStream, err: NodeJS.WriteStream) => Promise<number>> = {
  run: runCommand,
  task: taskCommand,
  pod: podCommand,
  shim: shimCommand,
  gc: gcCommand,
  factory: factoryCommand,
};
const [sub, ...rest] = process.argv.slice(2);
const command = sub ? commands[sub] : undefined;
if (command) {
  process.exitCode = await command(rest, process.stdout, process.stderr);
} else {
  const help = sub === '--help' || sub === '-h';
  process.stderr.write(`${sub && !help ? `husk: unknown command "${sub}"\n` : ''}${RUN_USAGE}\n\n${TASK_USAGE}\n\n${POD_USAGE}\n\n${SHIM_USAGE}\n\n${GC_USAGE}\n\n${FACTORY_USAGE}\n`);
  process.exitCode = help ? 0 : 2;
}
