/**
 * husk's ttrpc: a complete implementation of containerd's ttrpc protocol (unary calls and
 * ttrpc 1.2 streams) for Node. Nothing here imports from the rest of husk.
 */
export { Code, TtrpcError, toTtrpcError, type StatusDetail } from './status.js';
export { Metadata } from './metadata.js';
export { HEADER_LENGTH, MAX_DATA_LENGTH, FrameType, Flags, encodeFrame, FrameDecoder, type Frame } from './frame.js';
export { encodeRequest, decodeRequest, encodeResponse, decodeResponse, type Request, type Response, type KeyValue } from './messages.js';
export {
  defineService,
  unary,
  serverStream,
  clientStream,
  bidiStream,
  codecOf,
  type Codec,
  type CodecLike,
  type MethodDefinition,
  type MethodKind,
  type ServiceDefinition,
  type ServiceImplementation,
  type Handler,
  type CallContext,
  type StreamWriter,
} from './service.js';
export { Server, type ServerOptions } from './server.js';
export { Client, RawClientStream, type CallOptions, type ClientOptions, type StreamShape } from './client.js';
export { serviceClient, type ServiceClient, type ClientReadable, type ClientWritable, type ClientDuplex } from './service-client.js';
