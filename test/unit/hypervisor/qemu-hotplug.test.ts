/**
 * QemuHotplug over a scripted QMP peer: what it sends for each change, that changes on one VM
 * run one at a time, and that a failure or a guest that never lets go leaves the bookkeeping
 * as QEMU has it.
 */
import fs from 'node:fs';
import { pino } from 'pino';
import { GrpcCode } from '../../../src/errors.js';
import { QemuHotplug } from '../../../src/hypervisor/qemu/hotplug/qemu-hotplug.js';
import type { QmpClient, QmpEvent } from '../../../src/hypervisor/qemu/qmp.js';

/** Any block device this machine has (loop devices exist wherever losetup does). */
const BLOCK = fs.readdirSync('/sys/block').map((b) => `/dev/${b}`).find((d) => fs.existsSync(d) && fs.statSync(d).isBlockDevice())!;

class ScriptedQmp {
  readonly sent: Array<[string, Record<string, unknown> | undefined]> = [];
  /** Commands that fail, by name. */
  readonly failing = new Set<string>();
  /** Whether the guest acknowledges device_del (DEVICE_DELETED). */
  acknowledges = true;
  inFlight = 0;
  maxInFlight = 0;
  private listeners: Array<(e: QmpEvent) => void> = [];
  private vcpuAdded = false;
  private requested = 0;

  async execute<T>(command: string, args?: Record<string, unknown>): Promise<T> {
    this.sent.push([command, args]);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 5));
      if (this.failing.has(command)) throw Object.assign(new Error(`${command} failed`), { grpcCode: GrpcCode.Internal });
      if (command === 'device_del' && this.acknowledges) setTimeout(() => this.listeners.forEach((l) => l({ event: 'DEVICE_DELETED', data: { device: args!.id }, at: new Date() })), 5);
      if (command === 'device_add' && String(args!.id).startsWith('vcpu')) this.vcpuAdded = true;
      if (command === 'query-hotpluggable-cpus') return [{ type: 'x', props: { 'core-id': 1 }, ...(this.vcpuAdded ? { 'qom-path': '/machine/peripheral/vcpu1' } : {}) }, { type: 'x', props: { 'core-id': 0 }, 'qom-path': '/machine/unattached/device[0]' }] as T;
      if (command === 'qom-set') this.requested = Number(args!.value);
      if (command === 'qom-get') return this.requested as T;
      return undefined as T;
    } finally {
      this.inFlight--;
    }
  }

  nextEvent(matches: (e: QmpEvent) => boolean, timeoutMs: number, what: string): Promise<QmpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(Object.assign(new Error(`no ${what}`), { grpcCode: GrpcCode.DeadlineExceeded })), timeoutMs);
      this.listeners.push((e) => {
        if (!matches(e)) return;
        clearTimeout(timer);
        resolve(e);
      });
    });
  }

  commands(): string[] {
    return this.sent.map(([c]) => c);
  }
}

function hotplug(qmp: ScriptedQmp, ports = 2) {
  return new QemuHotplug({ qmp: qmp as unknown as QmpClient, room: { maxVcpus: 2, maxMemoryMiB: 1024, ports }, boot: { vcpus: 1, memoryMiB: 512 }, log: pino({ level: 'silent' }), timeoutMs: 100, vcpus: 'acpi' });
}

describe('QemuHotplug', () => {
  it('plugs a disk as a node then a virtio-blk device on a free root port, serial = id', async () => {
    const qmp = new ScriptedQmp();
    const hp = hotplug(qmp);
    await hp.addDisk({ id: 'd1', path: BLOCK, readOnly: true });
    expect(qmp.sent).toEqual([
      ['blockdev-add', expect.objectContaining({ 'node-name': 'd1-node', 'read-only': true, file: expect.objectContaining({ driver: 'host_device', filename: BLOCK }) })],
      ['device_add', expect.objectContaining({ driver: 'virtio-blk-pci', id: 'd1', bus: 'hp0', serial: 'd1' })],
    ]);
    expect(hp.disks()).toEqual([{ id: 'd1', path: BLOCK, readOnly: true }]);
    await hp.removeDisk('d1');
    expect(qmp.commands().slice(2)).toEqual(['device_del', 'blockdev-del']);
    expect(hp.disks()).toEqual([]);
  });

  it('runs concurrent changes one at a time, each on its own port', async () => {
    const qmp = new ScriptedQmp();
    const hp = hotplug(qmp);
    await Promise.all([hp.addNic({ id: 'n1', tap: 'tap1', mac: '02:00:00:00:00:01' }), hp.addNic({ id: 'n2', tap: 'tap2', mac: '02:00:00:00:00:02' })]);
    expect(qmp.maxInFlight).toBe(1);
    expect(qmp.sent.filter(([c]) => c === 'device_add').map(([, a]) => a!.bus)).toEqual(['hp0', 'hp1']);
    await expect(hp.addNic({ id: 'n3', tap: 'tap3', mac: '02:00:00:00:00:03' })).rejects.toMatchObject({ grpcCode: GrpcCode.ResourceExhausted });
    await expect(hp.addNic({ id: 'n1', tap: 'tap9', mac: '02:00:00:00:00:09' })).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
  });

  it('takes back the node when the device cannot be added, and lists nothing', async () => {
    const qmp = new ScriptedQmp();
    qmp.failing.add('device_add');
    const hp = hotplug(qmp);
    await expect(hp.addDisk({ id: 'd1', path: BLOCK, readOnly: false })).rejects.toThrow('device_add failed');
    expect(qmp.commands()).toEqual(['blockdev-add', 'device_add', 'blockdev-del']);
    expect(hp.disks()).toEqual([]);
    qmp.failing.clear();
    await hp.addDisk({ id: 'd1', path: BLOCK, readOnly: false });
    expect(qmp.sent.at(-1)![1]).toMatchObject({ bus: 'hp0' });
  });

  it('keeps a device the guest never lets go of listed, with DeadlineExceeded', async () => {
    const qmp = new ScriptedQmp();
    const hp = hotplug(qmp);
    await hp.addNic({ id: 'n1', tap: 'tap1', mac: '02:00:00:00:00:01' });
    qmp.acknowledges = false;
    await expect(hp.removeNic('n1')).rejects.toMatchObject({ grpcCode: GrpcCode.DeadlineExceeded, message: expect.stringContaining('NIC n1') });
    expect(hp.nics().map((n) => n.id)).toEqual(['n1']);
    expect(qmp.commands()).not.toContain('netdev_del');
  });

  it('refuses bad input before QMP sees anything', async () => {
    const qmp = new ScriptedQmp();
    const hp = hotplug(qmp);
    const refused = (p: Promise<unknown>, code: GrpcCode) => expect(p).rejects.toMatchObject({ grpcCode: code });
    await refused(hp.addDisk({ id: 'a/b', path: BLOCK, readOnly: false }), GrpcCode.InvalidArgument);
    await refused(hp.addDisk({ id: 'x'.repeat(21), path: BLOCK, readOnly: false }), GrpcCode.InvalidArgument);
    await refused(hp.addDisk({ id: 'd', path: '/etc/passwd', readOnly: false }), GrpcCode.InvalidArgument);
    await refused(hp.addDisk({ id: 'd', path: '/dev/null', readOnly: false }), GrpcCode.InvalidArgument);
    await refused(hp.addDisk({ id: 'd', path: '/dev/nope-nope', readOnly: false }), GrpcCode.NotFound);
    await refused(hp.addNic({ id: 'n', tap: 'x;y', mac: '02:00:00:00:00:01' }), GrpcCode.InvalidArgument);
    await refused(hp.removeNic('n'), GrpcCode.NotFound);
    await refused(hp.resize({ vcpus: 1.5, memoryMiB: 512 }), GrpcCode.InvalidArgument);
    await refused(hp.resize({ vcpus: 3, memoryMiB: 512 }), GrpcCode.OutOfRange);
    await refused(hp.resize({ vcpus: 1, memoryMiB: 4096 }), GrpcCode.OutOfRange);
    await refused(hp.resize({ vcpus: 1, memoryMiB: 256 }), GrpcCode.FailedPrecondition);
    expect(qmp.sent).toEqual([]);
  });

  it('grows memory in whole virtio-mem blocks, rounded up', async () => {
    const qmp = new ScriptedQmp();
    const hp = hotplug(qmp);
    expect(await hp.resize({ vcpus: 2, memoryMiB: 600 })).toEqual({ vcpus: 2, memoryMiB: 640 });
    expect(qmp.sent).toContainEqual(['qom-set', expect.objectContaining({ property: 'requested-size', value: 128 * 2 ** 20 })]);
    expect(qmp.sent).toContainEqual(['device_add', expect.objectContaining({ id: 'vcpu1', 'core-id': 1 })]);
  });

  it('refuses a device the host itself uses (mounted): FailedPrecondition (or PermissionDenied where the host locks it), QMP untouched', async () => {
    const mounted = fs.readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[0]!).find((d) => d.startsWith('/dev/') && fs.existsSync(d) && fs.statSync(d).isBlockDevice());
    if (!mounted) return; // no block device mounted here (a diskless host): nothing to try
    const qmp = new ScriptedQmp();
    const err = await hotplug(qmp).addDisk({ id: 'root', path: mounted, readOnly: true }).then(() => undefined, (e: { grpcCode: GrpcCode }) => e);
    expect([GrpcCode.FailedPrecondition, GrpcCode.PermissionDenied]).toContain(err?.grpcCode);
    expect(qmp.sent).toEqual([]);
  });
});
