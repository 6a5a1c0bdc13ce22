/** Task API requests as containerd sends them, with bundles made under a test's temporary root. */
import fs from 'node:fs';
import path from 'node:path';
import type { GrpcCode } from '../../../src/errors.js';

export const noStdio = { stdin: '', stdout: '', stderr: '', terminal: false };

/** A request object where the service's generated type is wanted. */
export const req = (r: object) => r as never;

export const refused = (p: Promise<unknown>, code: GrpcCode) => expect(p).rejects.toMatchObject({ grpcCode: code });

export const execReq = (id: string, execId: string) => ({ id, exec_id: execId, spec: { value: Buffer.from(JSON.stringify({ args: ['ls'], cwd: '/' })) }, ...noStdio }) as never;

/** Create requests, each with a bundle of its own (config.json and an empty rootfs) under `<root()>/bundles`. */
export function createRequests(root: () => string) {
  return (id: string, stdio: object = noStdio) => {
    const dir = path.join(root(), 'bundles', id);
    fs.mkdirSync(path.join(dir, 'rootfs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ ociVersion: '1.1.0', process: { args: ['sh'], cwd: '/' }, root: { path: 'rootfs' } }));
    return { id, bundle: dir, rootfs: [], ...stdio } as never;
  };
}
