export {
  HypervisorError,
  untilEnded,
  validateVmId,
  type Accel,
  type AdoptedVm,
  type ForeignTaps,
  type HotplugRoom,
  type VmDisk,
  type VmHotplug,
  type VmNic,
  type VmSize,
  type NetworkDevice,
  type StopOptions,
  type Vm,
  type VmConfig,
  type VmExit,
  type VmExitReason,
  type VmFactory,
  type VmStatus,
} from './hypervisor.js';
export { chooseAccel, parseAccelMode, probeKvm, type AccelChoice, type AccelMode, type KvmProbeResult } from './accel.js';
export { QemuVmFactory, type QemuVmFactoryOptions, type VmIdentity } from './qemu/qemu.js';
export { liveQemuPid, VM_NAME_FILE } from './qemu/leftover.js';
export { QmpClient, QmpCommandError, type QmpEvent } from './qemu/qmp.js';
export {
  AGENT_PORT_NAME,
  SHARED_MOUNT_TAG,
  buildQemuArgs,
  kernelParams,
  validateNetdev,
  type AgentChannel,
  type NetdevInput,
  type QemuArgsInput,
  type SharedFs,
} from './qemu/command-line.js';
