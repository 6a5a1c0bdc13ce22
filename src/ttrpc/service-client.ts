/**
 * Typed calls over a Client, shaped by each method's kind, so callers work with messages
 * rather than bytes.
 */
import type { CallOptions, Client, RawClientStream } from './client.js';
import type { MethodDefinition, ServiceDefinition } from './service.js';

export interface ClientWritable<Req, Res> {
  send(message: Req): Promise<void>;
  /** Closes the send side and waits for the server's one answer. */
  closeAndReceive(): Promise<Res>;
  cancel(): void;
}

export interface ClientReadable<Res> extends AsyncIterable<Res> {
  cancel(): void;
}

export interface ClientDuplex<Req, Res> extends ClientReadable<Res> {
  send(message: Req): Promise<void>;
  closeSend(): void;
}

export type MethodCall<M> =
  M extends MethodDefinition<'unary', infer ReqIn, any, any, infer ResOut>
    ? (request: ReqIn, options?: CallOptions) => Promise<ResOut>
    : M extends MethodDefinition<'serverStream', infer ReqIn, any, any, infer ResOut>
      ? (request: ReqIn, options?: CallOptions) => ClientReadable<ResOut>
      : M extends MethodDefinition<'clientStream', infer ReqIn, any, any, infer ResOut>
        ? (options?: CallOptions) => ClientWritable<ReqIn, ResOut>
        : M extends MethodDefinition<'bidiStream', infer ReqIn, any, any, infer ResOut>
          ? (options?: CallOptions) => ClientDuplex<ReqIn, ResOut>
          : never;

export type ServiceClient<S extends ServiceDefinition> = {
  [K in keyof S['methods']]: MethodCall<S['methods'][K]>;
};

async function* decoded<T>(raw: RawClientStream, decode: (b: Uint8Array) => T): AsyncGenerator<T> {
  for await (const chunk of raw) yield decode(chunk);
}

export function serviceClient<S extends ServiceDefinition>(service: S, client: Client, defaults: CallOptions = {}): ServiceClient<S> {
  const out: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(service.methods)) {
    const opts = (o?: CallOptions) => ({ ...defaults, ...o });
    switch (m.kind) {
      case 'unary':
        out[name] = async (req: unknown, o?: CallOptions) =>
          m.response.decode(await client.call(service.name, name, m.request.encode(req), opts(o)));
        break;
      case 'serverStream':
        out[name] = (req: unknown, o?: CallOptions) => {
          const raw = client.stream(service.name, name, { clientStreaming: false, serverStreaming: true }, m.request.encode(req), opts(o));
          return { [Symbol.asyncIterator]: () => decoded(raw, (b) => m.response.decode(b)), cancel: () => raw.cancel() };
        };
        break;
      case 'clientStream':
        out[name] = (o?: CallOptions) => {
          const raw = client.stream(service.name, name, { clientStreaming: true, serverStreaming: false }, undefined, opts(o));
          return {
            send: (req: unknown) => raw.send(m.request.encode(req)),
            closeAndReceive: async () => {
              raw.closeSend();
              return m.response.decode((await raw.response) ?? new Uint8Array(0));
            },
            cancel: () => raw.cancel(),
          };
        };
        break;
      case 'bidiStream':
        out[name] = (o?: CallOptions) => {
          const raw = client.stream(service.name, name, { clientStreaming: true, serverStreaming: true }, undefined, opts(o));
          return {
            send: (req: unknown) => raw.send(m.request.encode(req)),
            closeSend: () => raw.closeSend(),
            cancel: () => raw.cancel(),
            [Symbol.asyncIterator]: () => decoded(raw, (b) => m.response.decode(b)),
          };
        };
        break;
    }
  }
  return out as ServiceClient<S>;
}
