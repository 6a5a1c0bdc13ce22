/**
 * The guest's serving helper (scripts/guest/identity.c), built here with gcc as
 * build-guest.sh builds it, driven through GuestHelper and GuestIdentity on this host. Reseeding the host's
 * CRNG with random bytes does no harm; the clock is only ever given bad values here (a good
 * one would set this host's clock). Hostnames are set in a UTS namespace of the helper's own,
 * mounts made on a directory of the test's.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { GrpcCode } from '../../../src/errors.js';
import { GuestHelper } from '../../../src/guest/helper.js';
import { GuestIdentity } from '../../../src/guest/identity.js';
import { buildGuestHelper } from '../helpers.js';

let dir: string;
let helper: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-identity-'));
  helper = await buildGuestHelper(path.join(dir, 'identity'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('GuestIdentity with the real helper', () => {
  it('reseeds the kernel RNG from the bytes given, through one helper kept serving', async () => {
    const h = new GuestHelper([helper]);
    const id = new GuestIdentity(h);
    h.start();
    const pidOf = () => (h as unknown as { process: { child: { pid: number } } }).process.child.pid;
    await Promise.all([id.reseed(crypto.randomBytes(64)), id.reseed(crypto.randomBytes(512)), id.reseed(crypto.randomBytes(32))]);
    const pid = pidOf();
    await id.reseed(crypto.randomBytes(64));
    expect(pidOf()).toBe(pid);
    // Killed, it is started again on the next call.
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
    await id.reseed(crypto.randomBytes(64));
    expect(pidOf()).not.toBe(pid);
    h.close();
  });

  it('refuses seeds of the wrong size and times that are not times, before running anything', async () => {
    const id = new GuestIdentity(new GuestHelper([path.join(dir, 'missing')]));
    for (const n of [0, 31, 513]) await expect(id.reseed(Buffer.alloc(n))).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    for (const [s, us] of [[-1, 0], [1.5, 0], [0, 1e6], [0, -1], [Number.MAX_SAFE_INTEGER + 2, 0]]) {
      await expect(id.setClock(s!, us!)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    }
  });

  it('reports what the helper refused as Internal with its reason', async () => {
    // Through the serving helper. Never a time it would accept: that would set this host's clock
    // (here the microseconds are out of range even if the extra word were ignored).
    const served = await execa(helper, ['serve'], { input: 'clock 1 1000000 extra\nclock 1 1000000\nreseed 00\nreseed xyz\n', reject: false });
    expect(served.stdout).toBe('error: unknown command\nerror: bad microseconds\nerror: a seed is 32 to 512 bytes\nerror: the seed is not hex');
    // A line longer than any command gets one answer, and the next line is still a command.
    const long = await execa(helper, ['serve'], { input: `reseed ${'ab'.repeat(4096)}\nclock 1 1000000\n`, reject: false });
    expect(long.stdout).toBe('error: a line longer than 2112 bytes\nerror: bad microseconds');
    // A seed the helper reads short of: it wants at least 32 bytes and says so.
    const r = await execa(helper, ['reseed'], { input: Buffer.alloc(8), reject: false });
    expect({ code: r.exitCode, err: r.stderr }).toEqual({ code: 1, err: 'husk-identity: a seed of 8 bytes is too short (at least 32)' });
    expect((await execa(helper, ['clock', 'x', '0'], { reject: false })).exitCode).toBe(1);
    expect((await execa(helper, ['nonsense'], { reject: false })).exitCode).toBe(2);
    await expect(new GuestIdentity(new GuestHelper([path.join(dir, 'missing')])).reseed(Buffer.alloc(32))).rejects.toMatchObject({ grpcCode: GrpcCode.Internal });
  });
  it('sets the hostname and mounts, with mount flags taken out of the options', async () => {
    // In a UTS namespace of its own: the host keeps its name.
    const named = await execa('unshare', ['--uts', 'sh', '-c', `echo hostname pod-7.example | ${helper} serve && hostname`], { reject: false });
    expect(named.stdout).toBe('ok\npod-7.example');
    const target = path.join(dir, 'mnt');
    fs.mkdirSync(target);
    const h = new GuestHelper([helper]);
    const id = new GuestIdentity(h);
    try {
      await id.mount({ fstype: 'tmpfs', source: 'husk-test', target, options: ['ro', 'nodev', 'size=1m', 'mode=0711'] });
      const line = fs.readFileSync('/proc/self/mounts', 'utf8').split('\n').find((l) => l.split(' ')[1] === target);
      expect(line).toMatch(/^husk-test \S+ tmpfs ro,nodev,[^ ]*size=1024k,mode=711/);
      // Options mount(8) knows as flags never reach the file system, whichever way they point.
      const bound = path.join(dir, 'bound');
      fs.mkdirSync(bound);
      await id.mount({ fstype: 'none', source: target, target: bound, options: ['defaults', 'bind', 'exec', 'suid', 'dev'] });
      expect(fs.readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === bound)).toBe(true);
      await execa('umount', [bound]);
      await expect(id.mount({ fstype: 'no-such-fs', source: 'x', target, options: [] })).rejects.toMatchObject({ grpcCode: GrpcCode.Internal, message: expect.stringContaining('mount: No such device') });
    } finally {
      h.close();
      await execa('umount', [target], { reject: false });
    }
    await expect(id.hostname('bad name')).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(id.mount({ fstype: 'tmpfs', source: 'a b', target, options: [] })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
  });
});
