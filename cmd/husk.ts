#!/usr/bin/env node
/** husk: the operator's command line. Subcommands: task. */
import { taskCommand, TASK_USAGE } from '../src/cli/task-command.js';

const [sub, ...rest] = process.argv.slice(2);
if (sub === 'task') {
  process.exitCode = await taskCommand(rest, process.stdout, process.stderr);
} else {
  process.stderr.write(`${sub && sub !== '--help' && sub !== '-h' ? `husk: unknown command "${sub}"\n` : ''}${TASK_USAGE}\n`);
  process.exitCode = sub === '--help' || sub === '-h' ? 0 : 2;
}
