/** Bind mounts reach the guest through the shared directory, and nothing stays mounted after release. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { GrpcCode } from '../../../src/errors.js';
import { releaseBindMounts, shareBindMounts } from '../../../src/sandbox/shared-mounts.js';

const log = pino({ level: 'silent' });
let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-shared-mounts-'));
});
afterEach(() => {
  expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
  fs.rmSync(root, { recursive: true, force: true });
});

it('shares directories and files, read-only when asked, and gives the guest its own /dev/shm', async () => {
  const vol = path.join(root, 'volume');
  fs.mkdirSync(vol);
  fs.writeFileSync(path.join(vol, 'data'), 'in the volume');
  const resolv = path.join(root, 'resolv.conf');
  fs.writeFileSync(resolv, 'nameserver 10.0.0.10\n');
  const hostDir = path.join(root, 'shared', 'c1', 'mounts');
  const mounts = await shareBindMounts(
    [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/data', type: 'bind', source: vol, options: ['rbind', 'rw'] },
      { destination: '/etc/resolv.conf', type: 'bind', source: resolv, options: ['rbind', 'ro'] },
      { destination: '/dev/shm', type: 'bind', source: '/run/whatever/shm', options: ['rbind'] },
    ],
    hostDir,
    '/run/husk/shared/c1/mounts',
    log,
  );
  expect(mounts).toEqual([
    { destination: '/proc', type: 'proc', source: 'proc' },
    { destination: '/data', type: 'bind', source: '/run/husk/shared/c1/mounts/0-volume', options: ['rbind', 'rw'] },
    // read-only on the host side, so the guest's spec need not say it (see shared-mounts.ts)
    { destination: '/etc/resolv.conf', type: 'bind', source: '/run/husk/shared/c1/mounts/1-resolv.conf', options: ['rbind'] },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: expect.arrayContaining(['nosuid', 'nodev']) },
  ]);
  expect(fs.readFileSync(path.join(hostDir, '0-volume', 'data'), 'utf8')).toBe('in the volume');
  expect(fs.readFileSync(path.join(hostDir, '1-resolv.conf'), 'utf8')).toBe('nameserver 10.0.0.10\n');
  expect(() => fs.writeFileSync(path.join(hostDir, '1-resolv.conf'), 'x')).toThrow(/EROFS|read-only/);
  await releaseBindMounts(hostDir);
  expect(fs.existsSync(hostDir)).toBe(false);
  expect(fs.readFileSync(resolv, 'utf8')).toBe('nameserver 10.0.0.10\n');
});

it('refuses a missing or relative source and leaves nothing mounted', async () => {
  const vol = path.join(root, 'volume');
  fs.mkdirSync(vol);
  const hostDir = path.join(root, 'mounts');
  for (const source of [path.join(root, 'missing'), 'relative/path']) {
    await expect(
      shareBindMounts([{ destination: '/ok', type: 'bind', source: vol }, { destination: '/bad', type: 'bind', source }], hostDir, '/g', log),
    ).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    expect(fs.existsSync(hostDir)).toBe(false);
  }
});

it('takes submounts along for rbind, one bind each, read-only on the top mount only, and never blocks removing the source', async () => {
  const vol = path.join(root, 'volume');
  const sub = path.join(vol, 'tmpfs');
  const nested = path.join(sub, 'nested');
  fs.mkdirSync(sub, { recursive: true });
  const { execa } = await import('execa');
  await execa('mount', ['-t', 'tmpfs', 'tmpfs', sub]);
  fs.mkdirSync(nested);
  await execa('mount', ['-t', 'tmpfs', 'tmpfs', nested]);
  const hostDir = path.join(root, 'mounts');
  try {
    const mounts = await shareBindMounts([{ destination: '/mnt', type: 'bind', source: vol, options: ['rbind', 'ro'] }], hostDir, '/g', log);
    expect(mounts).toEqual([
      { destination: '/mnt', type: 'bind', source: '/g/0-volume', options: ['rbind'] },
      { destination: '/mnt/tmpfs', type: 'bind', source: '/g/1-tmpfs', options: ['rbind'] },
      { destination: '/mnt/tmpfs/nested', type: 'bind', source: '/g/2-nested', options: ['rbind'] },
    ]);
    fs.writeFileSync(path.join(hostDir, '1-tmpfs', 'file'), 'writable submount');
    expect(() => fs.writeFileSync(path.join(hostDir, '0-volume', 'top'), 'x')).toThrow(/EROFS|read-only/);
    // what critest's readonly-mount tests do while the container still runs
    await execa('umount', ['-l', nested]);
    await execa('umount', ['-l', sub]);
    fs.rmSync(vol, { recursive: true });
    await releaseBindMounts(hostDir);
  } finally {
    await execa('umount', ['-l', nested], { reject: false });
    await execa('umount', ['-l', sub], { reject: false });
  }
});

it('makes every submount read-only for rro', async () => {
  const vol = path.join(root, 'volume');
  const sub = path.join(vol, 'tmpfs');
  fs.mkdirSync(sub, { recursive: true });
  const { execa } = await import('execa');
  await execa('mount', ['-t', 'tmpfs', 'tmpfs', sub]);
  const hostDir = path.join(root, 'mounts');
  try {
    const mounts = await shareBindMounts([{ destination: '/mnt', type: 'bind', source: vol, options: ['rbind', 'rro'] }], hostDir, '/g', log);
    expect(mounts.map((m) => m.options)).toEqual([['rbind', 'rro'], ['rbind', 'rro']]);
    expect(() => fs.writeFileSync(path.join(hostDir, '1-tmpfs', 'file'), 'x')).toThrow(/EROFS|read-only/);
    await releaseBindMounts(hostDir);
  } finally {
    await execa('umount', ['-l', sub], { reject: false });
  }
});
