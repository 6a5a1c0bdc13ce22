/**
 * The shim daemon: one per pod, serving containerd's Task API (v2 and v3), the Sandbox API and
 * husk's pod service on its socket until Shutdown finds no task left, or SIGTERM. `serve`
 * (launched by `start`) begins with an empty pod; `restore` (launched by a shim handing its
 * pod over, or by `husk shim restore` after a shim died) takes the pod over from the store.
 * SIGUSR2 hands the pod over to a new shim (handover.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { Server, type ServiceImplementation } from '../ttrpc/index.js';
import { SandboxV1 } from '../api/sandbox.js';
import { TaskV2, TaskV3 } from '../api/task.js';
import { notFound, validateId } from '../errors.js';
import { processStartTime } from '../host/proc.js';
import { HUSK_VERSION } from '../version.js';
import { guestImage, qemuSandboxDeps } from './qemu-deps.js';
import { DEFAULT_VM, defaultImageDir, hotplugRoomFromEnv } from './defaults.js';
import type { HotplugRoom } from '../hypervisor/hypervisor.js';
import { EventPublisher, taskEvents } from './events.js';
import { Pod } from './pod.js';
import { FifoLog, ShimLog } from './fifo-log.js';
import type { ShimFlags } from './flags.js';
import { HANDOVER_LOG, handOver, openPodStore } from './handover.js';
import { groupId, removeIfEmpty, sandboxRoot } from './paths.js';
import { launchEnv, podStoreDir, type PodRecords, type ShimLaunch, type TaskRecord } from './pod-records.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { SandboxService, sandboxServiceImpl } from './sandbox-service.js';
import { PodService, podServiceImpl } from './pod-service.js';
import { PodV1 } from '../api/pod.js';
import { TaskService, taskServiceImpl } from './task-service.js';
import { CallsInProgress } from './calls.js';

/** The Sandbox API's and the pod service's calls that change the pod: its record is written after each. */
const SANDBOX_CHANGES = ['CreateSandbox', 'StartSandbox', 'StopSandbox', 'UpdateSandbox'] as const;
const POD_CHANGES = ['AddDevice', 'RemoveDevice', 'AddInterface', 'RemoveInterface', 'UpdateRoutes', 'Resize'] as const;

export async function serve(flags: ShimFlags, options: { restore?: boolean } = {}): Promise<void> {
  const bundle = flags.bundle || process.cwd();
  const group = groupId(bundle, flags.id);
  validateId('sandbox', group);
  // SIGUSR2 would end the process until the handover is ready to run: asked for before the
  // shim serves, it runs once it does.
  let handoverAsked = false;
  const askedEarly = () => (handoverAsked = true);
  process.on('SIGUSR2', askedEarly);
  const shimLog = new ShimLog(new FifoLog(path.join(bundle, 'log'), 2));
  const log = pino({ level: flags.debug ? 'debug' : 'info', base: { pid: process.pid, namespace: flags.namespace, sandbox: group } }, shimLog);
  const launch: ShimLaunch = { namespace: flags.namespace, address: flags.address, publishBinary: flags.publishBinary, id: flags.id, bundle, socket: flags.socket, debug: flags.debug, env: launchEnv() };
  // The store first: it is the pod's, and a second shim for the pod stops here, before it
  // touches anything of the pod's.
  const records = await openPodStore(podStoreDir(flags.address, flags.namespace, group)).catch((err: Error) => {
    log.error({ err }, 'cannot open the pod store: another shim may own the pod');
    throw err;
  });
  const stateRoot = sandboxRoot(flags.address, flags.namespace);
  const events = new EventPublisher(process.env.TTRPC_ADDRESS ?? `${flags.address}.ttrpc`, flags.namespace, log);
  const server = new Server({ onError: (err, info) => log.debug({ err, ...info }, 'call failed') });
  let exiting = false;
  /** The pod is gone (Shutdown, ShutdownSandbox, SIGTERM): so is its record. */
  const exit = async (code: number) => {
    if (exiting) return;
    exiting = true;
    await events.flush();
    await server.shutdown();
    fs.rmSync(flags.socket, { force: true });
    removeIfEmpty(stateRoot);
    await records.destroy().catch((err: unknown) => log.error({ err }, 'cannot remove the pod store'));
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
  const savePod = () => records.savePod(() => pod.record());
  const tasks = new TaskService({
    namespace: flags.namespace,
    pod,
    persist: { task: (r) => records.saveTask(r), forget: (id) => records.deleteTask(id), pod: savePod },
    events,
    log,
    onShutdown: () => setImmediate(() => void exit(0)),
  });
  const sandboxes = new SandboxService({
    pod,
    log,
    onShutdown: async () => {
      await tasks.destroy();
      setImmediate(() => void exit(0));
    },
  });

  // A successor logs its take-over to the store's file too (see ShimLog), until it serves.
  if (options.restore) shimLog.file = path.join(records.dir, HANDOVER_LOG);
  try {
    // The records say this shim serves the pod before any output is taken from the guest
    // (the stdio is reopened last): a failure up to there leaves the pod as it was.
    const resumed = options.restore ? await resumePod(records, pod, log) : undefined;
    await records.saveShim({ ...launch, version: HUSK_VERSION, pid: process.pid, startTime: processStartTime(process.pid) ?? '' });
    await savePod();
    if (resumed?.sandbox) tasks.takeOver(resumed.tasks, resumed.sandbox);
  } catch (err) {
    log.error({ err }, options.restore ? 'cannot take the pod over; it runs on untouched' : 'cannot record the pod');
    await records.close();
    throw err;
  }

  const taskImpl = taskServiceImpl(tasks);
  /** The Sandbox API's and the pod service's changes under way: a handover waits for them. */
  const changes = new CallsInProgress();
  server
    .register(TaskV2, taskImpl as ServiceImplementation<typeof TaskV2>)
    .register(TaskV3, taskImpl)
    .register(SandboxV1, savingAfter(sandboxServiceImpl(sandboxes), SANDBOX_CHANGES, savePod, changes, log))
    .register(PodV1, savingAfter(podServiceImpl(new PodService({ pod, log })), POD_CHANGES, savePod, changes, log));
  fs.rmSync(flags.socket, { force: true });
  await server.listen(flags.socket);
  log.info({ socket: flags.socket, store: records.dir, restored: options.restore ?? false }, 'shim serving');
  shimLog.file = undefined;
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      log.warn({ signal: sig }, 'shim stopping: its VM goes with it');
      void tasks.destroy().finally(() => exit(0));
    });
  }
  const handOverNow = () => {
    if (exiting) return;
    exiting = true;
    shimLog.file = path.join(records.dir, HANDOVER_LOG);
    handOver({ server, socket: flags.socket, pod, tasks, changes, records, savePod, flushEvents: () => events.flush(), launch, log }).then(
      () => process.exit(0),
      (err: unknown) => {
        // The successor waits for the store while this process lives: it takes the pod over
        // from the last records once this one is gone (what stdio held then is lost).
        log.error({ err }, 'the handover failed; the new shim takes the pod over from the last records');
        process.exit(1);
      },
    );
  };
  process.off('SIGUSR2', askedEarly);
  process.on('SIGUSR2', handOverNow);
  if (handoverAsked) handOverNow();
}

/** The pod as the shim before this one left it, and the records of its tasks (taken over last). */
async function resumePod(records: PodRecords, pod: Pod, log: Logger): Promise<{ sandbox?: Sandbox; tasks: TaskRecord[] }> {
  const t0 = performance.now();
  const r = await records.loadPod();
  if (!r) throw notFound(`the pod store ${records.dir} has no record of the pod`);
  const before = await records.loadShim();
  const tasks = await records.loadTasks();
  await pod.resume(r);
  const sandbox = await pod.current();
  log.info({ from: { pid: before?.pid, version: before?.version }, tasks: tasks.length, ms: Math.round(performance.now() - t0) }, 'pod taken over');
  return { ...(sandbox ? { sandbox } : {}), tasks };
}

/** The table with `save` run after each of `methods` succeeds, before it answers; each call counted in `calls`. */
function savingAfter<S extends Record<string, ((req: never, ctx: never) => unknown) | undefined>>(impl: S, methods: readonly string[], save: () => Promise<void>, calls: CallsInProgress, log: Logger): S {
  const out = { ...impl } as Record<string, unknown>;
  for (const m of methods) {
    const f = impl[m] as ((req: unknown, ctx: unknown) => Promise<unknown>) | undefined;
    if (!f) continue;
    out[m] = (req: unknown, ctx: unknown) =>
      calls.track(
        (async () => {
          const res = await f(req, ctx);
          await save().catch((err: unknown) => {
            log.error({ err, method: m }, 'cannot record the change');
            throw err;
          });
          return res;
        })(),
      );
  }
  return out as S;
}
