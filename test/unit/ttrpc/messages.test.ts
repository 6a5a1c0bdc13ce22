import protobuf from 'protobufjs';
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from '../../../src/ttrpc/messages.js';

// A reflection-built schema of the same envelope, as an independent reference encoding.
const root = protobuf.parse(`
syntax = "proto3";
package ttrpc;
message KeyValue { string key = 1; string value = 2; }
message Request { string service = 1; string method = 2; bytes payload = 3; int64 timeout_nano = 4; repeated KeyValue metadata = 5; }
message Any { string type_url = 1; bytes value = 2; }
message Status { int32 code = 1; string message = 2; repeated Any details = 3; }
message Response { Status status = 1; bytes payload = 2; }
`, { keepCase: true }).root;
const RefRequest = root.lookupType('ttrpc.Request');
const RefResponse = root.lookupType('ttrpc.Response');

describe('envelope messages', () => {
  it('encode Request exactly as the reference schema does', () => {
    const req = { service: 'containerd.task.v3.Task', method: 'State', payload: Buffer.from([1, 2, 3]), timeoutNano: 5_000_000_000, metadata: [{ key: 'containerd-namespace-ttrpc', value: 'k8s.io' }] };
    const ours = Buffer.from(encodeRequest(req));
    const ref = Buffer.from(RefRequest.encode({ service: req.service, method: req.method, payload: req.payload, timeout_nano: req.timeoutNano, metadata: req.metadata }).finish());
    expect(ours.equals(ref)).toBe(true);
    const back = decodeRequest(ours);
    expect({ ...back, payload: Buffer.from(back.payload) }).toEqual(req);
  });

  it('round-trip a Response with status details', () => {
    const res = { status: { code: 5, message: 'not found', details: [{ typeUrl: 'x/y', value: Buffer.from([9]) }] }, payload: Buffer.alloc(0) };
    const bytes = encodeResponse(res);
    const ref = RefResponse.toObject(RefResponse.decode(bytes), { defaults: false }) as any;
    expect(ref.status.code).toBe(5);
    expect(ref.status.details[0].type_url).toBe('x/y');
    const back = decodeResponse(bytes);
    expect(back.status?.code).toBe(5);
    expect(back.status?.message).toBe('not found');
    expect(Buffer.from(back.status!.details[0]!.value)).toEqual(Buffer.from([9]));
  });

  it('skips unknown fields and reports truncation by throwing', () => {
    const bytes = Buffer.concat([Buffer.from(encodeRequest({ service: 's', method: 'm', payload: Buffer.alloc(0), timeoutNano: 0, metadata: [] })), Buffer.from([0x38, 0x01])]);
    expect(decodeRequest(bytes).method).toBe('m');
    expect(() => decodeRequest(Buffer.from([0x0a, 0x05, 0x61]))).toThrow();
  });
});
