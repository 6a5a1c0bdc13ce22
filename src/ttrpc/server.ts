/**
 * ttrpc server: services registered by full proto name, calls dispatched concurrently and
 * answered as they finish (out of order), deadlines from timeout_nano, ttrpc 1.2 streams.
 * Protocol errors are answered on the offending stream id; the connection lives on.
 */
import net from 'node:net';
import fs from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { Channel } from './channel.js';
import { Flags, FrameType, MAX_DATA_LENGTH, type Frame, type OversizedFrame } from './frame.js';
import { decodeRequest, encodeResponse, type Request } from './messages.js';
import { Metadata } from './metadata.js';
import { MessageQueue } from './stream.js';
import { Code, TtrpcError, toTtrpcError } from './status.js';
import type {
  CallContext,
  Codec,
  MethodKind,
  ServiceDefinition,
  ServiceImplementation,
  StreamWriter,
} from './service.js';

export interface ServerOptions {
  /** Streams one connection may have open at once; further requests get ResourceExhausted. */
  maxConcurrentStreams?: number;
  /** Handler failures and protocol errors, for the embedding program's log. */
  onError?(err: Error, info: { service?: string; method?: string; streamId?: number }): void;
}

interface RegisteredMethod {
  kind: MethodKind;
  request: Codec<unknown, unknown>;
  response: Codec<unknown, unknown>;
  handler: (...args: any[]) => unknown;
}

interface ActiveStream {
  id: number;
  method: RegisteredMethod;
  ctx: CallContext;
  abort: AbortController;
  timer?: NodeJS.Timeout;
  inbound?: MessageQueue<unknown>;
  finished: boolean;
}

/** setTimeout's limit; longer deadlines are as good as none. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Server {
  private readonly services = new Map<string, Map<string, RegisteredMethod>>();
  private readonly listeners = new Set<net.Server>();
  private readonly connections = new Set<ServerConnection>();
  private draining = false;
  readonly options: Required<Pick<ServerOptions, 'maxConcurrentStreams'>> & ServerOptions;

  constructor(options: ServerOptions = {}) {
    this.options = { maxConcurrentStreams: 4096, ...options };
  }

  register<S extends ServiceDefinition>(service: S, impl: ServiceImplementation<S>): this {
    const methods = new Map<string, RegisteredMethod>();
    for (const [name, def] of Object.entries(service.methods)) {
      const handler = impl[name as keyof typeof impl] as RegisteredMethod['handler'] | undefined;
      if (handler) methods.set(name, { ...def, handler: handler.bind(impl) });
    }
    this.services.set(service.name, methods);
    return this;
  }

  lookup(service: string, method: string): RegisteredMethod {
    const methods = this.services.get(service);
    if (!methods) throw new TtrpcError(Code.Unimplemented, `service ${service}`);
    const m = methods.get(method);
    if (!m) throw new TtrpcError(Code.Unimplemented, `method ${method}`);
    return m;
  }

  /** Listens on a unix socket readable only by its owner. */
  async listen(path: string): Promise<void> {
    const listener = net.createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(path, () => {
        listener.off('error', reject);
        resolve();
      });
    });
    listener.on('error', (err) => this.options.onError?.(err, {}));
    this.listeners.add(listener);
    await fs.chmod(path, 0o600);
  }

  /** Serves one connection over any byte stream. */
  serve(stream: Duplex): void {
    const conn = new ServerConnection(this, stream, () => this.connections.delete(conn));
    this.connections.add(conn);
    if (this.draining) conn.drain();
  }

  /** Open connections, for diagnostics and leak checks. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Stops accepting, lets in-flight calls finish, then closes every connection. */
  async shutdown(): Promise<void> {
    this.draining = true;
    const closing = [...this.listeners].map((l) => new Promise<void>((r) => l.close(() => r())));
    this.listeners.clear();
    const conns = [...this.connections];
    for (const c of conns) c.drain();
    await Promise.all([...closing, ...conns.map((c) => c.done)]);
  }

  /** Closes everything now; running handlers see their signal aborted. */
  close(): void {
    this.draining = true;
    for (const l of this.listeners) l.close();
    this.listeners.clear();
    for (const c of this.connections) c.destroy();
  }
}

class ServerConnection {
  private readonly channel: Channel;
  private readonly streams = new Map<number, ActiveStream>();
  private lastStreamId = 0;
  private draining = false;
  private resolveDone!: () => void;
  /** Settles when the connection is gone. */
  readonly done = new Promise<void>((r) => (this.resolveDone = r));

  constructor(private readonly server: Server, stream: Duplex, private readonly onGone: () => void) {
    this.channel = new Channel(stream, {
      frame: (f) => this.onFrame(f),
      oversized: (f) => this.onOversized(f),
      closed: (err) => this.onClosed(err),
    });
  }

  drain(): void {
    this.draining = true;
    if (this.streams.size === 0) this.channel.end();
  }

  destroy(): void {
    this.channel.destroy();
  }

  private onFrame(f: Frame): void {
    if (f.type === FrameType.Request) this.onRequest(f);
    else if (f.type === FrameType.Data) this.onData(f);
    // Other types are not for a server; Go's server ignores them too.
  }

  private onOversized(f: OversizedFrame): void {
    this.sendStatus(
      f.streamId,
      new TtrpcError(Code.ResourceExhausted, `message length ${f.length} exceed maximum message size of ${MAX_DATA_LENGTH}`),
    );
  }

  private onClosed(err?: Error): void {
    const gone = new TtrpcError(Code.Cancelled, 'ttrpc: closed', [], { cause: err });
    for (const s of this.streams.values()) {
      s.finished = true;
      clearTimeout(s.timer);
      s.inbound?.end(gone);
      s.abort.abort(gone);
    }
    this.streams.clear();
    this.onGone();
    this.resolveDone();
  }

  private onRequest(f: Frame): void {
    const id = f.streamId;
    if (id % 2 !== 1) {
      this.sendStatus(id, new TtrpcError(Code.InvalidArgument, 'StreamID must be odd for client initiated streams'));
      return;
    }
    if (id <= this.lastStreamId) {
      this.sendStatus(id, new TtrpcError(Code.InvalidArgument, 'StreamID cannot be re-used and must increment'));
      return;
    }
    this.lastStreamId = id;

    let req: Request;
    let method: RegisteredMethod;
    try {
      req = decodeRequest(f.data);
      method = this.server.lookup(req.service, req.method);
    } catch (err) {
      const e = err instanceof TtrpcError ? err : new TtrpcError(Code.InvalidArgument, `unmarshal request error: ${(err as Error).message}`);
      this.sendStatus(id, e);
      return;
    }
    if (this.streams.size >= this.server.options.maxConcurrentStreams) {
      this.sendStatus(id, new TtrpcError(Code.ResourceExhausted, 'too many concurrent streams'));
      return;
    }

    const abort = new AbortController();
    const deadline = req.timeoutNano > 0 ? Date.now() + req.timeoutNano / 1e6 : undefined;
    const ctx: CallContext = {
      service: req.service,
      method: req.method,
      metadata: Metadata.from(req.metadata),
      signal: abort.signal,
      deadline,
    };
    const stream: ActiveStream = { id, method, ctx, abort, finished: false };
    this.streams.set(id, stream);
    if (deadline !== undefined && deadline - Date.now() < MAX_TIMER_MS) {
      stream.timer = setTimeout(() => {
        const err = new TtrpcError(Code.DeadlineExceeded, 'context deadline exceeded');
        abort.abort(err);
        this.finish(stream, err);
      }, Math.max(0, deadline - Date.now()));
    }

    const clientStreams = method.kind === 'clientStream' || method.kind === 'bidiStream';
    let first: unknown;
    try {
      if (clientStreams) {
        stream.inbound = new MessageQueue(this.channel);
        if (req.payload.length) stream.inbound.push(method.request.decode(req.payload));
        if (!(f.flags & Flags.RemoteOpen)) stream.inbound.end();
      } else {
        first = method.request.decode(req.payload);
      }
    } catch (err) {
      this.finish(stream, new TtrpcError(Code.InvalidArgument, `unmarshal payload error: ${(err as Error).message}`));
      return;
    }
    void this.run(stream, first);
  }

  private async run(stream: ActiveStream, first: unknown): Promise<void> {
    const { method, ctx } = stream;
    const writer: StreamWriter<unknown> = {
      send: async (message) => {
        if (stream.finished) throw new TtrpcError(Code.Cancelled, 'stream is closed');
        this.channel.send(stream.id, FrameType.Data, 0, method.response.encode(message));
        await this.channel.writable();
      },
    };
    try {
      let result: unknown;
      switch (method.kind) {
        case 'unary':
          result = await method.handler(first, ctx);
          break;
        case 'serverStream':
          await method.handler(first, writer, ctx);
          break;
        case 'clientStream':
          result = await method.handler(stream.inbound, ctx);
          break;
        case 'bidiStream':
          await method.handler(stream.inbound, writer, ctx);
          break;
      }
      const payload = result === undefined ? undefined : method.response.encode(result);
      this.finish(stream, undefined, payload);
    } catch (err) {
      const e = toTtrpcError(err);
      if (!stream.finished) this.server.options.onError?.(e, { service: ctx.service, method: ctx.method, streamId: stream.id });
      this.finish(stream, e);
    }
  }

  private onData(f: Frame): void {
    const stream = this.streams.get(f.streamId);
    if (!stream?.inbound) {
      // A bare close can race with our own end of the stream; anything else is a mistake.
      if (f.flags !== (Flags.RemoteClosed | Flags.NoData)) {
        this.sendStatus(f.streamId, new TtrpcError(Code.InvalidArgument, 'StreamID is no longer active'));
      }
      return;
    }
    if (!(f.flags & Flags.NoData)) {
      try {
        stream.inbound.push(stream.method.request.decode(f.data));
      } catch (err) {
        this.finish(stream, new TtrpcError(Code.InvalidArgument, `unmarshal payload error: ${(err as Error).message}`));
        return;
      }
    }
    if (f.flags & Flags.RemoteClosed) stream.inbound.end();
  }

  /** Ends a stream once: OK server streams close with a data frame, everything else with a Response. */
  private finish(stream: ActiveStream, err?: TtrpcError, payload?: Uint8Array): void {
    if (stream.finished) return;
    stream.finished = true;
    clearTimeout(stream.timer);
    this.streams.delete(stream.id);
    stream.inbound?.end(err);
    if (err && !stream.abort.signal.aborted) stream.abort.abort(err);

    const serverStreams = stream.method.kind === 'serverStream' || stream.method.kind === 'bidiStream';
    if (!err && serverStreams) {
      this.trySend(stream.id, FrameType.Data, Flags.RemoteClosed | Flags.NoData, new Uint8Array(0));
    } else if (err) {
      this.sendStatus(stream.id, err);
    } else {
      const body = encodeResponse({ payload: payload ?? new Uint8Array(0) });
      // An answer too big for a frame becomes a ResourceExhausted status on its stream. Go's
      // server closes the whole connection here instead; failing one call loses less.
      if (!this.trySend(stream.id, FrameType.Response, 0, body, true)) {
        this.sendStatus(
          stream.id,
          new TtrpcError(Code.ResourceExhausted, `message length ${body.length} exceed maximum message size of ${MAX_DATA_LENGTH}`),
        );
      }
    }
    if (this.draining && this.streams.size === 0) this.channel.end();
  }

  private sendStatus(id: number, err: TtrpcError): void {
    const body = encodeResponse({
      status: { code: err.code, message: err.message, details: err.details },
      payload: new Uint8Array(0),
    });
    this.trySend(id, FrameType.Response, 0, body);
  }

  /** Sends unless the connection is gone; returns false only for an oversized frame. */
  private trySend(id: number, type: FrameType, flags: number, data: Uint8Array, reportOversize = false): boolean {
    if (this.channel.closed) return true;
    if (reportOversize && data.length > MAX_DATA_LENGTH) return false;
    try {
      this.channel.send(id, type, flags, data);
    } catch (err) {
      this.server.options.onError?.(err as Error, { streamId: id });
    }
    return true;
  }
}
