/** The host's side of a container's block devices: found by number, annotated for the agent. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { allowsAllDevices, annotateBlockDevices, annotateRootDisk, rootDisk, specBlockDevices } from '../../../src/sandbox/block-devices.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-sysdev-'));
  fs.mkdirSync(path.join(root, '7:3'));
  fs.writeFileSync(path.join(root, '7:3', 'uevent'), 'MAJOR=7\nMINOR=3\nDEVNAME=loop3\nDEVTYPE=disk\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const withDevices = (devices: object[]) => ({ linux: { devices } });

it('finds the host device of each block device by its number, and tells the agent which serial is which', async () => {
  const spec = withDevices([{ type: 'b', path: '/dev/data', major: 7, minor: 3 }, { type: 'c', path: '/dev/null', major: 1, minor: 3 }]);
  const blocks = await specBlockDevices(spec, root);
  expect(blocks).toEqual([{ containerPath: '/dev/data', major: 7, minor: 3, diskId: 'blk-7-3', hostPath: '/dev/loop3' }]);
  expect(annotateBlockDevices(spec, blocks)).toMatchObject({ annotations: { 'io.husk.block-devices': '{"/dev/data":"blk-7-3"}' } });
  expect(annotateBlockDevices(spec, [])).toBe(spec);
});

it("gives a privileged container (every device allowed) none of the host's block devices", async () => {
  const spec = { linux: { devices: [{ type: 'b', path: '/dev/data', major: 7, minor: 3 }], resources: { devices: [{ allow: true, access: 'rwm' }] } } };
  expect(allowsAllDevices(spec)).toBe(true);
  expect(await specBlockDevices(spec, root)).toEqual([]);
  expect(allowsAllDevices({ linux: { resources: { devices: [{ allow: false, access: 'rwm' }, { allow: true, type: 'b', major: 7, minor: 3, access: 'rwm' }] } } })).toBe(false);
});

it('NotFound for a number the host has no device for; InvalidArgument for an entry without one', async () => {
  await expect(specBlockDevices(withDevices([{ type: 'b', path: '/dev/x', major: 7, minor: 99 }]), root)).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound, message: expect.stringContaining('7:99') });
  await expect(specBlockDevices(withDevices([{ type: 'b', path: 'dev/x', major: 7, minor: 3 }]), root)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
  await expect(specBlockDevices(withDevices([{ type: 'b', path: '/dev/x' }]), root)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
});

describe('rootDisk', () => {
  it('is one disk file system mount of a block device, or of a file mounted with loop; anything else is shared as before', async () => {
    const image = path.join(root, 'snap.img');
    fs.writeFileSync(image, '');
    const loopDev = fs.readdirSync('/sys/block').map((b) => `/dev/${b}`).find((d) => fs.existsSync(d) && fs.statSync(d).isBlockDevice())!;
    expect(await rootDisk([{ type: 'ext4', source: image, options: ['loop', 'rw'] }])).toEqual({ path: image, image: true, fstype: 'ext4', options: ['rw'] });
    expect(await rootDisk([{ type: 'ext4', source: loopDev, options: [] }])).toEqual({ path: loopDev, image: false, fstype: 'ext4', options: [] });
    expect(await rootDisk([{ type: 'ext4', source: image, options: [] }])).toBeUndefined();
    expect(await rootDisk([{ type: 'overlay', source: 'overlay', options: ['lowerdir=/a'] }])).toBeUndefined();
    expect(await rootDisk([{ type: 'xfs', source: loopDev, options: [] }])).toBeUndefined();
    expect(await rootDisk([{ type: 'ext4', source: loopDev, options: [] }, { type: 'bind', source: '/x', options: [] }])).toBeUndefined();
    expect(annotateRootDisk({}, 'root-abc', { path: image, image: true, fstype: 'ext4', options: ['rw'] })).toEqual({ annotations: { 'io.husk.rootfs-disk': '{"serial":"root-abc","fstype":"ext4","options":["rw"]}' } });
  });
});
