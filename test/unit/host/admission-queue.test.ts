/**
 * The host-wide admission queue on a private directory: real flock(2) locks, real tickets, other
 * processes as other shims.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AdmissionQueue, defaultSlots, URGENT_LEAD_MS, type Slot } from '../../../src/host/admission-queue.js';
import { processStartTime } from '../../../src/host/proc.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-boot-queue-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const tickets = (kind = 'boot') => fs.readdirSync(path.join(dir, kind)).filter((n) => n.startsWith('ticket-'));
const settled = async (p: Promise<unknown>) => Promise.race([p.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 300))]);

describe('AdmissionQueue', () => {
  it('admits as many as it has slots and the rest in arrival order as slots free', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 2, step: 2 }, pollMs: 50 });
    const order: string[] = [];
    const a = await q.acquire('a');
    const b = await q.acquire('b');
    const queued: Array<[string, number]> = [];
    const waiting = ['c', 'd', 'e'].map((label) =>
      q.acquire(label, { onQueued: (ahead: number) => queued.push([label, ahead]) }).then((slot: Slot) => {
        order.push(label);
        return slot;
      }),
    );
    expect(await settled(waiting[0]!)).toBe(false);
    expect(queued).toEqual([['c', 2], ['d', 3], ['e', 4]]);
    a.release();
    const c = await waiting[0]!;
    expect(c.aheadAtArrival).toBe(2);
    expect(await settled(waiting[1]!)).toBe(false);
    // One slot at a time: with two free at once, d and e may both go in either order.
    b.release();
    const d = await waiting[1]!;
    expect(await settled(waiting[2]!)).toBe(false);
    c.release();
    const rest = [d, await waiting[2]!];
    expect(order).toEqual(['c', 'd', 'e']);
    for (const s of rest) s.release();
    // Tickets are removed in the background of release().
    for (let i = 0; i < 200 && tickets().length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(tickets()).toEqual([]);
  });

  it('lets urgent work go ahead of ordinary work waiting, not of work admitted', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    const order: string[] = [];
    const held = await q.acquire('create container of pod a', { kind: 'step' });
    const later = (label: string, urgent: boolean) => q.acquire(label, { kind: 'step', urgent }).then((s) => (order.push(label), s));
    const start = later('start container of pod b', false);
    await new Promise((r) => setTimeout(r, 5));
    const exec = later('exec into pod c', true);
    expect(await settled(exec)).toBe(false);
    held.release();
    (await exec).release();
    (await start).release();
    expect(order).toEqual(['exec into pod c', 'start container of pod b']);
  });

  it('lets urgent work pass only ordinary work that arrived shortly before it: what has waited URGENT_LEAD_MS is not passed', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    const held = await q.acquire('create container of pod a', { kind: 'step' });
    // A ticket of another live process (this one's pid and start time) that has waited longer than the lead.
    const long = Date.now() - URGENT_LEAD_MS - 1000;
    const old = path.join(dir, 'step', `ticket-1-${String(long).padStart(15, '0')}-000000-${process.pid}-${processStartTime(process.pid)}`);
    fs.writeFileSync(old, 'start container of pod b\n');
    const seen: number[] = [];
    const exec = q.acquire('exec into pod c', { kind: 'step', urgent: true, onQueued: (ahead) => seen.push(ahead) });
    expect(await settled(exec)).toBe(false);
    // Behind the ordinary one that has waited too long to be passed (the admitted one keeps
    // its slot wherever it stands: urgent work passes it in line, not in its slot).
    expect(seen).toEqual([1]);
    fs.rmSync(old);
    held.release();
    (await exec).release();
  });

  it('gives steps a line of their own: a booted pod does not wait for the boots of others', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    const boot = await q.acquire('boot');
    const waitingBoot = q.acquire('another boot');
    const step = await q.acquire('create container', { kind: 'step' });
    const nextStep = q.acquire('start container', { kind: 'step' });
    expect(await settled(nextStep)).toBe(false);
    step.release();
    (await nextStep).release();
    expect(await settled(waitingBoot)).toBe(false);
    boot.release();
    (await waitingBoot).release();
  });

  it('is shared between processes: a slot held by another process is not taken, and is freed when that process is killed', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    // Another "shim": flock(1) holds slot 0 for as long as it lives (--close: its sleep does not inherit the lock).
    fs.mkdirSync(path.join(dir, 'boot'));
    const other = spawn('flock', ['--close', path.join(dir, 'boot', 'slot-0'), 'sh', '-c', 'echo locked; exec sleep 600'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    // Its command runs once flock holds the lock (a fixed pause could end before that).
    await new Promise((r) => other.stdout!.once('data', r));
    const mine = q.acquire('mine');
    expect(await settled(mine)).toBe(false);
    process.kill(-other.pid!, 'SIGKILL'); // flock and its sleep
    const slot = await mine;
    slot.release();
  });

  it("removes the ticket of a pod whose shim died, so the line moves past it", async () => {
    // A ticket ahead of ours whose owner (pid 1 with another start time) is gone.
    fs.mkdirSync(path.join(dir, 'boot'));
    fs.writeFileSync(path.join(dir, 'boot', 'ticket-000000000000001-000000-1-1'), 'dead\n');
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    const slot = await q.acquire('mine');
    expect(tickets()).toHaveLength(1);
    slot.release();
  });

  it('gives up the place in line when aborted, leaving no ticket', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 50 });
    const held = await q.acquire('held');
    const ac = new AbortController();
    const waiting = q.acquire('waiting', { signal: ac.signal });
    expect(await settled(waiting)).toBe(false);
    ac.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    expect(tickets()).toHaveLength(1);
    held.release();
  });

  it('boots anyway when the line ahead has not moved for the stall limit', async () => {
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as never;
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, pollMs: 20, stallMs: 200, log });
    const wedged = await q.acquire('wedged');
    const slot: Slot = await q.acquire('next');
    expect(warnings).toEqual(['the admission queue has not moved; going ahead without a slot']);
    slot.release();
    wedged.release();
  });

  it('fails with a clear error when flock cannot be run', async () => {
    const q = new AdmissionQueue({ dir, slots: { boot: 1, step: 1 }, flockBinary: path.join(dir, 'no-flock') });
    await expect(q.acquire('x')).rejects.toThrow(/admission queue: cannot run .*no-flock/);
    expect(tickets()).toEqual([]);
  });

  it('takes its sizes from HUSK_ADMISSION_BOOTS and HUSK_ADMISSION_STEPS, else the CPU count', () => {
    const cpus = os.availableParallelism();
    expect(defaultSlots({ HUSK_ADMISSION_BOOTS: '3' })).toEqual({ boot: 3, step: cpus });
    expect(defaultSlots({ HUSK_ADMISSION_STEPS: '1' })).toEqual({ boot: cpus, step: 1 });
    expect(() => defaultSlots({ HUSK_ADMISSION_BOOTS: '0' })).toThrow('HUSK_ADMISSION_BOOTS="0": want a positive integer');
    expect(() => defaultSlots({ HUSK_ADMISSION_STEPS: 'two' })).toThrow('HUSK_ADMISSION_STEPS="two": want a positive integer');
  });
});
