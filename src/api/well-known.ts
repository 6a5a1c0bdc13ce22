/**
 * Conversions for google.protobuf.Timestamp and Any. protobufjs' fromObject silently drops a
 * Date, and Any needs its type_url spelled the way containerd expects.
 */
import Long from 'long';

export interface TimestampLike {
  seconds?: number | Long | null;
  nanos?: number | null;
}

export function toTimestamp(date: Date | number): { seconds: Long; nanos: number } {
  const ms = typeof date === 'number' ? date : date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds: Long.fromNumber(seconds), nanos: Math.round((ms - seconds * 1000) * 1e6) };
}

export function fromTimestamp(ts: TimestampLike | null | undefined): Date | undefined {
  if (!ts) return undefined;
  const seconds = Long.isLong(ts.seconds) ? (ts.seconds as Long).toNumber() : Number(ts.seconds ?? 0);
  return new Date(seconds * 1000 + Math.floor((ts.nanos ?? 0) / 1e6));
}

export interface AnyMessage {
  type_url: string;
  value: Uint8Array;
}

/** Packs an encoded message; containerd's events use the bare full name as type_url. */
export function packAny(typeUrl: string, value: Uint8Array): AnyMessage {
  return { type_url: typeUrl, value };
}
