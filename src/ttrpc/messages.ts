/**
 * The ttrpc envelope messages, encoded by hand with protobufjs' Reader/Writer: they sit on
 * every call's hot path and are too small to be worth generated code.
 *
 *   Request  { string service = 1; string method = 2; bytes payload = 3;
 *              int64 timeout_nano = 4; repeated KeyValue metadata = 5; }
 *   Response { google.rpc.Status status = 1; bytes payload = 2; }
 *   Status   { int32 code = 1; string message = 2; repeated google.protobuf.Any details = 3; }
 *   KeyValue { string key = 1; string value = 2; }
 */
import protobuf from 'protobufjs/minimal.js';
import type { StatusDetail } from './status.js';

const { Reader, Writer } = protobuf;

export interface KeyValue {
  key: string;
  value: string;
}

export interface Request {
  service: string;
  method: string;
  payload: Uint8Array;
  /** Relative deadline in nanoseconds; 0 means none. */
  timeoutNano: number;
  metadata: KeyValue[];
}

export interface RpcStatus {
  code: number;
  message: string;
  details: StatusDetail[];
}

export interface Response {
  status?: RpcStatus;
  payload: Uint8Array;
}

const EMPTY = new Uint8Array(0);

export function encodeRequest(req: Request): Uint8Array {
  const w = Writer.create();
  if (req.service) w.uint32(10).string(req.service);
  if (req.method) w.uint32(18).string(req.method);
  if (req.payload.length) w.uint32(26).bytes(req.payload);
  if (req.timeoutNano) w.uint32(32).int64(req.timeoutNano);
  for (const kv of req.metadata) {
    w.uint32(42).fork();
    if (kv.key) w.uint32(10).string(kv.key);
    if (kv.value) w.uint32(18).string(kv.value);
    w.ldelim();
  }
  return w.finish(true); // a view of this call's own writer: no copy
}

export function decodeRequest(buf: Uint8Array): Request {
  const r = Reader.create(buf);
  const req: Request = { service: '', method: '', payload: EMPTY, timeoutNano: 0, metadata: [] };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag) {
      case 10: req.service = r.string(); break;
      case 18: req.method = r.string(); break;
      case 26: req.payload = r.bytes(); break;
      case 32: req.timeoutNano = longToNumber(r.int64() as unknown as number | { toNumber(): number }); break;
      case 42: req.metadata.push(decodeKeyValue(r, r.uint32())); break;
      default: r.skipType(tag & 7);
    }
  }
  return req;
}

function decodeKeyValue(r: protobuf.Reader, length: number): KeyValue {
  const end = r.pos + length;
  const kv: KeyValue = { key: '', value: '' };
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag === 10) kv.key = r.string();
    else if (tag === 18) kv.value = r.string();
    else r.skipType(tag & 7);
  }
  return kv;
}

export function encodeResponse(res: Response): Uint8Array {
  const w = Writer.create();
  if (res.status && (res.status.code !== 0 || res.status.message || res.status.details.length)) {
    w.uint32(10).fork();
    encodeStatus(w, res.status);
    w.ldelim();
  }
  if (res.payload.length) w.uint32(18).bytes(res.payload);
  return w.finish(true); // a view of this call's own writer: no copy
}

function encodeStatus(w: protobuf.Writer, st: RpcStatus): void {
  if (st.code) w.uint32(8).int32(st.code);
  if (st.message) w.uint32(18).string(st.message);
  for (const d of st.details) {
    w.uint32(26).fork();
    if (d.typeUrl) w.uint32(10).string(d.typeUrl);
    if (d.value.length) w.uint32(18).bytes(d.value);
    w.ldelim();
  }
}

export function decodeResponse(buf: Uint8Array): Response {
  const r = Reader.create(buf);
  const res: Response = { payload: EMPTY };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag) {
      case 10: res.status = decodeStatus(r, r.uint32()); break;
      case 18: res.payload = r.bytes(); break;
      default: r.skipType(tag & 7);
    }
  }
  return res;
}

function decodeStatus(r: protobuf.Reader, length: number): RpcStatus {
  const end = r.pos + length;
  const st: RpcStatus = { code: 0, message: '', details: [] };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag) {
      case 8: st.code = r.int32(); break;
      case 18: st.message = r.string(); break;
      case 26: st.details.push(decodeAny(r, r.uint32())); break;
      default: r.skipType(tag & 7);
    }
  }
  return st;
}

function decodeAny(r: protobuf.Reader, length: number): StatusDetail {
  const end = r.pos + length;
  const any: StatusDetail = { typeUrl: '', value: EMPTY };
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag === 10) any.typeUrl = r.string();
    else if (tag === 18) any.value = r.bytes();
    else r.skipType(tag & 7);
  }
  return any;
}

/** protobufjs yields a Long (or a number without long.js); timeouts fit a double comfortably. */
function longToNumber(v: number | { toNumber(): number }): number {
  return typeof v === 'number' ? v : v.toNumber();
}
