/**
 * Typed service definitions. A method pairs two codecs with a streaming kind; the shape of
 * its handler and of its client call follow from the kind.
 */
import type { Metadata } from './metadata.js';

/** What protobufjs' static classes provide, and what hand-written codecs can provide too. */
export interface Codec<In, Out = In> {
  encode(message: In): Uint8Array;
  decode(data: Uint8Array): Out;
}

export type MethodKind = 'unary' | 'serverStream' | 'clientStream' | 'bidiStream';

export interface MethodDefinition<K extends MethodKind = MethodKind, ReqIn = any, ReqOut = any, ResIn = any, ResOut = any> {
  kind: K;
  request: Codec<ReqIn, ReqOut>;
  response: Codec<ResIn, ResOut>;
}

export interface ServiceDefinition<M extends Record<string, MethodDefinition> = Record<string, MethodDefinition>> {
  /** Full proto name, e.g. `containerd.task.v3.Task`. */
  name: string;
  methods: M;
}

export function defineService<M extends Record<string, MethodDefinition>>(name: string, methods: M): ServiceDefinition<M> {
  return { name, methods };
}

/** A Codec, or a protobufjs static message class (its encode returns a Writer). */
export type CodecLike<In, Out> =
  | Codec<In, Out>
  | { encode(message: In): { finish(shared?: boolean): Uint8Array }; decode(data: Uint8Array): Out };

export function codecOf<In, Out>(c: CodecLike<In, Out>): Codec<In, Out> {
  return {
    encode: (m) => {
      const out = c.encode(m);
      // The writer belongs to this call alone, so its buffer can be handed on without a copy.
      return out instanceof Uint8Array ? out : out.finish(true);
    },
    decode: (d) => c.decode(d),
  };
}

function method<K extends MethodKind>(kind: K) {
  return <ReqIn, ReqOut, ResIn, ResOut>(
    request: CodecLike<ReqIn, ReqOut>,
    response: CodecLike<ResIn, ResOut>,
  ): MethodDefinition<K, ReqIn, ReqOut, ResIn, ResOut> => ({ kind, request: codecOf(request), response: codecOf(response) });
}

export const unary = method('unary');
export const serverStream = method('serverStream');
export const clientStream = method('clientStream');
export const bidiStream = method('bidiStream');

/** What a handler learns about its call. */
export interface CallContext {
  service: string;
  method: string;
  metadata: Metadata;
  /** Aborted when the deadline passes, the connection closes or the server is closed. */
  signal: AbortSignal;
  /** Absolute deadline (ms since epoch) from the request's timeout_nano, if any. */
  deadline?: number;
}

export interface StreamWriter<T> {
  /** Resolves when the transport can take more; await it to get back-pressure. */
  send(message: T): Promise<void>;
}

export type Handler<M> =
  M extends MethodDefinition<'unary', any, infer ReqOut, infer ResIn, any>
    ? (request: ReqOut, ctx: CallContext) => Promise<ResIn> | ResIn
    : M extends MethodDefinition<'serverStream', any, infer ReqOut, infer ResIn, any>
      ? (request: ReqOut, out: StreamWriter<ResIn>, ctx: CallContext) => Promise<void>
      : M extends MethodDefinition<'clientStream', any, infer ReqOut, infer ResIn, any>
        ? (requests: AsyncIterable<ReqOut>, ctx: CallContext) => Promise<ResIn>
        : M extends MethodDefinition<'bidiStream', any, infer ReqOut, infer ResIn, any>
          ? (requests: AsyncIterable<ReqOut>, out: StreamWriter<ResIn>, ctx: CallContext) => Promise<void>
          : never;

/** A service's handlers; methods left out answer Unimplemented. */
export type ServiceImplementation<S extends ServiceDefinition> = {
  [K in keyof S['methods']]?: Handler<S['methods'][K]>;
};
