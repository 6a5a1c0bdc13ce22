/**
 * Where VM templates live: one directory per key under the run directory (tmpfs, root-only),
 * each with the guest's RAM (`memory`), QEMU's saved device state (`state`) and what was
 * recorded when it was made (`template.json`: the key's inputs, sizes and checksums). A
 * template is made in a directory of its own and renamed into place when complete, under a
 * flock per key, so concurrent first pods make one and nobody ever sees half of one. On use
 * it is checked against its record (sizes, the state's checksum, a sample of the memory);
 * one that fails is discarded and made again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { liveQemuPid } from '../hypervisor/index.js';
import { lockFile } from '../host/flock.js';
import { killQuietly } from '../host/proc.js';
import { removeScratchNetns } from './scratch-netns.js';

export const TEMPLATE_FORMAT = 1;
const RECORD = 'template.json';
/** A failed make is not retried for this long (each attempt costs a whole boot). */
const RETRY_AFTER_MS = 10 * 60_000;
/** The memory is checked on a sample: this many 4 KiB blocks spread over the file. */
const SAMPLE_BLOCKS = 64;
const BLOCK = 4096;

export interface TemplateRecord {
  format: number;
  key: string;
  /** What the key was made from (the QEMU identity, the guest image): for people reading it. */
  inputs: unknown;
  memoryBytes: number;
  stateBytes: number;
  stateSha256: string;
  memorySampleSha256: string;
  created: string;
  /** How long making it took. */
  madeInMs: number;
}

export interface Template {
  key: string;
  dir: string;
  memoryPath: string;
  statePath: string;
  record: TemplateRecord;
}

/** Where a template is being made: the factory boots a VM there and saves it. */
export interface TemplateBuild {
  dir: string;
  memoryPath: string;
  statePath: string;
  /** For the VM that becomes the template: its sockets and console. */
  stateDir: string;
  /** An empty shared directory (the template never mounts it). */
  sharedDir: string;
  /** The id of the VM that becomes the template (its QEMU is found by it if its maker dies). */
  vmId: string;
}

/** What find() saw: the template, or why there is none. */
export interface Lookup {
  template?: Template;
  /** Set when there was one but it was damaged or foreign, and was discarded. */
  discarded?: string;
}

export interface TemplateStoreOptions {
  /** Default /run/husk/templates. */
  root?: string;
  log: Logger;
  flockBinary?: string;
  /** At most this many templates are kept (each holds a guest's touched RAM), the least recently used going first; default 8. */
  maxTemplates?: number;
}

const KEY = /^[0-9a-f]{64}$/;

function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** sha256 over SAMPLE_BLOCKS blocks spread evenly over the file: a truncation, a wipe or most damage shows. */
async function sampleSha256(file: string, size: number): Promise<string> {
  const h = crypto.createHash('sha256');
  const f = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(BLOCK);
    const blocks = Math.max(1, Math.floor(size / BLOCK));
    for (let i = 0; i < SAMPLE_BLOCKS; i++) {
      const at = Math.floor((i * blocks) / SAMPLE_BLOCKS) * BLOCK;
      const { bytesRead } = await f.read(buf, 0, BLOCK, at);
      h.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await f.close();
  }
  return h.digest('hex');
}

export class TemplateStore {
  readonly root: string;

  constructor(private readonly o: TemplateStoreOptions) {
    this.root = o.root ?? '/run/husk/templates';
  }

  private dirOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid template key ${JSON.stringify(key)}`);
    return path.join(this.root, key);
  }

  /** The template of `key` if there is one and it is intact; a damaged one is discarded. */
  async find(key: string): Promise<Template | undefined> {
    return (await this.lookup(key)).template;
  }

  /** As find(), saying why when a template was there but had to be discarded; `use: false` leaves its last use as it was. */
  async lookup(key: string, options: { use?: boolean } = {}): Promise<Lookup> {
    const dir = this.dirOf(key);
    let record: TemplateRecord;
    try {
      record = JSON.parse(await fs.readFile(path.join(dir, RECORD), 'utf8')) as TemplateRecord;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !(await exists(dir))) return {};
      const why = `its record cannot be read: ${(err as Error).message}`;
      await this.discard(key, why);
      return { discarded: why };
    }
    const t: Template = { key, dir, memoryPath: path.join(dir, 'memory'), statePath: path.join(dir, 'state'), record };
    const damage = await this.check(t);
    if (damage) {
      await this.discard(key, damage);
      return { discarded: damage };
    }
    // When it was last used: the least recently used goes first when there are too many.
    if (options.use !== false) await fs.utimes(path.join(dir, RECORD), new Date(), new Date()).catch(() => undefined);
    return { template: t };
  }

  /**
   * Keeps fewer than maxTemplates: the least recently used go (templates of shapes no pod
   * asks for any more, or left by an older husk whose VMs looked different). Clones of them
   * keep running: their mappings hold on to the files.
   */
  private async makeRoom(): Promise<void> {
    const max = this.o.maxTemplates ?? 8;
    if (max <= 0) throw new Error(`no VM templates are kept (HUSK_VM_TEMPLATE_MAX=${max})`);
    const names = (await fs.readdir(this.root)).filter((n) => KEY.test(n));
    const used = await Promise.all(names.map(async (n) => ({ n, at: (await fs.stat(path.join(this.root, n, RECORD)).catch(() => undefined))?.mtimeMs ?? 0 })));
    used.sort((a, b) => a.at - b.at);
    for (const { n } of used.slice(0, Math.max(0, used.length - max + 1))) {
      await this.discard(n, `the least recently used of more than ${max} (HUSK_VM_TEMPLATE_MAX)`);
    }
  }

  private async check(t: Template): Promise<string | undefined> {
    const r = t.record;
    if (r.format !== TEMPLATE_FORMAT || r.key !== t.key) return `its record is of format ${r.format} for key ${r.key}`;
    try {
      const [mem, state] = await Promise.all([fs.stat(t.memoryPath), fs.readFile(t.statePath)]);
      if (mem.size !== r.memoryBytes) return `its memory file is ${mem.size} bytes, ${r.memoryBytes} were saved`;
      if (state.length !== r.stateBytes) return `its state file is ${state.length} bytes, ${r.stateBytes} were saved`;
      if (sha256(state) !== r.stateSha256) return 'its state file does not match its checksum';
      if ((await sampleSha256(t.memoryPath, mem.size)) !== r.memorySampleSha256) return 'its memory file does not match its checksum';
    } catch (err) {
      return `its files cannot be read: ${(err as Error).message}`;
    }
    return undefined;
  }

  async discard(key: string, why: string): Promise<void> {
    this.o.log.warn({ template: key, why }, 'discarding a VM template');
    await fs.rm(this.dirOf(key), { recursive: true, force: true });
  }

  /** Why the last attempt to make `key` failed, if that was recent: not worth another boot yet. */
  async recentFailure(key: string): Promise<string | undefined> {
    try {
      const f = path.join(this.root, `${key}.failed`);
      const st = await fs.stat(f);
      if (Date.now() - st.mtimeMs > RETRY_AFTER_MS) return undefined;
      return (await fs.readFile(f, 'utf8')).trim();
    } catch {
      return undefined;
    }
  }

  /**
   * The template of `key`, made by `build` unless someone else has made it meanwhile. One
   * maker per key across processes (a flock); others wait up to `waitMs` for it. `build` boots
   * a VM in the build directory and saves it there; the result is checked, recorded and
   * renamed into place.
   */
  async make(key: string, inputs: unknown, memoryMiB: number, waitMs: number, build: (b: TemplateBuild) => Promise<void>): Promise<Template> {
    await fs.mkdir(this.root, { recursive: true, mode: 0o700 });
    const lock = await lockFile(path.join(this.root, `${key}.lock`), { waitMs, binary: this.o.flockBinary });
    if (!lock) throw new Error(`another process has been making template ${key.slice(0, 12)} for over ${Math.round(waitMs / 1000)} s`);
    try {
      const made = await this.find(key);
      if (made) return made;
      await this.sweepBuilds(key.slice(0, 12));
      await this.makeRoom();
      const memoryBytes = memoryMiB * 1024 * 1024;
      await this.checkSpace(memoryBytes);
      const dir = await fs.mkdtemp(path.join(this.root, `.build-${key.slice(0, 12)}-`));
      const b: TemplateBuild = { dir, memoryPath: path.join(dir, 'memory'), statePath: path.join(dir, 'state'), stateDir: path.join(dir, 'vm'), sharedDir: path.join(dir, 'shared'), vmId: buildVmId(key) };
      const t0 = performance.now();
      try {
        await fs.mkdir(b.sharedDir, { mode: 0o700 });
        const memory = await fs.open(b.memoryPath, 'wx', 0o600);
        await memory.truncate(memoryBytes).finally(() => memory.close());
        await build(b);
        const state = await fs.readFile(b.statePath);
        const record: TemplateRecord = {
          format: TEMPLATE_FORMAT,
          key,
          inputs,
          memoryBytes,
          stateBytes: state.length,
          stateSha256: sha256(state),
          memorySampleSha256: await sampleSha256(b.memoryPath, memoryBytes),
          created: new Date().toISOString(),
          madeInMs: Math.round(performance.now() - t0),
        };
        await fs.rm(b.stateDir, { recursive: true, force: true });
        await fs.rm(b.sharedDir, { recursive: true, force: true });
        const f = await fs.open(path.join(dir, RECORD), 'wx', 0o600);
        await f.writeFile(JSON.stringify(record, null, 2));
        await f.sync();
        await f.close();
        await fs.rename(dir, this.dirOf(key));
        await fs.rm(path.join(this.root, `${key}.failed`), { force: true });
        this.o.log.info({ template: key, ms: record.madeInMs, stateBytes: record.stateBytes }, 'VM template made');
        return { key, dir: this.dirOf(key), memoryPath: path.join(this.dirOf(key), 'memory'), statePath: path.join(this.dirOf(key), 'state'), record };
      } catch (err) {
        await fs.rm(dir, { recursive: true, force: true });
        await fs.writeFile(path.join(this.root, `${key}.failed`), `${(err as Error).message}\n`, { mode: 0o600 }).catch(() => undefined);
        throw err;
      }
    } finally {
      await lock.close();
    }
  }

  /** The memory file lives on tmpfs: a template that does not fit would SIGBUS its QEMU. */
  private async checkSpace(bytes: number): Promise<void> {
    const st = await fs.statfs(this.root);
    const free = st.bavail * st.bsize;
    if (free < bytes) {
      throw new Error(`no space for a VM template of ${Math.round(bytes / 2 ** 20)} MiB in ${this.root}: ${Math.round(free / 2 ** 20)} MiB free`);
    }
  }

  /** Every intact template, for `husk factory status`. */
  async list(): Promise<Template[]> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    const found = await Promise.all(names.filter((n) => KEY.test(n)).map(async (n) => (await this.lookup(n, { use: false })).template));
    return found.filter((t): t is Template => t !== undefined);
  }

  /** Removes every template, and half-made ones with the QEMU making them. */
  async clear(): Promise<number> {
    await this.sweepBuilds('');
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const n of names) await fs.rm(path.join(this.root, n), { recursive: true, force: true });
    return names.filter((n) => KEY.test(n)).length;
  }

  /**
   * Build directories of keys starting with `prefix` that a dead maker left (the caller holds
   * the key's lock, or is clearing everything): their QEMU is killed and they are removed.
   */
  private async sweepBuilds(prefix: string): Promise<void> {
    const names = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const n of names.filter((n) => n.startsWith(`.build-${prefix}`))) {
      const dir = path.join(this.root, n);
      const key12 = n.slice('.build-'.length, '.build-'.length + 12);
      const pid = await liveQemuPid(path.join(dir, 'vm'), `tpl-${key12}`);
      if (pid) {
        this.o.log.warn({ dir, pid }, 'killing the QEMU of a VM template whose maker died');
        killQuietly(pid, 'SIGKILL');
      }
      await removeScratchNetns(`husk-tpl-${key12}`);
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}

/** The id of the VM that becomes the template of `key`. */
function buildVmId(key: string): string {
  return `tpl-${key.slice(0, 12)}`;
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}
