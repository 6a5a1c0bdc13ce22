#!/usr/bin/env node
/**
 * husk-agent: runs inside the VM (started by the guest's init) and serves Kata's
 * AgentService over ttrpc on the virtio-serial port the host named agent.channel.0.
 * `--listen PATH` serves on a unix socket instead, for running the agent on a host in tests.
 */
import { parseArgs } from 'node:util';
import { startAgent } from '../src/guest/main.js';

const { values } = parseArgs({
  options: {
    'port-name': { type: 'string', default: 'agent.channel.0' },
    listen: { type: 'string' },
    'state-dir': { type: 'string', default: '/run/husk' },
    'cgroup-root': { type: 'string', default: '/sys/fs/cgroup' },
    runc: { type: 'string', default: 'runc' },
    runner: { type: 'string' },
    'log-level': { type: 'string', default: 'info' },
  },
});

const agent = await startAgent({
  portName: values['port-name']!,
  listen: values.listen,
  stateDir: values['state-dir']!,
  cgroupRoot: values['cgroup-root']!,
  runcBinary: values.runc!,
  runner: values.runner,
  logLevel: values['log-level']!,
});
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => void agent.stop().then(() => process.exit(0)));
await agent.done;
