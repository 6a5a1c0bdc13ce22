/**
 * husk.factory.v1.Cache over husk's ttrpc on a unix socket: Take and Status carry the model's
 * types both ways, no ready VM is NotFound (a miss, not an error, to the client), a shape
 * that is no shape is InvalidArgument, and a daemon that accepts but never answers is given
 * up on within the client's time.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CacheClient, cacheService, type Handoff } from '../../../src/factory/cache-service.js';
import type { VmShape } from '../../../src/factory/cache-pool.js';
import { GrpcCode } from '../../../src/errors.js';
import { Server } from '../../../src/ttrpc/index.js';

const shape: VmShape = { memoryMiB: 512, vcpus: 1, kernelPath: '/k', initrdPath: '/i', rootfsImagePath: '/r', debug: false, nics: 1 };
const handoff: Handoff = { vmId: 'c01020304', dir: '/run/husk/cache/vms/c01020304', pid: 123, startTime: '98765', accel: 'tcg', netns: '/var/run/netns/husk-cache', taps: ['hk01020304n0'], origin: 'template' };

let dir: string;
let server: Server;
let asked: Array<{ sandboxId: string; shape: VmShape }>;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cache-svc-'));
  asked = [];
  server = new Server();
  server.register(
    ...cacheService({
      take: async (req) => (asked.push(req), req.shape.nics === 1 ? handoff : undefined),
      status: () => ({ pid: 42, pools: [{ shape, target: 2, ready: 1, starting: 1, taken: 5, missed: 2, lastError: 'no space' }] }),
    }),
  );
  await server.listen(path.join(dir, 'cache.sock'));
});
afterEach(async () => {
  await server.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the VM cache service', () => {
  test('Take hands over a VM, or answers a miss', async () => {
    const client = new CacheClient(path.join(dir, 'cache.sock'), 5000);
    expect(await client.take('pod-a', shape)).toEqual(handoff);
    expect(asked).toEqual([{ sandboxId: 'pod-a', shape }]);
    expect(await client.take('pod-b', { ...shape, nics: 0 })).toBeUndefined();
    expect(fs.statSync(path.join(dir, 'cache.sock')).mode & 0o777).toBe(0o600);
  });

  test('Status lists the pools', async () => {
    expect(await new CacheClient(path.join(dir, 'cache.sock'), 5000).status()).toEqual({ pid: 42, pools: [{ shape, target: 2, ready: 1, starting: 1, taken: 5, missed: 2, lastError: 'no space' }] });
  });

  test.each([
    ['no memory', { ...shape, memoryMiB: 0 }],
    ['a relative kernel path', { ...shape, kernelPath: 'vmlinux' }],
    ['too many NICs', { ...shape, nics: 99 }],
  ])('a shape with %s is InvalidArgument', async (_what, bad) => {
    await expect(new CacheClient(path.join(dir, 'cache.sock'), 5000).take('pod', bad)).rejects.toMatchObject({ code: GrpcCode.InvalidArgument });
    expect(asked).toEqual([]);
  });

  test('a daemon that never answers, or is not there, fails the call in time', async () => {
    const mute = net.createServer(() => undefined);
    const sock = path.join(dir, 'mute.sock');
    await new Promise<void>((r) => mute.listen(sock, r));
    try {
      await expect(new CacheClient(sock, 300).take('pod', shape)).rejects.toMatchObject({ code: GrpcCode.DeadlineExceeded });
    } finally {
      mute.close();
    }
    await expect(new CacheClient(path.join(dir, 'absent.sock'), 300).take('pod', shape)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
