/**
 * A framed, bidirectional channel over any Duplex. Writes issued in the same tick are
 * corked together so many small responses leave in one writev.
 */
import type { Duplex } from 'node:stream';
import { encodeFrame, encodeHeader, FrameDecoder, MAX_DATA_LENGTH, type Frame, type OversizedFrame } from './frame.js';
import { Code, TtrpcError } from './status.js';

/** Bodies at least this big are written as they are rather than copied behind the header. */
const COPY_LIMIT = 16 * 1024;

export interface ChannelHandler {
  frame(frame: Frame): void;
  oversized(frame: OversizedFrame): void;
  closed(err?: Error): void;
}

export class Channel {
  private readonly decoder: FrameDecoder;
  private corked = false;
  private closedFlag = false;
  private readonly drainWaiters: Array<() => void> = [];
  private pauses = 0;

  constructor(private readonly stream: Duplex, private readonly handler: ChannelHandler) {
    this.decoder = new FrameDecoder({
      frame: (f) => this.handler.frame(f),
      oversized: (f) => this.handler.oversized(f),
    });
    stream.on('data', (chunk: Buffer) => {
      try {
        this.decoder.push(chunk);
      } catch (err) {
        this.destroy(err as Error);
      }
    });
    stream.on('drain', () => this.releaseDrainWaiters());
    stream.once('end', () => this.destroy());
    stream.once('error', (err) => this.destroy(err));
    stream.once('close', () => this.onClose());
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Queues one frame; throws ResourceExhausted (nothing is written) when data is too big. */
  send(streamId: number, type: number, flags: number, data: Uint8Array): void {
    if (data.length > MAX_DATA_LENGTH) {
      throw new TtrpcError(
        Code.ResourceExhausted,
        `message length ${data.length} exceed maximum message size of ${MAX_DATA_LENGTH}`,
      );
    }
    if (this.closedFlag) throw new TtrpcError(Code.Unavailable, 'ttrpc: closed');
    if (!this.corked) {
      this.corked = true;
      this.stream.cork();
      process.nextTick(() => {
        this.corked = false;
        this.stream.uncork();
      });
    }
    if (data.length < COPY_LIMIT) {
      this.stream.write(encodeFrame(streamId, type, flags, data));
    } else {
      // Corked, the two writes still leave in one writev; copying the body would cost more.
      this.stream.write(encodeHeader(streamId, type, flags, data.length));
      this.stream.write(data);
    }
  }

  /** Resolves once the transport has room again; streams await it between messages. */
  writable(): Promise<void> {
    if (this.closedFlag || !this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Flow control for inbound messages: reading stops while any pause is held. */
  pause(): void {
    if (this.pauses++ === 0) this.stream.pause();
  }

  resume(): void {
    if (this.pauses > 0 && --this.pauses === 0 && !this.closedFlag) this.stream.resume();
  }

  /** Flushes queued frames, then closes the transport. */
  end(): void {
    if (!this.closedFlag) this.stream.end();
  }

  destroy(err?: Error): void {
    if (this.closedFlag) return;
    this.stream.destroy();
    this.onClose(err);
  }

  private onClose(err?: Error): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.releaseDrainWaiters();
    this.handler.closed(err);
  }

  private releaseDrainWaiters(): void {
    for (const w of this.drainWaiters.splice(0)) w();
  }
}
