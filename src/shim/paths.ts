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

/** Short and fixed-length: a unix socket path must stay under 108 bytes. */
export function shimSocket(containerdAddress: string, namespace: string, group: string): string {
  const hash = crypto.createHash('sha256').update(`${containerdAddress}\0${namespace}\0${group}`).digest('hex').slice(0, 32);
  return path.join(HUSK_RUN, 's', `${hash}.sock`);
}

/** The directory sandboxes of this namespace keep their VM state in. */
export function sandboxRoot(namespace: string): string {
  return path.join(HUSK_RUN, 'vm', namespace);
}
