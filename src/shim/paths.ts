/**
 * Where a pod's shim keeps things on the host, derived from what every invocation knows
 * (containerd's address, the namespace, the pod's grouping id), so `start`, the daemon and a
 * later `delete` agree without sharing state. Everything is under /run/husk, root-only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const HUSK_RUN = process.env.HUSK_RUN_DIR ?? '/run/husk';

/** CRI puts every container of a pod in one shim by this annotation. */
export const SANDBOX_ID_ANNOTATION = 'io.kubernetes.cri.sandbox-id';

/** The pod a bundle's container belongs to: its sandbox id annotation, or its own id. */
export function groupId(bundle: string, id: string): string {
  try {
    const spec = JSON.parse(fs.readFileSync(path.join(bundle, 'config.json'), 'utf8')) as { annotations?: Record<string, string> };
    return spec.annotations?.[SANDBOX_ID_ANNOTATION] || id;
  } catch {
    return id;
  }
}

/**
 * Short and fixed-length: a unix socket path must stay under 108 bytes. `dir` is where
 * containerd 2.3+ asks shims to put sockets (BootstrapParams.socket_dir), if it does.
 */
export function shimSocket(containerdAddress: string, namespace: string, group: string, dir = path.join(HUSK_RUN, 's')): string {
  const hash = crypto.createHash('sha256').update(`${containerdAddress}\0${namespace}\0${group}`).digest('hex').slice(0, 32);
  return path.join(dir, `${hash}.sock`);
}

/**
 * The socket a bundle's shim serves on, where `delete` looks first: the address file `start`
 * writes, or, for a container containerd 2.x attached to a running pod's shim without
 * `start`, the bootstrap.json containerd writes.
 */
export function announcedSocket(bundle: string): string | undefined {
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(bundle, file), 'utf8').trim();
    } catch {
      return '';
    }
  };
  let address = read('address');
  if (!address) {
    try {
      address = String((JSON.parse(read('bootstrap.json') || '{}') as { address?: unknown }).address ?? '');
    } catch {
      address = '';
    }
  }
  const socket = address.startsWith('unix://') ? address.slice('unix://'.length) : '';
  // Only what shimSocket() makes: delete removes this path.
  return path.isAbsolute(socket) && /^[0-9a-f]{32}\.sock$/.test(path.basename(socket)) ? socket : undefined;
}

/**
 * The directory the sandboxes of one containerd's namespace keep their VM state in: two
 * containerd instances may both have a namespace "default" with a container "web".
 */
export function sandboxRoot(containerdAddress: string, namespace: string): string {
  // Hashed, and one level only: a CRI sandbox id is 64 characters, and the VM's sockets
  // under <root>/<id>/vm/ must stay within a unix socket path's 107 bytes.
  const instance = crypto.createHash('sha256').update(`${containerdAddress}\0${namespace}`).digest('hex').slice(0, 12);
  return path.join(HUSK_RUN, 'vm', instance);
}

/** Shared parents go when their last pod does; another shim may be using them, hence rmdir. */
export function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // not empty, or already gone
  }
}
