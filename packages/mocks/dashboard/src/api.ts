import type { CallsPage, Clock, EmulatorState, FaultRule, Health } from "./types.js";

/** A refused control call: the status, the contract's `code` when the emulator gives one, and its message. */
export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ControlApiError";
  }

  /** The emulator runs with `--auth sigv4` and wants the control token (missing or wrong). */
  get needsCredential(): boolean {
    return this.code === "ControlCredentialRequired" || this.code === "ControlCredentialInvalid";
  }
}

const TOKEN_KEY = "chimekit-control-token";
export const TOKEN_HEADER = "x-chimekit-control-token";

/** The control token lives in sessionStorage: this tab only, gone when it closes. */
export const controlToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

type CredentialListener = (error: ControlApiError) => void;
const credentialListeners = new Set<CredentialListener>();

/** Tells the page to ask for the control token whenever a call is refused for the lack of it. */
export function onCredentialNeeded(listener: CredentialListener): () => void {
  credentialListeners.add(listener);
  return () => credentialListeners.delete(listener);
}

/**
 * One control API call, same-origin (the page is served under the prefix, so
 * paths are relative to it). State changes send JSON, which the control API
 * requires of them.
 */
async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = controlToken.get();
  if (token) headers[TOKEN_HEADER] = token;
  if (method !== "GET") headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
    credentials: "same-origin",
    cache: "no-store",
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const { code, message } = (parsed ?? {}) as { code?: string; message?: string };
    const error = new ControlApiError(
      response.status,
      code,
      message ?? `${method} /_chimekit/${path} answered HTTP ${response.status}`,
    );
    if (error.needsCredential) credentialListeners.forEach((listener) => listener(error));
    throw error;
  }
  return parsed as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

export const api = {
  health: () => control<Health>("GET", "health"),
  state: (awsAccountId?: string) =>
    control<EmulatorState>("GET", `state${query({ awsAccountId })}`),
  importState: (document: unknown) => control<{ imported: true }>("POST", "state", document),
  reset: (awsAccountId?: string) =>
    control<{ reset: string }>("POST", "reset", awsAccountId ? { awsAccountId } : {}),
  calls: (params: { after?: number; limit?: number }) =>
    control<CallsPage>("GET", `calls${query(params)}`),
  faults: () => control<{ faults: FaultRule[] }>("GET", "faults"),
  addFault: (fault: Record<string, unknown>) =>
    control<{ added: FaultRule; faults: FaultRule[] }>("POST", "faults", fault),
  clearFaults: () => control<{ cleared: true }>("DELETE", "faults"),
  removeFault: (id: number) =>
    control<{ removed: number; faults: FaultRule[] }>("DELETE", `faults${query({ id })}`),
  clock: () => control<Clock>("GET", "clock"),
  advanceClock: (advance: string | number) => control<Clock>("POST", "clock", { advance }),
};
