/**
 * What changes in a container's OCI spec between the host that wrote it and the VM that runs
 * it. The pod's network, IPC and UTS are the VM's own, so namespaces the host pointed at by
 * path are joined implicitly by leaving them out; host hooks and host cgroup paths mean
 * nothing in here.
 */
import path from 'node:path';
import { invalidArgument } from '../errors.js';

type Json = Record<string, unknown>;
interface Namespace {
  type: string;
  path?: string;
}

/** Namespaces the VM itself provides to every container of the pod. */
const VM_WIDE = new Set(['network', 'ipc', 'uts']);

/** `podPidNs`: the guest's path of the pod's shared PID namespace, for a spec that joins the pod's. */
export function guestSpec(spec: Json, containerId: string, cgroupParent: string, podPidNs?: string): Json {
  const root = spec.root as { path?: string; readonly?: boolean } | undefined;
  if (!root?.path || !path.isAbsolute(root.path)) throw invalidArgument('spec.root.path must be an absolute path in the guest');
  const process = spec.process as { terminal?: boolean; args?: string[] } | undefined;
  if (!process?.args?.length) throw invalidArgument('spec.process.args is empty');

  const linux = { ...((spec.linux as Json | undefined) ?? {}) };
  const namespaces = ((linux.namespaces as Namespace[] | undefined) ?? [])
    .filter((ns) => !VM_WIDE.has(ns.type))
    .map((ns) => (ns.type === 'pid' && ns.path && podPidNs ? { type: 'pid', path: podPidNs } : { type: ns.type }));
  linux.namespaces = namespaces;
  linux.cgroupsPath = path.posix.join('/', cgroupParent, containerId);
  // runc refuses a namespaced sysctl for a namespace the container does not own; the VM's
  // own namespaces are the pod's, so the agent sets those on the VM (vmSysctls).
  const sysctl = Object.entries((linux.sysctl as Record<string, string> | undefined) ?? {}).filter(([k]) => !vmWideSysctl(k));
  if (linux.sysctl) linux.sysctl = Object.fromEntries(sysctl);
  const out: Json = { ...spec, linux, ociVersion: guestOciVersion(spec.ociVersion) };
  delete out.hooks;
  // Without a UTS namespace of its own the container has the VM's hostname (CreateSandbox's).
  delete out.hostname;
  return out;
}

/**
 * The guest's crun (1.8) refuses a spec newer than runtime-spec 1.1 ("unknown version
 * specified"); containerd 2.x writes 1.2. What 1.2 added (I/O priority, more mount and
 * scheduler options) it does not know and leaves alone, so a 1.x spec is run as 1.1.0.
 * runc takes either.
 */
export function guestOciVersion(version: unknown): unknown {
  const m = typeof version === 'string' ? /^1\.(\d+)\./.exec(version) : null;
  return m && Number(m[1]) > 1 ? '1.1.0' : version;
}

/** Sysctls of the network, IPC and UTS namespaces, which a container shares with its VM. */
function vmWideSysctl(key: string): boolean {
  return /^net\./.test(key) || /^kernel\.(shm|msg|sem)/.test(key) || /^fs\.mqueue\./.test(key) || /^kernel\.(hostname|domainname)$/.test(key);
}

/** The spec's sysctls for the VM-wide namespaces, as /proc/sys paths and values: the agent sets them on the VM. */
export function vmSysctls(spec: Json): Array<[string, string]> {
  const sysctl = ((spec.linux as Json | undefined)?.sysctl as Record<string, string> | undefined) ?? {};
  return Object.entries(sysctl)
    .filter(([k]) => vmWideSysctl(k))
    .map(([k, v]): [string, string] => {
      if (!/^[a-z0-9_.-]+$/i.test(k) || k.split('.').includes('')) throw invalidArgument(`sysctl ${k}: not a sysctl name`);
      return [path.posix.join('/proc/sys', ...k.split('.')), String(v)];
    });
}
