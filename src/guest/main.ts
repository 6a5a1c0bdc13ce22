/**
 * Wiring of the guest agent: logger, runc, the model, the ttrpc server, and the channel the
 * host reaches it on.
 */
import '../api/protobuf-runtime.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { Server } from '../ttrpc/index.js';
import { AgentService, HealthService, SessionService } from '../api/agent.js';
import { Agent } from './agent.js';
import { agentService, healthService, sessionService } from './agent-service.js';
import { GuestHelper } from './helper.js';
import { AGENT_SERVING } from './markers.js';
import { findPort, servePort } from './port.js';
import { Runc } from './runc.js';

export interface AgentConfig {
  portName: string;
  /** A unix socket to serve on instead of the virtio-serial port (tests on a host). */
  listen?: string;
  stateDir: string;
  cgroupRoot: string;
  runcBinary: string;
  /** scripts/guest/oci-run.c, for an OCI runtime without `run --keep` (crun). */
  runner?: string;
  logLevel: string;
  /** The serving helper and any prefix; tests point it into a network namespace. */
  helperCommand?: string[];
  /** How long UpdateInterface waits for a NIC's MAC to appear (default 30 s: a hot-plugged NIC). */
  nicWaitMs?: number;
}

export interface RunningAgent {
  /** Settles when the agent has stopped serving (DestroySandbox or stop()). */
  done: Promise<void>;
  stop(): Promise<void>;
}

export async function startAgent(cfg: AgentConfig): Promise<RunningAgent> {
  const log = pino({ level: cfg.logLevel, base: { component: 'husk-agent' } }, pino.destination(2));
  await fs.mkdir(cfg.stateDir, { recursive: true, mode: 0o700 });
  const runc = new Runc({ binary: cfg.runcBinary, root: path.join(cfg.stateDir, 'runc'), runner: cfg.runner });
  const helper = new GuestHelper(cfg.helperCommand);
  const agent = new Agent({ stateDir: cfg.stateDir, runc, cgroupRoot: cfg.cgroupRoot, cgroupParent: 'husk', log, helper, nicWaitMs: cfg.nicWaitMs });
  const stopper = new AbortController();
  // Answers with a status the model chose are routine; only the unexpected is worth a warning.
  const server = new Server({
    onError: (err, info) => log[isRoutine(err) ? 'debug' : 'warn']({ err, ...info }, 'call failed'),
  });
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const stop = async () => {
    if (stopper.signal.aborted) return done;
    stopper.abort();
    await agent.destroySandbox().catch((err) => log.error({ err }, 'cleanup failed'));
    agent.helper.close();
    await server.shutdown();
    finish();
  };
  server.register(AgentService, agentService(agent, () => void stop())).register(HealthService, healthService()).register(SessionService, sessionService(agent));
  // Before the port is served: a VM template saved from this guest holds the helper running.
  agent.helper.start();

  if (cfg.listen) {
    await server.listen(cfg.listen);
    log.info({ socket: cfg.listen }, 'agent listening');
  } else {
    const device = await waitForPort(cfg.portName, stopper.signal);
    // Node's uptime says how much of the boot the agent's own start-up took.
    log.info({ device, port: cfg.portName, nodeUptimeMs: Math.round(process.uptime() * 1000) }, AGENT_SERVING);
    void servePort(
      device,
      (s) => {
        agent.hostConnected();
        server.serve(s);
      },
      log,
      stopper.signal,
    );
  }
  return { done, stop };
}

/** The port's device node appears once virtio_console has probed it. */
async function waitForPort(name: string, signal: AbortSignal): Promise<string> {
  for (let i = 0; !signal.aborted; i++) {
    const device = findPort(name);
    if (device) return device;
    if (i === 100) throw new Error(`no virtio-serial port named ${name} (is virtio_console loaded?)`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('stopped');
}

/** An error carrying a deliberate, non-internal status code (NotFound, EOF, ...). */
function isRoutine(err: Error): boolean {
  const code = (err as { code?: unknown }).code ?? (err.cause as { grpcCode?: unknown } | undefined)?.grpcCode;
  return typeof code === 'number' && code !== 2 && code !== 13;
}
