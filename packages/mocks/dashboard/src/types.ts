/** The control API's answers, as the page reads them (see the control API contract). */

export interface Health {
  status: string;
  version?: string;
  store: string;
  now: string;
  operations: number;
  awsAccounts: string[];
}

export interface CallRecord {
  seq: number;
  requestId?: string;
  operation: string;
  awsAccountId: string;
  time: string;
  durationMs: number;
  /** The HTTP status answered; emulators before the paged history leave it out. */
  statusCode?: number;
  input: unknown;
  output?: unknown;
  error?: { name: string; message: string };
}

export interface CallsPage {
  calls: CallRecord[];
  nextAfter?: number;
}

export interface FaultRule {
  id: number;
  operation: string;
  error?: string;
  message?: string;
  latencyMs?: number;
  remaining: number;
}

export interface Clock {
  now: string;
  offsetMs: number;
}

export interface StoredRecord {
  collection: string;
  /** The owners' IDs joined with `/`: `""`, `<AccountId>` or `<AccountId>/<UserId>`. */
  scope: string;
  id: string;
  value: Record<string, unknown>;
}

export interface EmulatorState {
  format: "chimekit-emulator-state";
  version: number;
  scope: "all" | "awsAccount";
  exportedAt: string;
  clockOffsetMs: number;
  awsAccounts: Record<string, { records: StoredRecord[] }>;
}
