/**
 * Annotations husk's host puts on a container's spec for its agent, which reads and removes
 * them before runc sees the spec. Plain constants, shared by the sandbox model and the guest:
 * no protocol code comes with them.
 */

/**
 * JSON, container path → serial of the disk the host hot-plugged for that block device
 * (linux.devices). The agent puts the guest's device numbers in place of the host's.
 */
export const BLOCK_DEVICES_ANNOTATION = 'io.husk.block-devices';

/**
 * On a container whose root filesystem the host hot-plugged as a disk (a block-based
 * snapshot): JSON {serial, fstype, options}. The agent mounts that disk as the container's
 * root instead of a path in the shared directory.
 */
export const ROOTFS_DISK_ANNOTATION = 'io.husk.rootfs-disk';
