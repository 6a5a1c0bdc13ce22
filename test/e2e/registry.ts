/**
 * A private image registry for the tests, and a client that pushes to it.
 *
 * `startRegistry()` runs Debian's docker-registry (distribution 2.8) with a config of our own:
 * the package's /etc/docker/registry/config.yml listens on every interface and wants htpasswd
 * auth, and its service may or may not be running, so neither is used. Ours listens on
 * 127.0.0.1 only (plain http, which containerd allows for loopback hosts without any config),
 * keeps its storage in a directory of its own and allows deletes. `stop()` leaves no process
 * and no directory behind.
 *
 * `RegistryClient` speaks the registry HTTP API v2 with Node's fetch: enough to push the
 * images oci-image.ts builds (monolithic blob uploads, cross-repository mounts, OCI manifests)
 * and to read them back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MEDIA_TYPE, type Blob, type Image } from './oci-image.js';

export const DOCKER_REGISTRY_BIN = '/usr/bin/docker-registry';
export const DEFAULT_REGISTRY_PORT = 5000;

/** Why the registry cannot run here, or null. */
export function missingRegistry(binary = DOCKER_REGISTRY_BIN): string | null {
  return fs.existsSync(binary) ? null : `${binary} is missing: apt-get install docker-registry`;
}

export interface RegistryOptions {
  /** Port on 127.0.0.1 (default 5000). */
  port?: number;
  /** Directory for the config, the log and the storage (default: a new one under the temp dir). */
  dir?: string;
  /** Keep `dir` (and so the pushed images) on stop(); a directory made here is always removed. */
  keep?: boolean;
  /** How long GET /v2/ may take to answer 200 (default 15 s). */
  readyTimeoutMs?: number;
  binary?: string;
}

export interface Registry {
  /** `127.0.0.1:5000`: what image references and hosts.toml name. */
  readonly hostPort: string;
  /** `http://127.0.0.1:5000`. */
  readonly url: string;
  readonly dir: string;
  readonly configPath: string;
  readonly logPath: string;
  /** The registry's pid, or undefined once it has exited. */
  readonly pid: number | undefined;
  logTail(lines?: number): string;
  /** SIGTERM (SIGKILL after 5 s), wait for the exit, remove the directory unless kept. */
  stop(): Promise<void>;
}

function registryConfig(storage: string, hostPort: string): string {
  // JSON is YAML, so the values need no quoting rules of their own
  return [
    '# written by test/e2e/registry.ts',
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storage)}`,
    '  delete:',
    '    enabled: true',
    // a purge timer that only ever matters to a registry that lives for days
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${JSON.stringify(hostPort)}`,
    '',
  ].join('\n');
}

/** Whether something accepts connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts docker-registry on 127.0.0.1 and waits until GET /v2/ answers 200. */
export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const binary = options.binary ?? DOCKER_REGISTRY_BIN;
  const missing = missingRegistry(binary);
  if (missing) throw new Error(missing);
  const port = options.port ?? DEFAULT_REGISTRY_PORT;
  // checked first: another registry there would answer our readiness probe and take our pushes
  if (await listening(port)) throw new Error(`127.0.0.1:${port} is already in use (a system docker-registry service?)`);
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'husk-registry-'));
  fs.mkdirSync(dir, { recursive: true });
  const hostPort = `127.0.0.1:${port}`;
  const configPath = path.join(dir, 'config.yml');
  const logPath = path.join(dir, 'registry.log');
  fs.writeFileSync(configPath, registryConfig(path.join(dir, 'storage'), hostPort));
  const log = fs.openSync(logPath, 'a');
  let proc: ChildProcess;
  try {
    proc = spawn(binary, ['serve', configPath], { stdio: ['ignore', log, log] });
  } finally {
    fs.closeSync(log);
  }
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => {
    proc.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve();
    });
    proc.once('error', () => {
      exitCode = -1;
      resolve();
    });
  });

  const reg: Registry = {
    hostPort,
    url: `http://${hostPort}`,
    dir,
    configPath,
    logPath,
    get pid() {
      return exitCode === undefined ? proc.pid : undefined;
    },
    logTail(lines = 20) {
      try {
        return fs.readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    async stop() {
      if (exitCode === undefined) {
        proc.kill('SIGTERM');
        const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      if (ownDir || !options.keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 15_000);
  for (;;) {
    // an exit here (a config it rejects, the port taken since the check): say so rather than time out
    if (exitCode !== undefined) {
      const tail = reg.logTail();
      await reg.stop();
      throw new Error(`docker-registry on ${hostPort} exited (${exitCode}) before it answered:\n${tail}`);
    }
    try {
      const res = await fetch(`${reg.url}/v2/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      // a 401 here would be some other registry (Debian's own service wants htpasswd) on our port
      if (res.status === 200) return reg;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const tail = reg.logTail();
      await reg.stop();
      throw new Error(`docker-registry on ${hostPort} did not answer GET /v2/ with 200 in time:\n${tail}`);
    }
    await sleep(50);
  }
}

export type BlobPush = 'exists' | 'mounted' | 'uploaded';

export interface PushResult {
  /** The manifest digest the registry reports (Docker-Content-Digest). */
  digest: string;
  /** How each blob of the image got there, by digest (config and layers). */
  blobs: Record<string, BlobPush>;
}

/** The registry HTTP API v2 client; `url` is `http://host:port`. */
export class RegistryClient {
  /** Where this client last saw each blob, so later repositories can mount it instead of uploading. */
  private readonly seen = new Map<string, string>();

  constructor(readonly url: string) {}

  private async request(method: string, pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(pathOrUrl, this.url);
    return fetch(target, { ...init, method, signal: init.signal ?? AbortSignal.timeout(60_000) });
  }

  private async fail(res: Response, what: string): Promise<never> {
    const body = await res.text().catch(() => '');
    throw new Error(`${what}: HTTP ${res.status} ${body.slice(0, 500)}`);
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`);
    await res.arrayBuffer();
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    return this.fail(res, `HEAD blob ${repo}@${digest}`);
  }

  /** Puts the blob into `repo` unless it is there: a mount from a repository that has it, else an upload. */
  async pushBlob(repo: string, b: Blob): Promise<BlobPush> {
    if (await this.hasBlob(repo, b.digest)) {
      this.seen.set(b.digest, repo);
      return 'exists';
    }
    const from = this.seen.get(b.digest);
    const start = from
      ? `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(b.digest)}&from=${encodeURIComponent(from)}`
      : `/v2/${repo}/blobs/uploads/`;
    const res = await this.request('POST', start);
    await res.arrayBuffer();
    if (res.status === 201) {
      this.seen.set(b.digest, repo);
      return 'mounted';
    }
    // 202: an upload session (also what a refused mount falls back to)
    const location = res.headers.get('location');
    if (res.status !== 202 || !location) return this.fail(res, `start upload ${repo}@${b.digest}`);
    const put = new URL(location, this.url);
    put.searchParams.set('digest', b.digest);
    const done = await this.request('PUT', put.href, {
      // a copy as a plain Uint8Array: fetch's BodyInit type does not take Node's Buffer
      body: new Uint8Array(b.data),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(b.size) },
    });
    if (done.status !== 201) return this.fail(done, `upload ${repo}@${b.digest}`);
    await done.arrayBuffer();
    this.seen.set(b.digest, repo);
    return 'uploaded';
  }

  /** PUT /v2/<repo>/manifests/<reference>; returns the digest the registry stored it under. */
  async putManifest(repo: string, reference: string, manifest: Blob, mediaType: string = MEDIA_TYPE.manifest): Promise<string> {
    const res = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, {
      body: new Uint8Array(manifest.data),
      headers: { 'content-type': mediaType },
    });
    if (res.status !== 201) return this.fail(res, `PUT manifest ${repo}:${reference}`);
    await res.arrayBuffer();
    return res.headers.get('docker-content-digest') ?? manifest.digest;
  }

  /** The image's blobs, then its manifest under each tag. */
  async pushImage(repo: string, tags: string[], img: Image): Promise<PushResult> {
    const blobs: Record<string, BlobPush> = {};
    // config last: a registry may check a manifest's blobs, never a blob's order
    for (const b of [...img.layers.map((l) => l.blob), img.config]) blobs[b.digest] = await this.pushBlob(repo, b);
    let digest = img.digest;
    for (const tag of tags) digest = await this.putManifest(repo, tag, img.manifest);
    return { digest, blobs };
  }

  /** GET a manifest by tag or digest, asking for the OCI and Docker manifest types. */
  async getManifest(repo: string, reference: string): Promise<{ mediaType: string; digest: string; body: Buffer }> {
    const res = await this.request('GET', `/v2/${repo}/manifests/${reference}`, {
      headers: {
        accept: [MEDIA_TYPE.manifest, MEDIA_TYPE.index, 'application/vnd.docker.distribution.manifest.v2+json'].join(', '),
      },
    });
    if (res.status !== 200) return this.fail(res, `GET manifest ${repo}:${reference}`);
    const body = Buffer.from(await res.arrayBuffer());
    return {
      mediaType: res.headers.get('content-type') ?? '',
      digest: res.headers.get('docker-content-digest') ?? '',
      body,
    };
  }

  async getBlob(repo: string, digest: string): Promise<Buffer> {
    const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`);
    if (res.status !== 200) return this.fail(res, `GET blob ${repo}@${digest}`);
    return Buffer.from(await res.arrayBuffer());
  }

  /** GET /v2/_catalog: every repository the registry holds. */
  async catalog(): Promise<string[]> {
    const res = await this.request('GET', '/v2/_catalog?n=1000');
    if (res.status !== 200) return this.fail(res, 'GET catalog');
    return ((await res.json()) as { repositories?: string[] }).repositories ?? [];
  }
}
