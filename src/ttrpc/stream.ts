/**
 * The receiving half of a stream: an async-iterable queue that asks the transport to stop
 * reading while the consumer lags behind, so a fast peer cannot grow memory without bound.
 */
export interface FlowControl {
  pause(): void;
  resume(): void;
}

interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
  reject(err: Error): void;
}

export class MessageQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  private ended = false;
  private error: Error | undefined;
  private paused = false;

  constructor(private readonly flow: FlowControl, private readonly highWaterMark = 16) {}

  get done(): boolean {
    return this.ended;
  }

  push(item: T): void {
    if (this.ended) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ value: item, done: false });
      return;
    }
    this.items.push(item);
    if (!this.paused && this.items.length >= this.highWaterMark) {
      this.paused = true;
      this.flow.pause();
    }
  }

  /** No more items; with an error, the reader sees it after the queued items. */
  end(err?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.error = err;
    for (const w of this.waiters.splice(0)) {
      if (err) w.reject(err);
      else w.resolve({ value: undefined, done: true });
    }
    this.release();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) {
      const value = this.items.shift() as T;
      if (this.items.length < this.highWaterMark / 2) this.release();
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) {
      return this.error ? Promise.reject(this.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => this.next(),
      // A consumer that stops early must not leave the transport paused.
      return: async () => {
        this.items.length = 0;
        this.end();
        return { value: undefined, done: true };
      },
    };
  }

  private release(): void {
    if (this.paused) {
      this.paused = false;
      this.flow.resume();
    }
  }
}
