/**
 * What the sandbox needs from a hypervisor: create a VM from a kernel, an initramfs and a
 * read-only root disk, reach its agent, pause it, stop it, and learn when it dies. QEMU is
 * the one implementation (./qemu); ./fake.ts is a test double for other layers' tests.
 *
 * Hotplug (block devices for container rootfs, network interfaces, vCPU and memory resize)
 * belongs here once the sandbox needs it; nothing of it exists yet. Network devices are
 * cold-plugged: given at create time, attached to taps that the caller made.
 *
 * VM templates (src/factory builds on them): a VM whose RAM is a file (`memory`) can be
 * saved (Vm.saveState: the device state to a small file, the RAM stays in the memory file),
 * and a VM created over the same memory file and that state is restored instead of booted.
 */
import { GrpcCode, HuskError } from '../errors.js';

export type Accel = 'kvm' | 'tcg';

/** A guest NIC backed by a host tap device. */
export interface NetworkDevice {
  /**
   * An existing tap device, up, in the network namespace the VM runs in (VmConfig.netns).
   * The driver attaches to it and never creates, configures or removes it.
   */
  tap: string;
  /** The guest NIC's MAC address, aa:bb:cc:dd:ee:ff. */
  mac: string;
}

export interface VmConfig {
  /** The sandbox id: one path-safe segment, see validateVmId. */
  id: string;
  /**
   * A per-sandbox directory the driver owns: created 0700 if missing; QMP and agent
   * sockets, the pid file and the console log live here. The caller removes it when the
   * sandbox is gone (the console log is left in it for post-mortems).
   */
  stateDir: string;
  /** Host directory shared into the guest (tag `husk-shared`). Created by the caller; never removed by the driver. */
  sharedDir: string;
  memoryMiB: number;
  vcpus: number;
  /** Uncompressed vmlinux: QEMU boots it through PVH, twice as fast as a bzImage through the BIOS. */
  kernelPath: string;
  initrdPath: string;
  /** Raw image mounted read-only as the guest's root. */
  rootfsImagePath: string;
  /** Appended to the built-in kernel parameters. */
  kernelParams?: string[];
  /** Adds `husk.debug=1`: the guest logs its setup on the console. */
  debug?: boolean;
  /**
   * The network namespace the hypervisor runs in, as a path (/var/run/netns/<name>,
   * /proc/<pid>/ns/net): where networkDevices' taps are. Default: the caller's own.
   */
  netns?: string;
  /** The guest's NICs, in PCI slot order (the guest names them eth0, eth1, ... in that order). */
  networkDevices?: NetworkDevice[];
  /**
   * Guest RAM in a file on the host. 'template': mapped shared, so that once the VM is saved
   * the file holds its memory. 'clone': mapped private over a template's file (clones share
   * every page they do not write), and the VM is restored from `statePath`, which
   * saveState wrote, instead of booted: the rest of the config must be the template's but
   * for the paths of its own files (state dir, shared dir) and the taps.
   */
  memory?: { mode: 'template'; file: string } | { mode: 'clone'; file: string; statePath: string };
  /** false: boot this VM cold even where a factory would restore it from a template. */
  fromTemplate?: boolean;
  /** Room for live changes (vCPUs, memory, disks and NICs), fixed at boot; none without it. */
  hotplug?: HotplugRoom;
}

/**
 * What a VM can grow to while it runs, fixed when it starts (and part of a template's key):
 * vCPUs up to maxVcpus, memory up to maxMemoryMiB (given and taken back while it runs), and
 * `ports` free slots for hot-plugged disks and NICs.
 */
export interface HotplugRoom {
  maxVcpus: number;
  maxMemoryMiB: number;
  ports: number;
}

/** Hot-plugged memory comes and goes in blocks of this size; a room's memory is the boot memory plus whole blocks. */
export const MEMORY_BLOCK_MIB = 128;

/** Why a VM ended, as far as the host can tell. */
export type VmExitReason =
  /** QEMU ended on its own (crash, killed by someone, startup error) before the guest said anything. */
  | 'qemu-exit'
  /** The guest powered itself off (the agent exited, or init failed). */
  | 'guest-shutdown'
  /** The guest kernel panicked (or reset, which under -no-reboot and panic=1 is how a panic ends). */
  | 'guest-panic'
  /** stop() ended it. */
  | 'stopped';

export interface VmExit {
  reason: VmExitReason;
  /** QEMU's exit code, when the report came from the process exit and it exited normally. */
  code?: number;
  /** The signal that killed QEMU, e.g. 'SIGKILL'. */
  signal?: NodeJS.Signals;
  /** The hypervisor's own word for it when there is one (QMP's SHUTDOWN reason, e.g. 'guest-reset'). */
  detail?: string;
  at: Date;
}

/**
 * - running: vCPUs run.
 * - paused: vCPUs are stopped (pause(), or QEMU stopped them after an error).
 * - stopping: the guest or stop() ended the VM; QEMU is on its way out.
 * - stopped: QEMU is gone.
 */
export type VmStatus = 'running' | 'paused' | 'stopping' | 'stopped';

export interface StopOptions {
  /** Skip the graceful steps: SIGKILL at once. Also escalates a graceful stop already under way. */
  force?: boolean;
  /** How long each graceful step (QMP quit, then SIGTERM) may take before the next; default 5000. */
  timeoutMs?: number;
}

export interface Vm {
  readonly id: string;
  /** The hypervisor process. */
  readonly pid: number;
  readonly accel: Accel;
  /** Unix socket on the host; each connection reaches the guest agent's channel. */
  readonly agentSocketPath: string;
  /** Everything the guest writes on its serial console. */
  readonly consoleLogPath: string;
  /** Restored from a template rather than booted: the guest must be given an identity of its own. */
  readonly restored: boolean;
  /**
   * Settles exactly once, when the VM dies, and never rejects. It may settle before QEMU
   * has fully exited (on the guest's own shutdown); stop() waits for that and the cleanup.
   */
  readonly monitor: Promise<VmExit>;
  /** The monitor's report, once there is one. */
  readonly exit: VmExit | undefined;
  pause(): Promise<void>;
  resume(): Promise<void>;
  status(): Promise<VmStatus>;
  /**
   * Ends the VM and waits until the process is gone and the sockets and pid file the driver
   * created are removed. Idempotent, safe to call concurrently and after the VM died.
   */
  stop(options?: StopOptions): Promise<void>;
  /**
   * A template VM (config.memory.mode 'template') only: pauses it, writes its device state
   * to `statePath` (0600) and ends it. The memory file then holds its RAM.
   */
  saveState?(statePath: string): Promise<void>;
  /**
   * Where the VM's NICs are when they are not on the config's taps: a VM that came running
   * from elsewhere (a factory's cache, adopted) has them on taps in the namespace it was
   * started in, which the caller moves into its own (PodNetwork.takeTaps).
   */
  readonly taps?: ForeignTaps;
  /**
   * Lets go of a running VM so that another process can adopt it (QemuVmFactory.adopt):
   * closes the control channel and reports nothing more. The VM keeps running; stop() still
   * ends it (for a VM that nobody adopted in the end).
   */
  detach?(): void;
  /** Live changes; absent for a VM started without room for them. */
  readonly hotplug?: VmHotplug;
}

/** A host block device to give a running VM. */
export interface VmDisk {
  /** Names it to QEMU and to the guest (the disk's serial): 1-20 of [A-Za-z0-9_.-], a letter first. */
  id: string;
  /** A block device under /dev on the host, or with `image` a regular file holding a disk image. */
  path: string;
  readOnly: boolean;
  /** The path is a disk image file (a blockfile snapshot), not a device. */
  image?: boolean;
}

/** A NIC to give a running VM, on a tap that exists in the VM's network namespace. */
export interface VmNic {
  /** 1-20 of [A-Za-z0-9_.-], a letter first. */
  id: string;
  tap: string;
  mac: string;
}

/** vCPUs present and memory the guest has (boot memory plus what it was given). */
export interface VmSize {
  vcpus: number;
  memoryMiB: number;
}

/**
 * Live changes to a running VM, within the room it was started with (VmConfig.hotplug). Calls
 * on one VM run one at a time. A device the guest does not let go of within the timeout is a
 * DeadlineExceeded error and stays listed.
 */
export interface VmHotplug {
  readonly room: HotplugRoom;
  /** What the VM has now. */
  size(): Promise<VmSize>;
  /**
   * Grows or shrinks the VM: vCPUs are added or removed (the guest must still bring its
   * online count to the size returned), memory is given or taken back. Taking memory back is the guest's to grant: what it
   * cannot free stays, and the size returned says what the VM has. OutOfRange past the room,
   * FailedPrecondition below the boot size.
   */
  resize(target: VmSize): Promise<VmSize>;
  addDisk(disk: VmDisk): Promise<void>;
  removeDisk(id: string): Promise<void>;
  addNic(nic: VmNic): Promise<void>;
  removeNic(id: string): Promise<void>;
  disks(): VmDisk[];
  nics(): VmNic[];
  /** What is plugged where, for whoever takes the VM over next (AdoptedVm.hotplug.state). */
  state(): HotplugState;
}

/** The bookkeeping of a VM's live changes: devices by port, and the vCPUs the guest should have online. */
export interface HotplugState {
  guestVcpus: number;
  attached: Array<{ kind: 'disk'; disk: VmDisk; identity: string; port: string } | { kind: 'nic'; nic: VmNic; port: string }>;
}

export interface ForeignTaps {
  /** The namespace they are in, as a path. */
  netns: string;
  /** One per NIC, in slot order. */
  names: readonly string[];
}

/** A running VM another process started and hands over (see QemuVmFactory.adopt). */
export interface AdoptedVm {
  /** The id it runs under now (its new owner's: a sandbox id). */
  id: string;
  /** The id it was started with: QEMU's -name husk-<name>. */
  name: string;
  pid: number;
  /** Field 22 of /proc/<pid>/stat when it was handed over: the process, not just the pid. */
  startTime: string;
  /** Its state directory, already moved where the new owner keeps it. */
  stateDir: string;
  accel: Accel;
  /** Cloned from a template or started for someone else: either way it needs an identity of its own. */
  restored: boolean;
  taps?: ForeignTaps;
  /** The room for live changes it was started with (VmConfig.hotplug) and its size then. */
  hotplug?: { room: HotplugRoom; boot: VmSize; state?: HotplugState };
}

export interface VmFactory {
  /** Boots a VM; resolves once the hypervisor runs and its control channel answers (not when the guest is ready). */
  create(config: VmConfig): Promise<Vm>;
}

/** Aborts, with the exit's reason, when the VM ends: for waits that must not outlive their VM. */
export function untilEnded(vm: Vm): AbortSignal {
  const ended = new AbortController();
  void vm.monitor.then((exit) => ended.abort(new Error(`the VM ended (${exit.reason})`)));
  return ended.signal;
}

/**
 * The hypervisor layer's error: husk's model error (a message naming what failed and the
 * gRPC code callers should see), as its own class so callers can tell a VM failure apart.
 */
export class HypervisorError extends HuskError {}

const VM_ID = /^[A-Za-z0-9_.-]{1,128}$/;

/**
 * Ids name files and QEMU's `-name`: one path segment of [A-Za-z0-9_.-], at most 128
 * characters, never "." or ".." (nor anything containing "..", to keep log lines and
 * paths unambiguous).
 */
export function validateVmId(id: string): string {
  if (typeof id !== 'string' || !VM_ID.test(id) || id.includes('..') || id === '.') {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 140)) : String(id);
    throw new HypervisorError(GrpcCode.InvalidArgument, `invalid VM id ${shown}: want 1-128 characters of [A-Za-z0-9_.-], no ".."`);
  }
  return id;
}
