import Long from 'long';
import { fromTimestamp, packAny, toTimestamp } from '../../../src/api/well-known.js';

describe('well-known type helpers', () => {
  it('converts Date to Timestamp and back, including before the epoch', () => {
    for (const ms of [0, 1700000000123, -1500]) {
      const ts = toTimestamp(new Date(ms));
      expect(ts.nanos).toBeGreaterThanOrEqual(0);
      expect(ts.nanos).toBeLessThan(1e9);
      expect(fromTimestamp(ts)!.getTime()).toBe(ms);
    }
    expect(toTimestamp(1700000000123)).toEqual({ seconds: Long.fromNumber(1700000000), nanos: 123000000 });
    expect(fromTimestamp({ seconds: 5, nanos: 999999999 })!.getTime()).toBe(5999);
    expect(fromTimestamp(undefined)).toBeUndefined();
  });

  it('packs an Any with the given type_url', () => {
    expect(packAny('containerd.events.TaskExit', Buffer.from([1]))).toEqual({ type_url: 'containerd.events.TaskExit', value: Buffer.from([1]) });
  });
});
