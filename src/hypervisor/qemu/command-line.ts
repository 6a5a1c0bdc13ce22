/**
 * QEMU's argv for one husk VM, as a pure function of its inputs so every flag is
 * unit-tested. The boot contract with the guest image (docs/guest-image.md): a vmlinux
 * booted directly (PVH), an initramfs that mounts /dev/vda read-only as root, the serial
 * console on ttyS0, the agent channel as virtio-serial port `agent.channel.0`, and the
 * shared directory under mount tag `husk-shared`.
 */
import { MEMORY_BLOCK_MIB, type Accel, type HotplugRoom } from '../hypervisor.js';

/** The guest agent's end of the channel; the guest looks the port up by this name. */
export const AGENT_PORT_NAME = 'agent.channel.0';
/** Mount tag of the shared directory, the same for 9p and virtio-fs. */
export const SHARED_MOUNT_TAG = 'husk-shared';

/**
 * How the agent is reached.
 * - virtio-serial: QEMU listens on a unix socket on the host; the guest sees a port named
 *   AGENT_PORT_NAME. Works everywhere; it is what the driver uses.
 * - vsock: vhost-vsock-pci with a guest CID, for hosts with /dev/vhost-vsock. The host end
 *   is an AF_VSOCK socket, which Node cannot dial without a native addon, so the driver
 *   does not select it yet.
 */
export type AgentChannel =
  | { kind: 'virtio-serial'; socketPath: string }
  | { kind: 'vsock'; guestCid: number };

/**
 * How the shared directory reaches the guest.
 * - 9p: QEMU serves it itself (virtio-9p-pci). What the driver uses.
 * - virtio-fs: a virtiofsd daemon serves it over a vhost-user socket; guest memory must then
 *   be a shared memfd so the daemon can map it. Starting and supervising virtiofsd is not
 *   written yet, so the driver does not select this either.
 */
export type SharedFs =
  | { kind: '9p'; path: string }
  | { kind: 'virtio-fs'; socketPath: string };

/** A virtio-net NIC on a tap device that already exists in QEMU's network namespace. */
export interface NetdevInput {
  tap: string;
  mac: string;
  /**
   * vhost-net moves the packet path into the host kernel. QEMU refuses to start when it
   * is asked for and /dev/vhost-net cannot be used, so it is only for hosts that have it.
   */
  vhost?: boolean;
}

export interface QemuArgsInput {
  id: string;
  accel: Accel;
  vcpus: number;
  memoryMiB: number;
  kernelPath: string;
  initrdPath: string;
  rootfsImagePath: string;
  consoleLogPath: string;
  qmpSocketPath: string;
  pidFilePath: string;
  agent: AgentChannel;
  sharedFs: SharedFs;
  /** NICs in PCI slot order. */
  netdevs?: readonly NetdevInput[];
  /** Appended to the built-in kernel parameters. */
  kernelParams?: readonly string[];
  debug?: boolean;
  /**
   * Guest RAM in this file instead of anonymous memory: `share` maps it shared (the file then
   * holds the guest's memory: a VM template), else private (copy-on-write over it: a clone).
   */
  memoryFile?: { path: string; share: boolean };
  /** Start paused, waiting for a migration stream (migrate-incoming) instead of booting. */
  incoming?: boolean;
  /** Room for live changes, fixed at boot. */
  hotplug?: HotplugRoom;
}

/** Linux's memory block on x86-64 (hypervisor.ts MEMORY_BLOCK_MIB): virtio-mem's region is sized in whole blocks. */
export { MEMORY_BLOCK_MIB };
/** QOM ids of what HotplugRoom adds, for QMP. */
export const VIRTIO_MEM_ID = 'hotmem0';
export const HOTPLUG_PORT_PREFIX = 'hp';

/**
 * How a VM's vCPUs grow and shrink (QemuHotplugOptions.vcpus): ACPI hotplug under KVM; under
 * TCG all of the room's vCPUs are there from boot and the guest brings up only the boot
 * count (kernel parameter maxcpus), the rest offline until the agent onlines them.
 */
export function vcpuHotplug(accel: Accel): 'acpi' | 'guest' {
  return accel === 'kvm' ? 'acpi' : 'guest';
}

/** The file backing a template's (and its clones') hot-pluggable memory: beside its memory file. */
export function hotMemoryPath(memoryFile: string): string {
  return `${memoryFile}.hotplug`;
}

/** Refuses room QEMU or the guest could not use. */
export function validateHotplugRoom(room: HotplugRoom, vcpus: number, memoryMiB: number): void {
  if (!Number.isInteger(room.maxVcpus) || room.maxVcpus < vcpus || room.maxVcpus > 255) throw new RangeError(`maximum vCPUs ${room.maxVcpus}: want ${vcpus} (the boot count) to 255`);
  const extra = room.maxMemoryMiB - memoryMiB;
  if (!Number.isInteger(room.maxMemoryMiB) || extra < 0 || extra % MEMORY_BLOCK_MIB !== 0) {
    throw new RangeError(`maximum memory ${room.maxMemoryMiB} MiB: want the boot memory (${memoryMiB} MiB) plus a multiple of ${MEMORY_BLOCK_MIB} MiB`);
  }
  if (!Number.isInteger(room.ports) || room.ports < 0 || room.ports > 30) throw new RangeError(`hotplug ports ${room.ports}: want 0 to 30`);
}

/**
 * Kernel parameters every husk guest gets. Most trade generality for boot time on a VM
 * with a fixed, known device set: no timer or TSC checks, no keyboard controller or PnP
 * probing, no crypto self-tests, one PCI bus. panic=1 plus QEMU's -no-reboot turns a guest
 * panic into QEMU exiting, so a dead guest can never look like a slow one.
 */
export function kernelParams(vcpus: number, debug = false, extra: readonly string[] = [], hotplug?: { maxVcpus: number; ports: number; memory: boolean; vcpus: 'acpi' | 'guest' }): string[] {
  const params = [
    'console=ttyS0',
    'quiet',
    'panic=1',
    'reboot=k',
    'tsc=reliable',
    'no_timer_check',
    'rcupdate.rcu_expedited=1',
    'i8042.direct=1',
    'i8042.dumbkbd=1',
    'i8042.nopnp=1',
    'i8042.noaux=1',
    'noreplace-smp',
    'cryptomgr.notests',
    'net.ifnames=0',
    // No bounce buffers: every device is virtio without an IOMMU. The kernel would otherwise
    // zero 64 MiB for them as soon as memory can reach past 4 GiB (any room for hot memory),
    // and a template would carry those pages.
    'swiotlb=noforce',
    // One PCI bus to scan, unless root ports for hot-plugged devices put buses behind them.
    ...(hotplug?.ports ? [] : ['pci=lastbus=0']),
    // CPUs the kernel makes room for: the most the VM may get.
    `nr_cpus=${Math.max(vcpus, hotplug?.maxVcpus ?? 0)}`,
    // vCPUs there from boot beyond the boot count stay offline until the agent onlines them.
    ...(hotplug?.vcpus === 'guest' && hotplug.maxVcpus > vcpus ? [`maxcpus=${vcpus}`] : []),
    // virtio-mem's blocks come online by themselves, movable so that they can be given back.
    ...(hotplug?.memory ? ['memhp_default_state=online_movable'] : []),
  ];
  if (debug) params.push('husk.debug=1');
  for (const p of extra) {
    // One argv element is one parameter; anything that would split or end the command line
    // is refused rather than passed to the guest half-understood.
    if (p === '' || /[\s\0]/.test(p)) throw new RangeError(`kernel parameter ${JSON.stringify(p)} is empty or contains whitespace`);
    params.push(p);
  }
  return params;
}

/**
 * QEMU splits option values on commas; a literal comma in a value (a path, say) is
 * written as two.
 */
export function escapeOptionValue(value: string): string {
  return value.replaceAll(',', ',,');
}

export const TCG_TB_SIZE_MIB = 64;

const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const MAC = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/;

/**
 * Refuses a NIC QEMU would misread or the guest could not use: a tap name that is not one
 * Linux interface name (at most 15 characters; nothing that would end a QEMU option), or a
 * MAC that is malformed or multicast (the low bit of its first byte set).
 */
export function validateNetdev(n: NetdevInput): void {
  if (typeof n.tap !== 'string' || !IFNAME.test(n.tap)) throw new RangeError(`tap device name ${JSON.stringify(n.tap)} is not 1-15 characters of [A-Za-z0-9_.-]`);
  if (typeof n.mac !== 'string' || !MAC.test(n.mac)) throw new RangeError(`MAC address ${JSON.stringify(n.mac)} is not of the form aa:bb:cc:dd:ee:ff`);
  if (Number.parseInt(n.mac.slice(0, 2), 16) & 1) throw new RangeError(`MAC address ${n.mac} is a multicast address`);
}

/** The argv after the binary name. */
export function buildQemuArgs(input: QemuArgsInput): string[] {
  const v = escapeOptionValue;
  const virtioFs = input.sharedFs.kind === 'virtio-fs';
  if (virtioFs && input.memoryFile) throw new RangeError('virtio-fs needs guest RAM in a memfd: it cannot be in a memory file too');
  // virtiofsd maps guest RAM through the vhost-user socket, so RAM must be a shareable memfd.
  const machine = `q35${virtioFs || input.memoryFile ? ',memory-backend=husk-ram' : ''}`;
  // TCG's translation cache defaults to 1 GiB, which it fills and keeps resident: most of a
  // TCG VM's host RSS. 64 MiB holds a booted guest's hot code.
  const accel = input.accel === 'tcg' ? `tcg,tb-size=${TCG_TB_SIZE_MIB}` : 'kvm';
  const room = input.hotplug;
  if (room) validateHotplugRoom(room, input.vcpus, input.memoryMiB);
  const hotMemMiB = room ? room.maxMemoryMiB - input.memoryMiB : 0;
  const vcpuMode = vcpuHotplug(input.accel);

  const args = [
    '-name', `husk-${input.id}`,
    '-machine', machine,
    '-accel', accel,
    '-cpu', 'max',
    '-smp', !room || room.maxVcpus === input.vcpus ? String(input.vcpus) : vcpuMode === 'acpi' ? `${input.vcpus},maxcpus=${room.maxVcpus}` : String(room.maxVcpus),
    '-m', room && hotMemMiB > 0 ? `${input.memoryMiB}M,maxmem=${room.maxMemoryMiB}M` : `${input.memoryMiB}M`,
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-no-reboot',
    // QEMU confines itself with seccomp: no obsolete syscalls, no setuid, no fork/exec, no
    // scheduler or affinity changes. A guest escape into QEMU gets little further.
    '-sandbox', 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny',
    '-kernel', input.kernelPath,
    '-initrd', input.initrdPath,
    '-append', kernelParams(input.vcpus, input.debug, input.kernelParams, room && { maxVcpus: room.maxVcpus, ports: room.ports, memory: hotMemMiB > 0, vcpus: vcpuMode }).join(' '),
    '-chardev', `file,id=console,path=${v(input.consoleLogPath)}`,
    '-serial', 'chardev:console',
    '-drive', `if=none,id=rootfs,file=${v(input.rootfsImagePath)},format=raw,readonly=on`,
    '-device', 'virtio-blk-pci,drive=rootfs',
    // A VM generation id, new at every QEMU start: a guest restored from a template is told
    // (ACPI) that it was copied, and its kernel reseeds its random number generator.
    '-device', 'vmgenid,guid=auto',
  ];
  if (input.memoryFile) {
    args.push('-object', `memory-backend-file,id=husk-ram,size=${input.memoryMiB}M,mem-path=${v(input.memoryFile.path)},share=${input.memoryFile.share ? 'on' : 'off'}`);
  }

  if (input.agent.kind === 'virtio-serial') {
    args.push(
      '-device', 'virtio-serial-pci,id=vser0',
      '-chardev', `socket,id=agent,path=${v(input.agent.socketPath)},server=on,wait=off`,
      '-device', `virtserialport,chardev=agent,name=${AGENT_PORT_NAME}`,
    );
  } else {
    if (!Number.isInteger(input.agent.guestCid) || input.agent.guestCid < 3 || input.agent.guestCid > 0xfffffffe) {
      throw new RangeError(`vsock guest CID ${input.agent.guestCid} is out of range (3..4294967294)`);
    }
    args.push('-device', `vhost-vsock-pci,id=vsock0,guest-cid=${input.agent.guestCid}`);
  }

  if (input.sharedFs.kind === '9p') {
    // The share spans several host filesystems (each rootfs and volume is a mount inside it):
    // remap keeps their inode numbers from colliding in the guest.
    args.push(
      '-fsdev', `local,id=shared,path=${v(input.sharedFs.path)},security_model=none,multidevs=remap`,
      '-device', `virtio-9p-pci,fsdev=shared,mount_tag=${SHARED_MOUNT_TAG}`,
    );
  } else {
    args.push(
      '-object', `memory-backend-memfd,id=husk-ram,size=${input.memoryMiB}M,share=on`,
      '-chardev', `socket,id=virtiofs,path=${v(input.sharedFs.socketPath)}`,
      '-device', `vhost-user-fs-pci,chardev=virtiofs,tag=${SHARED_MOUNT_TAG}`,
    );
  }

  (input.netdevs ?? []).forEach((n, i) => {
    validateNetdev(n);
    args.push(
      // script=no: the tap is made and wired by the caller; QEMU may not spawn anything anyway.
      '-netdev', `tap,id=net${i},ifname=${n.tap},script=no,downscript=no${n.vhost ? ',vhost=on' : ''}`,
      // romfile= leaves out the NIC's PXE option ROM: the guest never network-boots, and the
      // firmware would otherwise run the ROM on every boot.
      '-device', `virtio-net-pci,netdev=net${i},mac=${n.mac.toLowerCase()},romfile=`,
    );
  });

  if (room && hotMemMiB > 0) {
    // reserve=off: the host commits memory only as the guest is given it. A template's and its
    // clones' is a file beside the memory file, sparse and never written by the template, so
    // migration skips it as it skips the memory file (x-ignore-shared): a RAM region would put
    // a page header per page of the room in every template's state, and every clone would
    // read it back (24 GiB of room: +62 MiB of state, +0.23 s per clone measured here).
    const backend = input.memoryFile
      ? `memory-backend-file,id=${VIRTIO_MEM_ID}-ram,size=${hotMemMiB}M,mem-path=${v(hotMemoryPath(input.memoryFile.path))},share=${input.memoryFile.share ? 'on' : 'off,reserve=off'}`
      : `memory-backend-ram,id=${VIRTIO_MEM_ID}-ram,size=${hotMemMiB}M,reserve=off`;
    args.push(
      '-object', backend,
      '-device', `virtio-mem-pci,id=${VIRTIO_MEM_ID},memdev=${VIRTIO_MEM_ID}-ram,requested-size=0`,
    );
  }
  for (let i = 0; i < (room?.ports ?? 0); i++) {
    args.push('-device', `pcie-root-port,id=${HOTPLUG_PORT_PREFIX}${i},bus=pcie.0,chassis=${i + 1}`);
  }

  args.push(
    '-qmp', `unix:${v(input.qmpSocketPath)},server=on,wait=off`,
    '-pidfile', input.pidFilePath,
  );
  // -S keeps the vCPUs stopped once the state is in; the driver sends cont.
  if (input.incoming) args.push('-S', '-incoming', 'defer');
  return args;
}
