import { clientStream, defineService, unary } from '../../src/ttrpc/index.js';
import { google } from '../../api/gen/testing.js';

/** husk.bench.v1.Bench, as in api/testing/bench.proto. */
export const Bench = defineService('husk.bench.v1.Bench', {
  Echo: unary(google.protobuf.BytesValue, google.protobuf.BytesValue),
  Upload: clientStream(google.protobuf.BytesValue, google.protobuf.UInt64Value),
});
