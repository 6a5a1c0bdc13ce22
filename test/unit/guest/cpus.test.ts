/**
 * GuestCpus over a directory laid out as the kernel's /sys/devices/system/cpu: it brings the
 * count of online CPUs to what is asked, both ways, waiting for CPUs not yet present.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GrpcCode } from '../../../src/errors.js';
import { expand, GuestCpus } from '../../../src/guest/cpus.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cpus-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A sysfs-like tree: `present` and `online` lists, a cpuN/online file per CPU but cpu0. */
function sysfs(present: string, online: string): void {
  fs.writeFileSync(path.join(root, 'present'), `${present}\n`);
  fs.writeFileSync(path.join(root, 'online'), `${online}\n`);
  for (const c of expand(present).filter((c) => c > 0)) {
    fs.mkdirSync(path.join(root, `cpu${c}`), { recursive: true });
    fs.writeFileSync(path.join(root, `cpu${c}`, 'online'), expand(online).includes(c) ? '1' : '0');
  }
}

test('reads the kernel\'s CPU lists', () => {
  expect(expand('0-2,4\n')).toEqual([0, 1, 2, 4]);
  expect(expand('0')).toEqual([0]);
  expect(expand('')).toEqual([]);
});

const states = () => ['cpu1', 'cpu2', 'cpu3'].map((c) => fs.readFileSync(path.join(root, c, 'online'), 'utf8'));

test('onlines the lowest offline CPUs up to the count, and offlines the highest beyond it', async () => {
  sysfs('0-3', '0,2');
  expect(await new GuestCpus(root).setOnline(3, 1000)).toBe(3);
  expect(states()).toEqual(['1', '1', '0']);
  await new GuestCpus(root).setOnline(4, 1000);
  expect(states()).toEqual(['1', '1', '1']);
  await new GuestCpus(root).setOnline(1, 1000);
  expect(states()).toEqual(['0', '0', '0']);
  await expect(new GuestCpus(root).setOnline(0, 1000)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
});

test('waits for a count that is not reached in time: FailedPrecondition naming it', async () => {
  sysfs('0', '0');
  await expect(new GuestCpus(root).setOnline(2, 200)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('1 CPUs online, 2 wanted') });
});

test('a CPU the kernel refuses to online: FailedPrecondition', async () => {
  sysfs('0-1', '0');
  fs.rmSync(path.join(root, 'cpu1'), { recursive: true });
  fs.mkdirSync(path.join(root, 'cpu1', 'online'), { recursive: true });
  await expect(new GuestCpus(root).setOnline(2, 200)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('CPU 1') });
});
