import { pino, type Level, type Logger } from "pino";
import { turnBatchedDestination } from "./log-destination.js";

/**
 * The emulator's log: one JSON line per event on stdout, the lines of one
 * event-loop turn written together at its end (see turnBatchedDestination).
 */
export function createLogger(level: Level | "silent"): Logger {
  return pino({ name: "chimekit-mock", level }, turnBatchedDestination(process.stdout.fd));
}
