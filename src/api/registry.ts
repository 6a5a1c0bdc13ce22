/**
 * Message classes by full proto name, for what arrives as google.protobuf.Any (Stats, event
 * envelopes, Metric data) and for tools that pick a type at run time.
 */
import * as containerdRoot from '../../api/gen/containerd.js';

export interface MessageClass {
  decode(data: Uint8Array): object;
  encode(message: object): { finish(): Uint8Array };
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: Record<string, unknown>): Record<string, unknown>;
}

/** e.g. "containerd.events.TaskExit" or "types.containerd.io/containerd.events.TaskExit". */
export function messageType(name: string): MessageClass | undefined {
  let cur: unknown = containerdRoot;
  for (const part of name.slice(name.lastIndexOf('/') + 1).split('.')) {
    if (cur === null || typeof cur !== 'object' && typeof cur !== 'function') return undefined;
    cur = Object.hasOwn(cur, part) ? (cur as Record<string, unknown>)[part] : undefined;
  }
  return typeof (cur as MessageClass | undefined)?.decode === 'function' ? (cur as MessageClass) : undefined;
}

const JSON_OPTIONS = { longs: String, enums: String, bytes: String, json: true };

/**
 * A message as plain JSON: 64-bit numbers as strings, enums by name, bytes as base64, and
 * every Any whose type is known decoded in place ("@type" keeps its type_url).
 */
export function toJson(T: MessageClass, message: object): Record<string, unknown> {
  return expandAny(T.toObject(message, JSON_OPTIONS)) as Record<string, unknown>;
}

function expandAny(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expandAny);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (typeof o.type_url === 'string' && typeof o.value === 'string') {
    const T = messageType(o.type_url);
    if (T) return { '@type': o.type_url, ...toJson(T, T.decode(Buffer.from(o.value, 'base64'))) };
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, expandAny(x)]));
}
