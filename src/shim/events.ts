/**
 * Events to containerd: Envelope{timestamp, namespace, topic, event Any} through
 * containerd.services.events.ttrpc.v1.Events/Forward on TTRPC_ADDRESS. One queue keeps
 * them in the order they were published (create < start < exit < delete); a failed
 * publish is retried with back-off before the next is sent, so nothing overtakes it.
 */
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { Client, defineService, serviceClient, unary } from '../ttrpc/index.js';
import { containerd, google } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';

const Events = defineService('containerd.services.events.ttrpc.v1.Events', {
  Forward: unary(containerd.services.events.ttrpc.v1.ForwardRequest, google.protobuf.Empty),
});

export interface EventSink {
  publish(topic: string, typeName: string, encoded: Uint8Array): void;
}

const RETRIES = 5;

export class EventPublisher implements EventSink {
  private readonly queue = new PQueue({ concurrency: 1 });
  private client: Promise<Client> | undefined;

  constructor(
    private readonly address: string,
    private readonly namespace: string,
    private readonly log: Logger,
  ) {}

  publish(topic: string, typeName: string, encoded: Uint8Array): void {
    const envelope = { timestamp: toTimestamp(new Date()), namespace: this.namespace, topic, event: { type_url: typeName, value: encoded } };
    void this.queue.add(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const c = await this.connect();
          await serviceClient(Events, c).Forward({ envelope }, { timeoutMs: 5000 });
          this.log.debug({ topic }, 'event published');
          return;
        } catch (err) {
          this.client = undefined;
          if (attempt >= RETRIES) {
            this.log.error({ err, topic }, 'event lost: containerd did not take it');
            return;
          }
          await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
        }
      }
    });
  }

  /** Resolves once every event published so far has been delivered or given up. */
  flush(): Promise<void> {
    return this.queue.onIdle();
  }

  close(): void {
    void this.client?.then((c) => c.close(), () => undefined);
  }

  private connect(): Promise<Client> {
    if (!this.client) {
      const path = this.address.replace(/^unix:\/\//, '');
      this.client = Client.connect(path.startsWith('@') ? `\0${path.slice(1)}` : path);
      this.client.then((c) => void c.done.then(() => (this.client = undefined)), () => undefined);
    }
    return this.client;
  }
}

/** The typed event constructors the task service uses. */
const ev = containerd.events;
export const taskEvents = {
  create: (e: containerd.events.ITaskCreate) => ['/tasks/create', 'containerd.events.TaskCreate', ev.TaskCreate.encode(e).finish()] as const,
  start: (e: containerd.events.ITaskStart) => ['/tasks/start', 'containerd.events.TaskStart', ev.TaskStart.encode(e).finish()] as const,
  exit: (e: containerd.events.ITaskExit) => ['/tasks/exit', 'containerd.events.TaskExit', ev.TaskExit.encode(e).finish()] as const,
  delete: (e: containerd.events.ITaskDelete) => ['/tasks/delete', 'containerd.events.TaskDelete', ev.TaskDelete.encode(e).finish()] as const,
  execAdded: (e: containerd.events.ITaskExecAdded) => ['/tasks/exec-added', 'containerd.events.TaskExecAdded', ev.TaskExecAdded.encode(e).finish()] as const,
  execStarted: (e: containerd.events.ITaskExecStarted) => ['/tasks/exec-started', 'containerd.events.TaskExecStarted', ev.TaskExecStarted.encode(e).finish()] as const,
  paused: (e: containerd.events.ITaskPaused) => ['/tasks/paused', 'containerd.events.TaskPaused', ev.TaskPaused.encode(e).finish()] as const,
  resumed: (e: containerd.events.ITaskResumed) => ['/tasks/resumed', 'containerd.events.TaskResumed', ev.TaskResumed.encode(e).finish()] as const,
  oom: (e: containerd.events.ITaskOOM) => ['/tasks/oom', 'containerd.events.TaskOOM', ev.TaskOOM.encode(e).finish()] as const,
};
