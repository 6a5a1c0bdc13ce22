/**
 * The daemon's sweep of cached VMs (cache-daemon.ts sweepVms): a VM still in its directory is
 * claimed (vm/ renamed to vm.dead) and its QEMU ended; one a shim has taken (its vm/ renamed
 * into the sandbox) is never signalled, even when the sweep and the shim's commit meet.
 * Stand-in QEMUs (fake-qemu.ts): only who gets signalled matters here. Real QEMU and a real
 * daemon: test/integration/factory/cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { sweepVms } from '../../../src/factory/cache-daemon.js';
import { alive, endFakeQemus, fakeQemu, waitGone, writePidFile } from './fake-qemu.js';

const log = pino({ level: 'silent' });
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cache-daemon-'));
});
afterEach(() => {
  endFakeQemus();
  fs.rmSync(root, { recursive: true, force: true });
});

async function cached(id: string): Promise<number> {
  fs.mkdirSync(path.join(root, id, 'vm'), { recursive: true });
  fs.mkdirSync(path.join(root, id, 'shared'));
  const { pid } = await fakeQemu(id);
  writePidFile(path.join(root, id, 'vm'), pid);
  return pid;
}

describe('sweepVms', () => {
  test('ends the QEMUs of VMs still in the daemon\'s directory and removes their directories', async () => {
    const a = await cached('c0000000a');
    const b = await cached('c0000000b');
    expect(await sweepVms(root, log)).toBe(2);
    expect(await waitGone(a)).toBe(true);
    expect(await waitGone(b)).toBe(true);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  test('leaves a VM a shim has taken alone: its vm/ was renamed away, and once claimed it cannot be', async () => {
    const taken = await cached('c0000000c');
    const pod = `${root}-pod`;
    fs.renameSync(path.join(root, 'c0000000c', 'vm'), pod);
    try {
      expect(await sweepVms(root, log)).toBe(0);
      expect(alive(taken)).toBe(true);
      expect(fs.readFileSync(path.join(pod, 'qemu.pid'), 'utf8')).toBe(`${taken}\n`);
      expect(fs.readdirSync(root)).toEqual([]);
    } finally {
      fs.rmSync(pod, { recursive: true, force: true });
    }
  });

  test('a sweep racing a shim\'s commit: whichever renames vm/ first owns the VM', async () => {
    const pid = await cached('c0000000d');
    const pod = `${root}-pod`;
    const [swept, committed] = await Promise.all([
      sweepVms(root, log),
      fs.promises.rename(path.join(root, 'c0000000d', 'vm'), pod).then(
        () => true,
        () => false,
      ),
    ]);
    try {
      if (committed) {
        expect(swept).toBe(0);
        expect(alive(pid)).toBe(true);
      } else {
        expect(swept).toBe(1);
        expect(await waitGone(pid)).toBe(true);
      }
    } finally {
      fs.rmSync(pod, { recursive: true, force: true });
    }
  });

  test('an earlier sweep that claimed a VM and died before ending it: the next one ends it', async () => {
    const pid = await cached('c0000000e');
    fs.renameSync(path.join(root, 'c0000000e', 'vm'), path.join(root, 'c0000000e', 'vm.dead'));
    expect(await sweepVms(root, log)).toBe(1);
    expect(await waitGone(pid)).toBe(true);
  });
});
