/**
 * OCI runtime-spec JSON ⇄ Kata's protobuf Spec (grpc.Spec). The host sends a container's
 * config.json to the agent as grpc.Spec, the agent writes it back out as config.json for runc.
 * Field names differ only in spelling (Go-style "Process", "UIDMappings" vs JSON "process",
 * "uidMappings"), so the conversion walks the generated descriptor and renames.
 * Runtime-spec fields Kata's Spec has no field for (e.g. linux.resources.unified,
 * process.ioPriority) do not survive the trip.
 */
import Long from 'long';
import descriptor from '../../api/gen/oci-descriptor.js';
import { grpc } from '../../api/gen/agent.js';

interface FieldDescriptor {
  type: string;
  rule?: 'repeated';
  keyType?: string;
}
type MessageDescriptor = { fields: Record<string, FieldDescriptor> };

const types = descriptor.nested.grpc!.nested as Record<string, MessageDescriptor>;

/** Proto field → JSON name where lower-casing the first letter is not the spec's spelling. */
const JSON_NAMES: Record<string, string> = {
  Version: 'ociVersion',
  OOMScoreAdj: 'oomScoreAdj',
  UID: 'uid',
  GID: 'gid',
  UIDMappings: 'uidMappings',
  GIDMappings: 'gidMappings',
  CPU: 'cpu',
  errnoret: 'errnoRet',
};

function jsonName(protoName: string): string {
  return JSON_NAMES[protoName] ?? protoName.charAt(0).toLowerCase() + protoName.slice(1);
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Renames one message's keys in the given direction, recursing through nested messages. */
function convert(typeName: string, value: Json, toProto: boolean): Json {
  const fields = types[typeName]?.fields ?? {};
  const out: Json = {};
  for (const [protoName, f] of Object.entries(fields)) {
    const from = toProto ? jsonName(protoName) : protoName;
    const to = toProto ? protoName : jsonName(protoName);
    const v = value[from];
    if (v === undefined || v === null) continue;
    const nested = types[f.type] ? f.type : undefined;
    const one = (x: unknown) => (nested && isObject(x) ? convert(nested, x, toProto) : toProto ? x : plain(x));
    if (f.keyType) out[to] = isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, one(x)])) : v;
    else if (f.rule === 'repeated') out[to] = Array.isArray(v) ? v.map(one) : v;
    else out[to] = one(v);
  }
  return out;
}

/** 64-bit values come out of protobufjs as Long; the JSON spec wants plain numbers. */
function plain(x: unknown): unknown {
  return Long.isLong(x) ? (x as Long).toNumber() : x;
}

interface MessageClass<T> {
  fromObject(object: Json): T;
  toObject(message: T, options: object): Json;
}

/** Both directions for one message type; fromObject passes an existing instance through. */
function converter<T>(typeName: string, cls: MessageClass<T>) {
  return {
    toProto: (json: Json): T => cls.fromObject(convert(typeName, json, true)),
    toJson: (message: object): Json =>
      convert(typeName, cls.toObject(cls.fromObject(message as Json), { longs: Number, oneofs: false }), false),
  };
}

/** A whole config.json (CreateContainer). */
export const ociSpec = converter('Spec', grpc.Spec as unknown as MessageClass<grpc.Spec>);
/** A process alone (ExecProcess). */
export const ociProcess = converter('Process', grpc.Process as unknown as MessageClass<grpc.Process>);
/** linux.resources (UpdateContainer). */
export const ociResources = converter('LinuxResources', grpc.LinuxResources as unknown as MessageClass<grpc.LinuxResources>);
