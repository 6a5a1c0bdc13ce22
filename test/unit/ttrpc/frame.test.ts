import { encodeFrame, encodeHeader, FrameDecoder, MAX_DATA_LENGTH, type Frame, type OversizedFrame } from '../../../src/ttrpc/frame.js';

function collect(max?: number) {
  const frames: Frame[] = [];
  const oversized: OversizedFrame[] = [];
  const dec = new FrameDecoder({ frame: (f) => frames.push({ ...f, data: Buffer.from(f.data) }), oversized: (f) => oversized.push(f) }, max);
  return { dec, frames, oversized };
}

describe('frame codec', () => {
  it('writes the 10-byte big-endian header', () => {
    const buf = encodeFrame(0x01020304, 2, 5, Buffer.from('ab'));
    expect([...buf]).toEqual([0, 0, 0, 2, 1, 2, 3, 4, 2, 5, 0x61, 0x62]);
  });

  it('writes the same header alone as in front of a whole frame', () => {
    const body = Buffer.alloc(70_000, 7);
    expect(Buffer.concat([encodeHeader(9, 3, 5, body.length), body])).toEqual(encodeFrame(9, 3, 5, body));
  });

  it('decodes frames split at every byte boundary', () => {
    const wire = Buffer.concat([
      encodeFrame(1, 1, 0, Buffer.from('hello')),
      encodeFrame(3, 3, 1, Buffer.alloc(0)),
      encodeFrame(5, 2, 4, Buffer.from('world!')),
    ]);
    for (let cut = 1; cut < wire.length; cut++) {
      const { dec, frames } = collect();
      dec.push(wire.subarray(0, cut));
      dec.push(wire.subarray(cut));
      expect(frames.map((f) => [f.streamId, f.type, f.flags, f.data.toString()])).toEqual([
        [1, 1, 0, 'hello'],
        [3, 3, 1, ''],
        [5, 2, 4, 'world!'],
      ]);
    }
    const { dec, frames } = collect();
    for (const b of wire) dec.push(Buffer.from([b]));
    expect(frames).toHaveLength(3);
  });

  it('accepts exactly the maximum and skips a larger body without buffering it', () => {
    const { dec, frames, oversized } = collect(16);
    dec.push(encodeFrame(1, 1, 0, Buffer.alloc(16, 1)));
    const big = encodeFrame(3, 1, 0, Buffer.alloc(17, 2));
    dec.push(big.subarray(0, 12));
    dec.push(Buffer.concat([big.subarray(12), encodeFrame(5, 1, 0, Buffer.from('ok'))]));
    expect(frames.map((f) => f.streamId)).toEqual([1, 5]);
    expect(oversized).toEqual([{ streamId: 3, type: 1, flags: 0, length: 17 }]);
  });

  it('uses 4 MiB as the default limit', () => {
    expect(MAX_DATA_LENGTH).toBe(4194304);
    const { dec, oversized } = collect();
    const header = Buffer.alloc(10);
    header.writeUInt32BE(MAX_DATA_LENGTH + 1, 0);
    header.writeUInt32BE(7, 4);
    dec.push(header);
    dec.push(Buffer.alloc(MAX_DATA_LENGTH + 1));
    expect(oversized).toHaveLength(1);
  });
});
