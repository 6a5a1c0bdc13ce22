/**
 * `husk pod <verb>`: live changes to a running pod and what its guest has, through husk's pod
 * service on the pod's shim socket (api/husk/pod/v1). Answers print as JSON.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { husk } from '../../api/gen/husk.js';
import { toJson, type MessageClass } from '../api/registry.js';
import { Client, Code, TtrpcError } from '../ttrpc/index.js';
import { announcedSocket } from '../shim/paths.js';
import { socketPath, type Output } from './task-command.js';
import { UsageError, withUsage } from './usage.js';

export const POD_USAGE = `usage: husk pod <verb> (--id ID [--namespace NS] | --address ADDR --sandbox ID) [options]

  status                                   the pod: VM size and room, containers, devices, NICs
  stats                                    QEMU's CPU, RSS and PSS, the guest's memory, containers
  resize --vcpus N --memory MIB            grow or shrink the VM within its room
  add-device --device ID --path /dev/X [--read-only]
                                           attach a host block device; the guest sees serial ID
  remove-device --device ID
  devices
  add-interface --name IF                  give the VM a NIC for interface IF of the pod's netns
  remove-interface --name IF
  interfaces                               the guest's links as its kernel has them
  routes                                   the guest's routing table
  update-routes --routes JSON              replace it: [{"dest":"10.0.0.0/8","device":"eth1"},...]

  --id         the pod (its sandbox id, or for ctr run its container id): its shim is found
               through the bundle containerd keeps for it (--state, default /run/containerd)
  --namespace  containerd namespace (default: k8s.io if that bundle exists, else default)
  --address    the shim's socket, with --sandbox naming the pod
  --timeout    seconds (default 120: a guest under emulation is slow to let go of a device)`;

type Verb = { method: string; request: MessageClass; response: MessageClass; fields: (v: Values) => Record<string, unknown> };
type Values = Record<string, string | boolean | undefined>;
const p = husk.pod.v1;

const VERBS: Record<string, Verb> = {
  status: { method: 'Status', request: p.StatusRequest, response: p.StatusResponse, fields: () => ({}) },
  stats: { method: 'Stats', request: p.StatsRequest, response: p.StatsResponse, fields: () => ({}) },
  resize: { method: 'Resize', request: p.ResizeRequest, response: p.Size, fields: (v) => ({ size: { vcpus: int(v, 'vcpus'), memory_mib: int(v, 'memory') } }) },
  'add-device': {
    method: 'AddDevice',
    request: p.AddDeviceRequest,
    response: p.Device,
    fields: (v) => ({ device: { id: str(v, 'device'), host_path: str(v, 'path'), read_only: Boolean(v['read-only']) } }),
  },
  'remove-device': { method: 'RemoveDevice', request: p.RemoveDeviceRequest, response: p.RemoveDeviceResponse, fields: (v) => ({ id: str(v, 'device') }) },
  devices: { method: 'ListDevices', request: p.ListDevicesRequest, response: p.ListDevicesResponse, fields: () => ({}) },
  'add-interface': { method: 'AddInterface', request: p.AddInterfaceRequest, response: p.Interface, fields: (v) => ({ name: str(v, 'name') }) },
  'remove-interface': { method: 'RemoveInterface', request: p.RemoveInterfaceRequest, response: p.RemoveInterfaceResponse, fields: (v) => ({ name: str(v, 'name') }) },
  interfaces: { method: 'ListInterfaces', request: p.ListInterfacesRequest, response: p.ListInterfacesResponse, fields: () => ({}) },
  routes: { method: 'ListRoutes', request: p.ListRoutesRequest, response: p.ListRoutesResponse, fields: () => ({}) },
  'update-routes': { method: 'UpdateRoutes', request: p.UpdateRoutesRequest, response: p.ListRoutesResponse, fields: (v) => ({ routes: json(v, 'routes') }) },
};

function str(v: Values, name: string): string {
  const s = v[name];
  if (typeof s !== 'string' || s === '') throw new UsageError(`--${name} is required`);
  return s;
}

function int(v: Values, name: string): number {
  const n = Number(str(v, name));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} is a positive whole number`);
  return n;
}

function json(v: Values, name: string): unknown {
  try {
    return JSON.parse(str(v, name));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--${name} is not JSON: ${(e as Error).message}`);
  }
}

export function podCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('pod', POD_USAGE, err, () => pod(argv, out, err));
}

async function pod(argv: string[], out: Output, err: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      namespace: { type: 'string' },
      state: { type: 'string', default: '/run/containerd' },
      address: { type: 'string' },
      sandbox: { type: 'string' },
      timeout: { type: 'string', default: '120' },
      vcpus: { type: 'string' },
      memory: { type: 'string' },
      device: { type: 'string' },
      path: { type: 'string' },
      'read-only': { type: 'boolean' },
      name: { type: 'string' },
      routes: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('name one verb');
  const verb = VERBS[positionals[0]!];
  if (!verb) throw new UsageError(`no verb "${positionals[0]}"`);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout is a positive number of seconds');
  const { socket, sandbox } = target(values);
  const fields = { sandbox_id: sandbox, ...verb.fields(values) };

  let client: Client | undefined;
  try {
    client = await Client.connect(socket);
    const R = verb.request;
    const answer = await client.call('husk.pod.v1.Pod', verb.method, R.encode(R.fromObject(fields)).finish(), { timeoutMs: timeout * 1000 });
    out.write(`${JSON.stringify(toJson(verb.response, verb.response.decode(answer)), null, 2)}\n`);
    return 0;
  } catch (e) {
    const code = e instanceof TtrpcError ? Code[e.code] : undefined;
    err.write(`husk pod ${positionals[0]}: ${code ? `${code}: ` : ''}${(e as Error).message}\n`);
    return 1;
  } finally {
    client?.close();
  }
}

/** The shim's socket and the pod's id, from --address and --sandbox or from the pod's bundle. */
function target(v: Values): { socket: string; sandbox: string } {
  if (typeof v.address === 'string') return { socket: socketPath(v.address), sandbox: str(v, 'sandbox') };
  const id = str(v, 'id');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id)) throw new UsageError(`--id ${JSON.stringify(id)} is not a containerd id`);
  const tasks = path.join(String(v.state), 'io.containerd.runtime.v2.task');
  const namespaces = typeof v.namespace === 'string' ? [v.namespace] : ['k8s.io', 'default'];
  for (const ns of namespaces) {
    const socket = announcedSocket(path.join(tasks, ns, id));
    if (socket) return { socket, sandbox: typeof v.sandbox === 'string' ? v.sandbox : id };
  }
  throw new UsageError(`no running husk shim announced for ${id} under ${tasks}/{${namespaces.join(',')}}`);
}
