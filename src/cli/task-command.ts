/**
 * `husk task <method>`: calls one method of a shim's Task service and prints the answer as
 * JSON. For poking at a running shim (or any Task server) without containerd, the way
 * `ctr shim` does.
 */
import { parseArgs } from 'node:util';
import { Client, Code, TtrpcError } from '../ttrpc/index.js';
import { containerd } from '../../api/gen/containerd.js';
import { taskMessages } from '../api/task.js';
import { toJson, type MessageClass } from '../api/registry.js';
import { UsageError, withUsage } from './usage.js';

export const TASK_USAGE = `usage: husk task <method> --address ADDR [--id ID] [--exec-id ID]
                 [--request JSON] [--namespace NS] [--api v2|v3] [--timeout SECONDS]

  method     a containerd Task method, any case: state, pids, kill, wait, stats, connect, ...
  --address  the shim's socket: unix:///path, a path, or @name for an abstract socket
  --request  request fields as JSON by proto name, e.g. '{"signal":9,"all":true}'
  --api      v3 (containerd 2.x, default) or v2 (containerd 1.x)
  --timeout  deadline sent with the call, in seconds (default 10)`;

export interface Output {
  write(data: string | Uint8Array): void;
}

/** Runs the command; returns the process exit code (0 ok, 1 the call failed, 2 usage). */
export function taskCommand(argv: string[], out: Output, err: Output): Promise<number> {
  return withUsage('task', TASK_USAGE, err, () => task(argv, out, err));
}

async function task(argv: string[], out: Output, err: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      address: { type: 'string' },
      id: { type: 'string' },
      'exec-id': { type: 'string' },
      request: { type: 'string' },
      namespace: { type: 'string' },
      api: { type: 'string', default: 'v3' },
      timeout: { type: 'string', default: '10' },
    },
  });
  const messages = taskMessages(values.api === 'v2' ? containerd.task.v2 : containerd.task.v3);
  const method = Object.keys(messages).find((m) => m.toLowerCase() === positionals[0]?.toLowerCase()) as keyof typeof messages | undefined;
  const timeout = Number(values.timeout);
  const problem =
    positionals.length !== 1 ? 'name one method' :
    !method ? `no Task method "${positionals[0]}"` :
    !values.address ? '--address is required' :
    values.api !== 'v2' && values.api !== 'v3' ? '--api is v2 or v3' :
    !(timeout > 0) ? '--timeout is a positive number of seconds' : undefined;
  if (problem || !method || !values.address) throw new UsageError(problem ?? 'bad arguments');

  const [Req, Res] = messages[method] as unknown as [MessageClass, MessageClass];
  let fields: Record<string, unknown>;
  try {
    fields = { ...(values.request ? JSON.parse(values.request) : {}) };
  } catch (e) {
    throw new UsageError(`--request is not JSON: ${(e as Error).message}`);
  }
  if (values.id !== undefined) fields.id = values.id;
  if (values['exec-id'] !== undefined) fields.exec_id = values['exec-id'];

  const service = `containerd.task.${values.api}.Task`;
  let client: Client | undefined;
  try {
    client = await Client.connect(socketPath(values.address), {
      metadata: values.namespace ? { 'containerd-namespace-ttrpc': values.namespace } : {},
    });
    const answer = await client.call(service, method, Req.encode(Req.fromObject(fields)).finish(), { timeoutMs: timeout * 1000 });
    out.write(`${JSON.stringify(toJson(Res, Res.decode(answer)), null, 2)}\n`);
    return 0;
  } catch (e) {
    const code = e instanceof TtrpcError ? Code[e.code] : undefined;
    err.write(`husk task: ${service}/${method}: ${code ? `${code}: ` : ''}${(e as Error).message}\n`);
    return 1;
  } finally {
    client?.close();
  }
}

/** containerd's address forms: unix:///abs/path, a plain path, or @name (abstract). */
export function socketPath(address: string): string {
  const path = address.startsWith('unix://') ? address.slice('unix://'.length) : address;
  return path.startsWith('@') ? `\0${path.slice(1)}` : path;
}
