/**
 * For the unit tests of the shim's services: an EventSink that keeps every event published,
 * decoded, and lets a test wait for one; and a temporary root whose bind mounts a failed
 * test left are taken away before its files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { containerd } from '../../../api/gen/containerd.js';
import { mountPoints, unmount } from '../../../src/sandbox/mounts.js';
import type { EventSink } from '../../../src/shim/events.js';

type Decoder = { decode(b: Uint8Array): object; toObject(m: object, o: object): Record<string, unknown> };

export class RecordingSink implements EventSink {
  readonly events: Array<{ topic: string; event: Record<string, unknown> }> = [];
  private readonly waiting: Array<{ topic: string; resolve: (e: Record<string, unknown>) => void }> = [];

  publish(topic: string, typeName: string, encoded: Uint8Array): void {
    const type = (containerd.events as unknown as Record<string, Decoder>)[typeName.replace('containerd.events.', '')]!;
    const event = type.toObject(type.decode(encoded), { defaults: true, longs: Number });
    this.events.push({ topic, event });
    for (const w of this.waiting.filter((w) => w.topic === topic)) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve(event);
    }
  }

  get topics(): string[] {
    return this.events.map((e) => e.topic);
  }

  /** The events on `topic` so far. */
  on(topic: string): Array<Record<string, unknown>> {
    return this.events.filter((e) => e.topic === topic).map((e) => e.event);
  }

  /** The last event published on `topic`, or the next one if none was yet. */
  next(topic: string): Promise<Record<string, unknown>> {
    const seen = this.on(topic).at(-1);
    if (seen) return Promise.resolve(seen);
    return this.upcoming(topic);
  }

  /** The next event on `topic`, from now on. */
  upcoming(topic: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiting.push({ topic, resolve }));
  }
}

/** A fresh temporary directory per test (`dir()`), checked and removed after it. */
export function tempRoot(prefix: string): { dir(): string } {
  let root = '';
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), prefix))));
  afterEach(async () => {
    // A test that failed half-way may leave its bind mounts: take them away before the files.
    const left = (await mountPoints()).filter((m) => m.startsWith(`${root}/`));
    for (const m of left.reverse()) await unmount(m);
    fs.rmSync(root, { recursive: true, force: true });
    expect(left).toEqual([]);
  });
  return { dir: () => root };
}
