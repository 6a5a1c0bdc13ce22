/**
 * What `containerd-shim-husk-v2 -info` says about the runtime: containerd's CRI reads the
 * OCI runtime features in it to decide, per handler, whether recursive read-only mounts
 * ("rro") may be asked for. Containers run under runc 1.1 in a 6.1 guest kernel, which has
 * mount_setattr, so rro holds inside the VM.
 */
import { containerd } from '../../api/gen/containerd.js';

/** typeurl's name for runtime-spec's features.Features (a JSON-encoded Go struct). */
const FEATURES_TYPE = 'types.containerd.io/opencontainers/runtime-spec/1/features/Features';

const MOUNT_OPTIONS = [
  'async', 'atime', 'bind', 'defaults', 'dev', 'diratime', 'dirsync', 'exec', 'iversion', 'lazytime', 'loud', 'mand',
  'noatime', 'nodev', 'nodiratime', 'noexec', 'noiversion', 'nolazytime', 'nomand', 'norelatime', 'nostrictatime',
  'nosuid', 'private', 'ratime', 'rbind', 'rdev', 'rdiratime', 'relatime', 'remount', 'rexec', 'rnoatime', 'rnodev',
  'rnodiratime', 'rnoexec', 'rnorelatime', 'rnostrictatime', 'rnosuid', 'ro', 'rprivate', 'rrelatime', 'rro', 'rrw',
  'rshared', 'rslave', 'rstrictatime', 'rsuid', 'runbindable', 'rw', 'shared', 'silent', 'slave', 'strictatime', 'suid',
  'sync', 'unbindable',
];

export function runtimeInfo(version: string): Uint8Array {
  const features = { ociVersionMin: '1.0.0', ociVersionMax: '1.1.0', mountOptions: MOUNT_OPTIONS };
  return containerd.types.RuntimeInfo.encode({
    name: 'io.containerd.husk.v2',
    version: { version },
    features: { type_url: FEATURES_TYPE, value: Buffer.from(JSON.stringify(features)) },
  }).finish();
}
