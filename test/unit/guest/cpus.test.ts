/**
 * GuestCpus over a directory laid out as the kernel's /sys/devices/system/cpu: it onlines the
 * present CPUs that are offline, and with a count waits until that many are online.
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

test('onlines every present CPU that is offline', async () => {
  sysfs('0-3', '0,2');
  await new GuestCpus(root).onlineAll(0, 1000);
  expect(['cpu1', 'cpu2', 'cpu3'].map((c) => fs.readFileSync(path.join(root, c, 'online'), 'utf8'))).toEqual(['1', '1', '1']);
});

test('waits for a count that is not reached in time: FailedPrecondition naming it', async () => {
  sysfs('0', '0');
  await expect(new GuestCpus(root).onlineAll(2, 200)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('1 CPUs online, 2 wanted') });
});

test('a CPU the kernel refuses to online: FailedPrecondition', async () => {
  sysfs('0-1', '0');
  fs.rmSync(path.join(root, 'cpu1'), { recursive: true });
  fs.mkdirSync(path.join(root, 'cpu1', 'online'), { recursive: true });
  await expect(new GuestCpus(root).onlineAll(0, 200)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('cannot online CPU 1') });
});
