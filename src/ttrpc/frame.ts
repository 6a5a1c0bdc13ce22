/**
 * ttrpc framing: a 10-byte header (data length u32 BE, stream id u32 BE, type u8, flags u8)
 * followed by the data. The decoder is a small state machine fed with arbitrary chunks, so
 * it works over sockets and over any byte stream (a virtio-serial port, an in-memory pipe).
 */
export const HEADER_LENGTH = 10;
/** Largest data length a peer accepts (inclusive), as in Go's ttrpc. */
export const MAX_DATA_LENGTH = 4 << 20;

export enum FrameType {
  Request = 1,
  Response = 2,
  Data = 3,
}

export const Flags = {
  /** Data frame: the sender will send nothing more on this stream. */
  RemoteClosed: 0x01,
  /** Request frame: the sender will send data frames after the request. */
  RemoteOpen: 0x02,
  /** Data frame: carries no message (only meaningful with RemoteClosed). */
  NoData: 0x04,
} as const;

export interface Frame {
  streamId: number;
  type: number;
  flags: number;
  data: Buffer;
}

/** A header whose length exceeded MAX_DATA_LENGTH; its data was skipped, not buffered. */
export interface OversizedFrame {
  streamId: number;
  type: number;
  flags: number;
  length: number;
}

export function encodeFrame(streamId: number, type: number, flags: number, data: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_LENGTH + data.length);
  writeHeader(buf, streamId, type, flags, data.length);
  buf.set(data, HEADER_LENGTH);
  return buf;
}

/** The header alone, for senders that hand a large body to the transport without copying. */
export function encodeHeader(streamId: number, type: number, flags: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_LENGTH);
  writeHeader(buf, streamId, type, flags, length);
  return buf;
}

function writeHeader(buf: Buffer, streamId: number, type: number, flags: number, length: number): void {
  buf.writeUInt32BE(length, 0);
  buf.writeUInt32BE(streamId, 4);
  buf[8] = type;
  buf[9] = flags;
}

export interface FrameSink {
  frame(frame: Frame): void;
  oversized(frame: OversizedFrame): void;
}

export class FrameDecoder {
  private readonly header = Buffer.alloc(HEADER_LENGTH);
  private headerFilled = 0;
  private current: OversizedFrame | undefined;
  /** Body being assembled across chunks; undefined while discarding an oversized body. */
  private body: Buffer | undefined;
  private bodyFilled = 0;

  constructor(private readonly sink: FrameSink, private readonly maxDataLength = MAX_DATA_LENGTH) {}

  push(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length) {
      if (!this.current) {
        // Fast path: a whole frame inside this chunk is handed on without copying.
        if (this.headerFilled === 0 && chunk.length - off >= HEADER_LENGTH) {
          const length = chunk.readUInt32BE(off);
          if (length <= this.maxDataLength && chunk.length - off - HEADER_LENGTH >= length) {
            const start = off + HEADER_LENGTH;
            this.sink.frame({
              streamId: chunk.readUInt32BE(off + 4),
              type: chunk[off + 8]!,
              flags: chunk[off + 9]!,
              data: chunk.subarray(start, start + length),
            });
            off = start + length;
            continue;
          }
        }
        const n = Math.min(HEADER_LENGTH - this.headerFilled, chunk.length - off);
        chunk.copy(this.header, this.headerFilled, off, off + n);
        this.headerFilled += n;
        off += n;
        if (this.headerFilled < HEADER_LENGTH) return;
        this.headerFilled = 0;
        this.begin();
        continue;
      }
      const cur = this.current;
      const n = Math.min(cur.length - this.bodyFilled, chunk.length - off);
      if (this.body) chunk.copy(this.body, this.bodyFilled, off, off + n);
      this.bodyFilled += n;
      off += n;
      if (this.bodyFilled === cur.length) this.finish();
    }
  }

  private begin(): void {
    const length = this.header.readUInt32BE(0);
    this.current = {
      length,
      streamId: this.header.readUInt32BE(4),
      type: this.header[8]!,
      flags: this.header[9]!,
    };
    this.bodyFilled = 0;
    this.body = length <= this.maxDataLength ? Buffer.allocUnsafe(length) : undefined;
    if (length === 0) this.finish();
  }

  private finish(): void {
    const cur = this.current!;
    const body = this.body;
    this.current = undefined;
    this.body = undefined;
    if (body) this.sink.frame({ streamId: cur.streamId, type: cur.type, flags: cur.flags, data: body });
    else this.sink.oversized(cur);
  }
}
