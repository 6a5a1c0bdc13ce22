import Long from 'long';
import { messageType, toJson } from '../../../src/api/registry.js';
import { containerd, io } from '../../../api/gen/containerd.js';

describe('message registry', () => {
  it('finds messages by full name, with or without a type URL prefix, nested ones too', () => {
    expect(messageType('containerd.events.TaskExit')).toBe(containerd.events.TaskExit);
    expect(messageType('types.containerd.io/containerd.events.TaskExit')).toBe(containerd.events.TaskExit);
    expect(messageType('containerd.events.ContainerCreate.Runtime')).toBe(containerd.events.ContainerCreate.Runtime);
    expect(messageType('containerd.events.Nope')).toBeUndefined();
    expect(messageType('containerd.events')).toBeUndefined();
    expect(messageType('constructor')).toBeUndefined();
  });

  it('prints Any contents it knows, keeps the ones it does not', () => {
    const metrics = io.containerd.cgroups.v2.Metrics.encode({ pids: { current: Long.fromNumber(3), limit: Long.fromNumber(10) } }).finish();
    const res = containerd.task.v3.StatsResponse.create({ stats: { type_url: 'io.containerd.cgroups.v2.Metrics', value: metrics } });
    expect(toJson(containerd.task.v3.StatsResponse, res)).toEqual({
      stats: { '@type': 'io.containerd.cgroups.v2.Metrics', pids: { current: '3', limit: '10' } },
    });
    const opaque = containerd.task.v3.StatsResponse.create({ stats: { type_url: 'example.com/Unknown', value: Buffer.from([1, 2]) } });
    expect(toJson(containerd.task.v3.StatsResponse, opaque)).toEqual({ stats: { type_url: 'example.com/Unknown', value: 'AQI=' } });
  });

  it('names enums and keeps 64-bit numbers exact', () => {
    const st = containerd.task.v3.StateResponse.create({ status: containerd.v1.types.Status.PAUSED, exited_at: { seconds: Long.fromString('9007199254740993'), nanos: 1 } });
    expect(toJson(containerd.task.v3.StateResponse, st)).toEqual({ status: 'PAUSED', exited_at: { seconds: '9007199254740993', nanos: 1 } });
  });
});
