import type { KeyValue } from './messages.js';

/**
 * Call metadata: a multimap with case-insensitive keys, like Go ttrpc's MD. containerd puts
 * the namespace here under `containerd-namespace-ttrpc`.
 */
export class Metadata {
  private readonly map = new Map<string, string[]>();

  static from(init?: Metadata | Record<string, string | string[]> | KeyValue[]): Metadata {
    if (init instanceof Metadata) return init;
    const md = new Metadata();
    if (Array.isArray(init)) for (const kv of init) md.append(kv.key, kv.value);
    else if (init) for (const [k, v] of Object.entries(init)) for (const s of [v].flat()) md.append(k, s);
    return md;
  }

  get(key: string): string | undefined {
    return this.map.get(key.toLowerCase())?.[0];
  }

  getAll(key: string): string[] {
    return this.map.get(key.toLowerCase()) ?? [];
  }

  set(key: string, ...values: string[]): this {
    this.map.set(key.toLowerCase(), values);
    return this;
  }

  append(key: string, value: string): this {
    const k = key.toLowerCase();
    const list = this.map.get(k);
    if (list) list.push(value);
    else this.map.set(k, [value]);
    return this;
  }

  /** Per-call values override the defaults key by key. */
  merge(other: Metadata): Metadata {
    const md = new Metadata();
    for (const [k, v] of this.map) md.map.set(k, [...v]);
    for (const [k, v] of other.map) md.map.set(k, [...v]);
    return md;
  }

  get size(): number {
    return this.map.size;
  }

  toKeyValues(): KeyValue[] {
    const out: KeyValue[] = [];
    for (const [key, values] of this.map) for (const value of values) out.push({ key, value });
    return out;
  }
}
