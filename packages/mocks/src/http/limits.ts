/**
 * How much a client may ask of the emulator before it is refused. The
 * defaults keep a shared emulator safe from a runaway test suite while
 * staying far above anything the Chime API itself accepts.
 */
export interface ServerLimits {
  /** Largest request body; larger ones get 413 RequestEntityTooLargeException. Default 1 MiB. */
  maxBodyBytes: number;
  /** Largest total size of a request's headers (node:http answers 431 above it). Default 16 KiB. */
  maxHeaderBytes: number;
  /** Time a client has to send its headers (slow-client protection). Default 10 s. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body. Default 30 s. */
  requestTimeoutMs: number;
  /** Open connections at most; further ones are closed at once. Default 512. */
  maxConnections: number;
  /** API calls per second per verified access key under sigv4, else per client address; 0 = no limit. Default 0. */
  rateLimitPerSecond: number;
}

export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 512,
  rateLimitPerSecond: 0,
});

/** The defaults with the given overrides; a limit must be a positive whole number (0 allowed where it means "off"). */
export function resolveLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    const zeroAllowed = name === "rateLimitPerSecond";
    if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) {
      throw new RangeError(
        `limits.${name} must be a whole number${zeroAllowed ? "" : " above 0"} (got ${value})`,
      );
    }
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new RangeError(
      `limits.headersTimeoutMs (${limits.headersTimeoutMs}) must not exceed limits.requestTimeoutMs (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}
