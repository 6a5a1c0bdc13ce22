/**
 * husk's implementation of the interop services in CONTRACT.md, served to the Go client.
 * The same definitions type husk's client checks against the Go server.
 */
import { setTimeout as delay } from 'node:timers/promises';
import Long from 'long';
import { bidiStream, clientStream, Code, defineService, serverStream, TtrpcError, unary, type CallContext, type ServiceImplementation } from '../../src/ttrpc/index.js';
import { TaskV2, TaskV3 } from '../../src/api/task.js';
import { google } from '../../api/gen/testing.js';

const { BytesValue, UInt64Value, Int64Value } = google.protobuf;

export const Blob = defineService('husk.interop.v1.Blob', {
  Echo: unary(BytesValue, BytesValue),
  Make: unary(UInt64Value, BytesValue),
});

export const Streaming = defineService('husk.interop.v1.Streaming', {
  EchoStream: bidiStream(BytesValue, BytesValue),
  Sum: clientStream(Int64Value, Int64Value),
  Count: serverStream(UInt64Value, UInt64Value),
});

export const NAMESPACE_KEY = 'containerd-namespace-ttrpc';

/** The fixed State answer both peers give, so each side can check every field. */
export function stateFor(id: string, execId: string, ns: string) {
  return {
    id,
    exec_id: execId,
    bundle: `/run/bundle/${id}`,
    pid: 4242,
    status: 2, // RUNNING
    stdin: `ns=${ns}`,
    stdout: '/out',
    stderr: '/err',
    terminal: true,
    exit_status: 7,
    exited_at: { seconds: 1700000000, nanos: 123 },
  };
}

function taskImpl(): ServiceImplementation<typeof TaskV3> {
  return {
    State: (req, ctx) => stateFor(req.id, req.exec_id, ctx.metadata.get(NAMESPACE_KEY) ?? ''),
    Kill: (req) => {
      if (req.id === 'missing') throw new TtrpcError(Code.NotFound, 'container missing: not found');
      if (req.id.includes('/')) throw new TtrpcError(Code.InvalidArgument, 'invalid id');
      return {};
    },
    Wait: async (req, ctx: CallContext) => {
      const m = /^sleep-(\d+)$/.exec(req.id);
      if (m) await delay(Number(m[1]), undefined, { signal: ctx.signal }).catch(() => { throw ctx.signal.reason; });
      return { exit_status: 137, exited_at: { seconds: 1700000001 } };
    },
  };
}

export const implementations = {
  taskV2: taskImpl() as ServiceImplementation<typeof TaskV2>,
  taskV3: taskImpl(),
  blob: {
    Echo: (req) => ({ value: req.value }),
    Make: (req) => ({ value: Buffer.alloc(Number(req.value), 0x78) }),
  } satisfies ServiceImplementation<typeof Blob>,
  streaming: {
    EchoStream: async (reqs, out) => {
      for await (const r of reqs) await out.send({ value: r.value });
    },
    Sum: async (reqs) => {
      let sum = 0n;
      for await (const r of reqs) sum += BigInt(r.value.toString());
      return { value: Long.fromString(sum.toString()) };
    },
    Count: async (req, out) => {
      for (let i = 1; i <= Number(req.value); i++) await out.send({ value: i });
    },
  } satisfies ServiceImplementation<typeof Streaming>,
};
