import { pino, type Level, type Logger } from "pino";

/**
 * The emulator's log: one JSON line per event on stdout. Lines are written
 * asynchronously: while one write is in flight the next lines gather in a
 * buffer and go out together, so a busy emulator spends a write per batch
 * instead of a blocking write per request (synchronous writes cost it about a
 * tenth of its CPU), while a quiet one still writes each line at once. pino
 * flushes what is buffered, synchronously, when the process exits, and
 * `serve` stops through `process.exit` on SIGINT and SIGTERM, so no line is
 * lost on a signal or a normal exit.
 */
export function createLogger(level: Level | "silent"): Logger {
  return pino(
    { name: "chimekit-mock", level },
    pino.destination({ dest: process.stdout.fd, sync: false }),
  );
}
