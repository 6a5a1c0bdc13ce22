/**
 * A template's key: everything a saved VM depends on, hashed. The QEMU binary and version,
 * the accelerator and the whole command line with per-VM paths as placeholders (machine, CPU
 * model, vCPUs, memory, kernel parameters, every device: QemuVmFactory.identity), and the
 * guest image (its build hash, and which files they are). Any change gives another key, so a
 * rebuilt guest image or a new QEMU makes a new template and the old one is never used.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { VmConfig, VmIdentity } from '../hypervisor/index.js';
import { TEMPLATE_FORMAT } from './template-store.js';

export interface KeyInputs {
  format: number;
  vm: VmIdentity;
  image: ImageIdentity;
}

export interface ImageIdentity {
  /** build-guest.sh's hash of everything that went into the image, when it has a manifest. */
  build?: string;
  files: Array<{ path: string; size: number; mtimeMs: number; ino: number }>;
}

export async function imageIdentity(config: Pick<VmConfig, 'kernelPath' | 'initrdPath' | 'rootfsImagePath'>): Promise<ImageIdentity> {
  const files = await Promise.all(
    [config.kernelPath, config.initrdPath, config.rootfsImagePath].map(async (p) => {
      const st = await fs.stat(p);
      return { path: p, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    }),
  );
  const manifest = path.join(path.dirname(config.kernelPath), 'manifest.json');
  const build = await fs
    .readFile(manifest, 'utf8')
    .then((t) => (JSON.parse(t) as { hash?: string }).hash)
    .catch(() => undefined);
  return { ...(build ? { build } : {}), files };
}

export function templateKey(vm: VmIdentity, image: ImageIdentity): { key: string; inputs: KeyInputs } {
  const inputs: KeyInputs = { format: TEMPLATE_FORMAT, vm, image };
  return { key: crypto.createHash('sha256').update(JSON.stringify(inputs)).digest('hex'), inputs };
}
