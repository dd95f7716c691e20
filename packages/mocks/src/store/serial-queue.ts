/**
 * Runs asynchronous jobs one at a time, in arrival order. Stores use it so
 * that a transaction's awaits never let another transaction's reads or
 * writes slip in between.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
