/** Calls in progress, for a handover to wait for before it writes the last records. */
export class CallsInProgress {
  private readonly running = new Set<Promise<unknown>>();

  /** `work`, counted until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    void work.then(done, done);
    return work;
  }

  /** Settles once every call tracked so far has (calls tracked meanwhile included). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
