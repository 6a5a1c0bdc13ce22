/** What a pod's VM is unless its annotations say otherwise, and where the guest image is. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VmSize } from '../sandbox/vm-size.js';

export const DEFAULT_VM: VmSize = { memoryMiB: 512, vcpus: 1 };

/** The guest image next to the built code unless HUSK_GUEST_DIR says otherwise. */
export function defaultImageDir(): string {
  return process.env.HUSK_GUEST_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build', 'guest');
}
