/**
 * The error type of husk's model layers (guest agent, sandbox, hypervisor): a message plus
 * the gRPC status code a caller should see. `grpcCode` is what src/ttrpc reads at the
 * service edge, so these layers never import the protocol.
 */
export const GrpcCode = {
  Cancelled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
} as const;
export type GrpcCode = (typeof GrpcCode)[keyof typeof GrpcCode];

export class HuskError extends Error {
  override readonly name = 'HuskError';

  constructor(
    readonly grpcCode: GrpcCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const invalidArgument = (message: string) => new HuskError(GrpcCode.InvalidArgument, message);
export const notFound = (message: string) => new HuskError(GrpcCode.NotFound, message);
export const alreadyExists = (message: string) => new HuskError(GrpcCode.AlreadyExists, message);
export const failedPrecondition = (message: string) => new HuskError(GrpcCode.FailedPrecondition, message);

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * Ids become path components (bundles, sockets, cgroups): one safe segment, at most 128
 * characters, never "." or "..".
 */
export function validateId(kind: string, id: string): string {
  if (!ID.test(id) || id === '.' || id === '..') throw invalidArgument(`invalid ${kind} id ${JSON.stringify(id.slice(0, 140))}`);
  return id;
}
