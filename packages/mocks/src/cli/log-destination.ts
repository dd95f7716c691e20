import { writeSync } from "node:fs";

/** Where pino writes lines: anything with `write(line)`. */
export interface LogDestination {
  write(line: string): void;
  /** Writes what is buffered now, waiting for a full pipe to drain; for the process's exit. */
  flushSync(): void;
}

/** How long a full pipe is given before a line-batch is tried again, and at exit in total. */
const RETRY_MS = 10;
const EXIT_PATIENCE_MS = 5000;

/**
 * Log lines written with the others of the same event-loop turn, in one
 * synchronous write at the end of the turn (as the server writes its
 * answers). A busy emulator then spends one write call on a turn's lines,
 * with no thread hand-off per write (pino's asynchronous destination gives
 * each write to libuv's thread pool, and that hand-off cost about a tenth of
 * a busy emulator's CPU), while a quiet one still writes each line within its
 * turn. A pipe that is full (stdout is non-blocking when it is a pipe) keeps
 * the rest for a later try instead of blocking the emulator. What is left at
 * exit is written before the process ends, so no line is lost on a signal or
 * a normal exit.
 */
export function turnBatchedDestination(fd: number): LogDestination {
  let lines: string[] = [];
  /** Bytes of an earlier batch that a full pipe did not take yet; they go first. */
  let rest: Buffer | undefined;
  let scheduled = false;

  /** Writes as much as the descriptor takes now; false when it is full. */
  const writeOut = (): boolean => {
    if (lines.length > 0) {
      const batch = Buffer.from(lines.join(""));
      lines = [];
      rest = rest === undefined ? batch : Buffer.concat([rest, batch]);
    }
    while (rest !== undefined) {
      let written: number;
      try {
        written = writeSync(fd, rest);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EAGAIN") return false;
        // A reader that is gone (EPIPE) or a broken descriptor: the lines have nowhere to go.
        rest = undefined;
        return true;
      }
      rest = written < rest.length ? rest.subarray(written) : undefined;
    }
    return true;
  };

  const flush = () => {
    scheduled = false;
    if (!writeOut()) {
      scheduled = true;
      setTimeout(flush, RETRY_MS).unref();
    }
  };

  const flushSync = () => {
    const giveUpAt = Date.now() + EXIT_PATIENCE_MS;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (!writeOut() && Date.now() < giveUpAt) Atomics.wait(pause, 0, 0, RETRY_MS);
  };
  process.on("exit", flushSync);

  return {
    write(line) {
      lines.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flushSync,
  };
}
