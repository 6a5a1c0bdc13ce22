/**
 * ttrpc client: many concurrent calls and streams on one connection, odd increasing stream
 * ids, per-call deadlines (sent as timeout_nano and enforced locally) and AbortSignals.
 * When the connection goes, every pending call fails with Unavailable.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { Channel } from './channel.js';
import { Flags, FrameType, MAX_DATA_LENGTH, type Frame, type OversizedFrame } from './frame.js';
import { decodeResponse, encodeRequest } from './messages.js';
import { Metadata } from './metadata.js';
import { MessageQueue } from './stream.js';
import { Code, TtrpcError } from './status.js';

export interface CallOptions {
  /** Relative deadline in milliseconds. */
  timeoutMs?: number;
  /** Absolute deadline in ms since the epoch; the earlier of the two wins. */
  deadline?: number;
  signal?: AbortSignal;
  metadata?: Metadata | Record<string, string | string[]>;
}

export interface ClientOptions {
  /** Sent with every call; per-call metadata overrides it key by key. */
  metadata?: Metadata | Record<string, string | string[]>;
}

export interface StreamShape {
  /** The client sends messages after the request (request flag remote-open). */
  clientStreaming: boolean;
  /** The server answers with data frames rather than one response. */
  serverStreaming: boolean;
}

interface Pending {
  fail(err: TtrpcError): void;
  frame(f: Frame): void;
}

const MAX_STREAM_ID = 0xffffffff;
const NO_DATA = new Uint8Array(0);

export class Client {
  private readonly channel: Channel;
  private readonly pending = new Map<number, Pending>();
  private nextStreamId = 1;
  private readonly defaults: Metadata;
  private closeError: TtrpcError | undefined;
  private resolveDone!: () => void;
  /** When the peer last sent a frame (ms since the epoch), whatever it was: its sign of life. */
  lastFrameAt: number | undefined;
  /** Settles when the connection is gone. */
  readonly done = new Promise<void>((r) => (this.resolveDone = r));

  constructor(stream: Duplex, options: ClientOptions = {}) {
    this.defaults = Metadata.from(options.metadata);
    this.channel = new Channel(stream, {
      frame: (f) => {
        this.lastFrameAt = Date.now();
        this.pending.get(f.streamId)?.frame(f);
      },
      oversized: (f) => {
        this.lastFrameAt = Date.now();
        this.onOversized(f);
      },
      closed: (err) => this.onClosed(err),
    });
  }

  /** Connects to a unix socket. */
  static connect(path: string, options?: ClientOptions): Promise<Client> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(path);
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new Client(socket, options));
      });
    });
  }

  get closed(): boolean {
    return this.closeError !== undefined;
  }

  close(): void {
    this.channel.destroy();
  }

  /** A unary call with an encoded payload; resolves with the encoded answer. */
  call(service: string, method: string, payload: Uint8Array, options: CallOptions = {}): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      const call = this.begin(service, method, payload, 0, options, {
        fail: reject,
        frame: (f) => {
          if (f.type !== FrameType.Response) return;
          call.end();
          const res = decodeResponse(f.data);
          if (res.status && res.status.code !== Code.OK) {
            reject(new TtrpcError(res.status.code, res.status.message, res.status.details));
          } else {
            resolve(res.payload);
          }
        },
      });
    });
  }

  /** Opens a ttrpc 1.2 stream. Without client streaming, `payload` is the one request. */
  stream(service: string, method: string, shape: StreamShape, payload: Uint8Array | undefined, options: CallOptions = {}): RawClientStream {
    const flags = shape.clientStreaming ? Flags.RemoteOpen : Flags.RemoteClosed;
    const stream = new RawClientStream(this.channel, shape);
    const call = this.begin(service, method, payload ?? NO_DATA, flags, options, {
      fail: (err) => stream.fail(err),
      frame: (f) => {
        if (stream.receive(f)) call.end();
      },
    });
    stream.attach(call.id, () => call.end());
    return stream;
  }

  private onOversized(f: OversizedFrame): void {
    const p = this.pending.get(f.streamId);
    if (!p) return;
    this.pending.delete(f.streamId);
    p.fail(new TtrpcError(Code.ResourceExhausted, `message length ${f.length} exceed maximum message size of ${MAX_DATA_LENGTH}`));
  }

  private onClosed(err?: Error): void {
    this.closeError = new TtrpcError(Code.Unavailable, 'ttrpc: closed', [], { cause: err });
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const p of calls) p.fail(this.closeError);
    this.resolveDone();
  }

  /** Sends the request frame and arms deadline and abort handling; `end` disarms them. */
  private begin(service: string, method: string, payload: Uint8Array, flags: number, options: CallOptions, handler: Pending) {
    let timer: NodeJS.Timeout | undefined;
    const signal = options.signal;
    const id = this.nextStreamId;
    const end = () => {
      this.pending.delete(id);
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (err: TtrpcError) => {
      end();
      handler.fail(err);
    };
    const onAbort = () => fail(new TtrpcError(Code.Cancelled, 'context canceled', [], { cause: signal?.reason }));
    const call = { id, end };

    if (this.closeError) {
      handler.fail(this.closeError);
      return call;
    }
    if (signal?.aborted) {
      onAbort();
      return call;
    }
    if (id > MAX_STREAM_ID) {
      handler.fail(new TtrpcError(Code.ResourceExhausted, 'ttrpc: stream ids exhausted on this connection'));
      return call;
    }
    const deadline = earliest(options.deadline, options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs);
    const remaining = deadline === undefined ? 0 : deadline - Date.now();
    if (deadline !== undefined && remaining <= 0) {
      handler.fail(new TtrpcError(Code.DeadlineExceeded, 'context deadline exceeded'));
      return call;
    }
    const metadata = options.metadata ? this.defaults.merge(Metadata.from(options.metadata)) : this.defaults;
    const request = encodeRequest({
      service,
      method,
      payload,
      timeoutNano: deadline === undefined ? 0 : Math.ceil(remaining) * 1e6,
      metadata: metadata.toKeyValues(),
    });
    try {
      this.channel.send(id, FrameType.Request, flags, request);
    } catch (err) {
      handler.fail(err as TtrpcError);
      return call;
    }
    this.nextStreamId += 2;
    this.pending.set(id, { frame: handler.frame, fail });
    if (deadline !== undefined && remaining < 2 ** 31) {
      timer = setTimeout(() => fail(new TtrpcError(Code.DeadlineExceeded, 'context deadline exceeded')), remaining);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    return call;
  }
}

function earliest(a?: number, b?: number): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * The client's side of a stream: send/closeSend for what it streams, an async iterator of
 * encoded messages for what the server streams, and `response` for the final answer of a
 * client-streaming call.
 */
export class RawClientStream implements AsyncIterable<Uint8Array> {
  private id = 0;
  private detach: () => void = () => {};
  private sendClosed: boolean;
  private readonly inbound: MessageQueue<Uint8Array>;
  private settle!: { resolve(p: Uint8Array | undefined): void; reject(e: Error): void };
  /** The final payload (client streaming) or undefined (server streaming); rejects with the call's error. */
  readonly response: Promise<Uint8Array | undefined>;
  private settled = false;

  constructor(private readonly channel: Channel, shape: StreamShape) {
    this.sendClosed = !shape.clientStreaming;
    this.inbound = new MessageQueue(channel);
    this.response = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Callers that only iterate never look at `response`; its rejection must not go unhandled.
    this.response.catch(() => {});
  }

  attach(id: number, detach: () => void): void {
    this.id = id;
    this.detach = detach;
  }

  async send(payload: Uint8Array): Promise<void> {
    if (this.settled) throw new TtrpcError(Code.Cancelled, 'stream is closed');
    if (this.sendClosed) throw new TtrpcError(Code.FailedPrecondition, 'send side of the stream is closed');
    this.channel.send(this.id, FrameType.Data, 0, payload);
    await this.channel.writable();
  }

  closeSend(): void {
    if (this.sendClosed || this.settled) return;
    this.sendClosed = true;
    this.channel.send(this.id, FrameType.Data, Flags.RemoteClosed | Flags.NoData, NO_DATA);
  }

  /** Stops waiting for the server; nothing is sent (ttrpc has no cancel frame). */
  cancel(): void {
    this.detach();
    this.fail(new TtrpcError(Code.Cancelled, 'context canceled'));
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.inbound[Symbol.asyncIterator]();
  }

  /** Returns true when the stream is over. */
  receive(f: Frame): boolean {
    if (f.type === FrameType.Data) {
      if (!(f.flags & Flags.NoData)) this.inbound.push(f.data);
      if (!(f.flags & Flags.RemoteClosed)) return false;
      this.finish(undefined);
      return true;
    }
    if (f.type !== FrameType.Response) return false;
    const res = decodeResponse(f.data);
    if (res.status && res.status.code !== Code.OK) {
      this.fail(new TtrpcError(res.status.code, res.status.message, res.status.details));
    } else {
      this.finish(res.payload.length ? res.payload : undefined);
    }
    return true;
  }

  fail(err: TtrpcError): void {
    if (this.settled) return;
    this.settled = true;
    this.inbound.end(err);
    this.settle.reject(err);
  }

  private finish(payload: Uint8Array | undefined): void {
    if (this.settled) return;
    this.settled = true;
    this.inbound.end();
    this.settle.resolve(payload);
  }
}
