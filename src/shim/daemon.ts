/**
 * The shim daemon (`serve`, launched by `start`): one per pod, serving containerd's Task API
 * (v2 and v3) on its socket until Shutdown finds no task left, or SIGTERM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { Server, type ServiceImplementation } from '../ttrpc/index.js';
import { SandboxV1 } from '../api/sandbox.js';
import { TaskV2, TaskV3 } from '../api/task.js';
import { guestImage, qemuSandboxDeps } from '../sandbox/qemu-deps.js';
import { DEFAULT_VM, defaultImageDir, hotplugRoomFromEnv } from './defaults.js';
import type { HotplugRoom } from '../hypervisor/hypervisor.js';
import { EventPublisher, taskEvents } from './events.js';
import { Pod } from './pod.js';
import { FifoLog } from './fifo-log.js';
import type { ShimFlags } from './flags.js';
import { groupId, removeIfEmpty, sandboxRoot } from './paths.js';
import { SandboxService } from './sandbox-service.js';
import { PodService, podServiceImpl } from './pod-service.js';
import { PodV1 } from '../api/pod.js';
import { TaskService } from './task-service.js';

export async function serve(flags: ShimFlags): Promise<void> {
  const bundle = flags.bundle || process.cwd();
  const group = groupId(bundle, flags.id);
  const log = pino({ level: flags.debug ? 'debug' : 'info', base: { pid: process.pid, namespace: flags.namespace, sandbox: group } }, new FifoLog(path.join(bundle, 'log'), 2));
  const stateRoot = sandboxRoot(flags.address, flags.namespace);
  const events = new EventPublisher(process.env.TTRPC_ADDRESS ?? `${flags.address}.ttrpc`, flags.namespace, log);
  const server = new Server({ onError: (err, info) => log.debug({ err, ...info }, 'call failed') });
  let exiting = false;
  const exit = async (code: number) => {
    if (exiting) return;
    exiting = true;
    await events.flush();
    await server.shutdown();
    fs.rmSync(flags.socket, { force: true });
    removeIfEmpty(stateRoot);
    log.info('shim exiting');
    process.exit(code);
  };
  let hotplug: HotplugRoom | undefined;
  try {
    hotplug = hotplugRoomFromEnv();
  } catch (err) {
    log.error({ err }, 'ignoring the hotplug settings: pods boot without room for live changes');
  }
  const pod = new Pod({
    base: { id: group, stateRoot, image: guestImage(defaultImageDir()), ...DEFAULT_VM, ...(hotplug ? { hotplug } : {}) },
    deps: { ...qemuSandboxDeps(log), onOom: (id) => events.publish(...taskEvents.oom({ container_id: id })) },
  });
  const tasks = new TaskService({
    namespace: flags.namespace,
    pod,
    podFiles: () => sandboxes.podFiles(),
    podSysctls: () => sandboxes.podSysctls(),
    events,
    log,
    onShutdown: () => setImmediate(() => void exit(0)),
  });
  const ok = () => ({});
  const impl: ServiceImplementation<typeof TaskV3> = {
    Create: (r) => tasks.create(r),
    Start: (r) => tasks.start(r),
    State: (r) => tasks.state(r),
    Delete: (r) => tasks.delete(r),
    Pids: (r) => tasks.pids(r),
    Pause: (r) => tasks.pause(r).then(ok),
    Resume: (r) => tasks.resume(r).then(ok),
    Kill: (r) => tasks.kill(r).then(ok),
    Exec: (r) => tasks.exec(r).then(ok),
    ResizePty: (r) => tasks.resizePty(r).then(ok),
    CloseIO: (r) => tasks.closeIO(r).then(ok),
    Update: (r) => tasks.update(r).then(ok),
    Wait: (r) => tasks.wait(r),
    Stats: (r) => tasks.stats(r),
    Connect: (r) => tasks.connect(r),
    Shutdown: () => tasks.shutdown().then(ok),
  };
  const sandboxes = new SandboxService({
    pod,
    log,
    onShutdown: async () => {
      await tasks.destroy();
      setImmediate(() => void exit(0));
    },
  });
  const sandboxImpl: ServiceImplementation<typeof SandboxV1> = {
    CreateSandbox: (r) => sandboxes.create(r),
    StartSandbox: (r) => sandboxes.start(r),
    Platform: (r) => sandboxes.platform(r),
    StopSandbox: (r) => sandboxes.stop(r),
    WaitSandbox: (r) => sandboxes.wait(r),
    SandboxStatus: (r) => sandboxes.status(r),
    PingSandbox: (r) => sandboxes.ping(r),
    ShutdownSandbox: (r) => sandboxes.shutdown(r),
    SandboxMetrics: (r) => sandboxes.metrics(r),
    UpdateSandbox: (r) => sandboxes.update(r),
  };
  server
    .register(TaskV2, impl as ServiceImplementation<typeof TaskV2>)
    .register(TaskV3, impl)
    .register(SandboxV1, sandboxImpl)
    .register(PodV1, podServiceImpl(new PodService({ pod, log })));
  await server.listen(flags.socket);
  log.info({ socket: flags.socket }, 'shim serving');
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      log.warn({ signal: sig }, 'shim stopping: its VM goes with it');
      void tasks.destroy().finally(() => exit(0));
    });
  }
}
