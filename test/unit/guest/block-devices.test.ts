/**
 * The agent's side of a container's block devices over a directory laid out as /sys/block:
 * the disk found by its serial gives its numbers to the device entry and the cgroup rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { resolveBlockDevices, rootfsDisk } from '../../../src/guest/block-devices.js';

let root: string;
beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-sysblock-'))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function disk(name: string, serial: string, dev: string): void {
  fs.mkdirSync(path.join(root, name));
  fs.writeFileSync(path.join(root, name, 'serial'), `${serial}\n`);
  fs.writeFileSync(path.join(root, name, 'dev'), `${dev}\n`);
}

const spec = (annotation?: string) => ({
  annotations: { keep: 'me', ...(annotation !== undefined ? { 'io.husk.block-devices': annotation } : {}) },
  linux: {
    devices: [{ type: 'b', path: '/dev/xvda', major: 7, minor: 0 }, { type: 'c', path: '/dev/fuse', major: 10, minor: 229 }],
    resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'b', major: 7, minor: 0, access: 'rwm' }, { allow: true, type: 'c', major: 10, minor: 229, access: 'rwm' }] },
  },
});

it("puts the guest's numbers of the disk with the serial in place of the host's, and drops the annotation", async () => {
  disk('vda', '', '254:0');
  disk('vdb', 'blk-7-0', '254:16');
  const out = (await resolveBlockDevices(spec(JSON.stringify({ '/dev/xvda': 'blk-7-0' })), 1000, root)) as ReturnType<typeof spec>;
  expect(out.linux.devices).toEqual([{ type: 'b', path: '/dev/xvda', major: 254, minor: 16 }, { type: 'c', path: '/dev/fuse', major: 10, minor: 229 }]);
  expect(out.linux.resources.devices[1]).toEqual({ allow: true, type: 'b', major: 254, minor: 16, access: 'rwm' });
  expect(out.linux.resources.devices[2]).toEqual({ allow: true, type: 'c', major: 10, minor: 229, access: 'rwm' });
  expect(out.annotations).toEqual({ keep: 'me' });
});

it('leaves a spec without the annotation alone', async () => {
  const s = spec();
  expect(await resolveBlockDevices(s, 1000, root)).toBe(s);
});

it('waits for the disk, then gives up with FailedPrecondition naming it; a bad annotation is InvalidArgument', async () => {
  setTimeout(() => disk('vdb', 'blk-7-0', '254:16'), 100);
  await expect(resolveBlockDevices(spec(JSON.stringify({ '/dev/xvda': 'blk-7-0' })), 2000, root)).resolves.toBeTruthy();
  await expect(resolveBlockDevices(spec(JSON.stringify({ '/dev/xvda': 'blk-9-9' })), 200, root)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('blk-9-9') });
  await expect(resolveBlockDevices(spec('{nope'), 200, root)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
  await expect(resolveBlockDevices(spec(JSON.stringify({ '/dev/xvda': '../../etc' })), 200, root)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
});

it('reads the root disk the host asks for, keeping only mount options a root file system may have', () => {
  const spec = { annotations: { a: 'b', 'io.husk.rootfs-disk': JSON.stringify({ serial: 'root-abc', fstype: 'ext4', options: ['rw', 'loop', 'nodev', 'x-evil=1'] }) } };
  expect(rootfsDisk(spec)).toEqual({ disk: { serial: 'root-abc', fstype: 'ext4', options: ['rw', 'nodev'] }, spec: { annotations: { a: 'b' } } });
  expect(rootfsDisk({})).toBeUndefined();
  const bad = (v: object) => () => rootfsDisk({ annotations: { 'io.husk.rootfs-disk': JSON.stringify(v) } });
  expect(bad({ serial: '../x', fstype: 'ext4' })).toThrow(/bad serial/);
  expect(bad({ serial: 'root-abc', fstype: 'btrfs' })).toThrow(/not one the guest has/);
});
