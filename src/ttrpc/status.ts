/** gRPC status codes, which ttrpc reuses verbatim in google.rpc.Status. */
export enum Code {
  OK = 0,
  Cancelled = 1,
  Unknown = 2,
  InvalidArgument = 3,
  DeadlineExceeded = 4,
  NotFound = 5,
  AlreadyExists = 6,
  PermissionDenied = 7,
  ResourceExhausted = 8,
  FailedPrecondition = 9,
  Aborted = 10,
  OutOfRange = 11,
  Unimplemented = 12,
  Internal = 13,
  Unavailable = 14,
  DataLoss = 15,
  Unauthenticated = 16,
}

/** A google.protobuf.Any carried in Status.details, left encoded: ttrpc does not interpret it. */
export interface StatusDetail {
  typeUrl: string;
  value: Uint8Array;
}

/**
 * The one error type of the library: a status code, a message, and optional details.
 * Handlers throw it to choose the code a peer sees; clients reject with it.
 */
export class TtrpcError extends Error {
  override readonly name = 'TtrpcError';

  constructor(
    readonly code: Code,
    message: string,
    readonly details: StatusDetail[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The text Go's status package prints, so logs read the same on both sides. */
  override toString(): string {
    return `ttrpc error: code = ${Code[this.code] ?? this.code} desc = ${this.message}`;
  }
}

function isCode(value: unknown): value is Code {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 16;
}

/**
 * Maps anything a handler throws to a status. Errors from other layers can pick their code
 * without importing this library by carrying a numeric `grpcCode` property.
 */
export function toTtrpcError(err: unknown): TtrpcError {
  if (err instanceof TtrpcError) return err;
  if (err instanceof Error) {
    const grpcCode = (err as { grpcCode?: unknown }).grpcCode;
    if (isCode(grpcCode)) return new TtrpcError(grpcCode, err.message, [], { cause: err });
    if (err.name === 'AbortError') return new TtrpcError(Code.Cancelled, err.message, [], { cause: err });
    return new TtrpcError(Code.Unknown, err.message, [], { cause: err });
  }
  return new TtrpcError(Code.Unknown, String(err));
}
