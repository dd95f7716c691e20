import type { HttpHandlerOptions, MetricsRecorder } from "@smithy/types";

/** The per-call options of the aggregated client's methods. */
export interface ChimeRequestOptions extends HttpHandlerOptions {
  metricsRecorder?: MetricsRecorder<unknown>;
}

/** A Node-style callback, the aggregated client's alternative to a promise. */
export type ChimeCallback<Output> = (error: any, data?: Output) => void;

interface Sender {
  send(command: unknown, options?: unknown, callback?: unknown): Promise<unknown> | void;
}

/**
 * Sends a command for an aggregated client method called as
 * `(args)`, `(args, options)`, `(args, callback)` or `(args, options, callback)`.
 */
export function sendCommand<Output>(
  client: Sender,
  command: unknown,
  optionsOrCallback?: ChimeRequestOptions | ChimeCallback<Output>,
  callback?: ChimeCallback<Output>,
): Promise<Output> | void {
  if (typeof optionsOrCallback === "function") {
    client.send(command, optionsOrCallback);
    return;
  }
  if (typeof callback === "function") {
    if (optionsOrCallback !== undefined && typeof optionsOrCallback !== "object") {
      throw new TypeError(`Expected request options, got ${typeof optionsOrCallback}`);
    }
    client.send(command, optionsOrCallback ?? {}, callback);
    return;
  }
  return client.send(command, optionsOrCallback) as Promise<Output>;
}
