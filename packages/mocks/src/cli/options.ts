import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Level } from "pino";
import { DEFAULT_CALL_HISTORY_BYTES } from "../control/call-log.js";
import { DEFAULT_MAX_IMPORT_BYTES } from "../control/control-api.js";
import { MAX_LATENCY_MS } from "../control/faults.js";
import { parseDuration } from "../emulator/engine/clock.js";
import { isAwsAccountId, type AccessKeyAccount } from "../emulator/partitions.js";
import { DEFAULT_HOST, DEFAULT_PORT } from "../http/start-server.js";
import type { AuthMode } from "../http/emulator-handler.js";
import { DEFAULT_LIMITS, type ServerLimits } from "../http/limits.js";
import { SQLITE_DRIVER_CHOICES, type SqliteDriverChoice } from "../store/sqlite/driver.js";

export interface ServeOptions {
  host: string;
  port: number;
  stateFile?: string;
  synchronous: "full" | "normal";
  sqliteDriver: SqliteDriverChoice;
  seedFile?: string;
  auth: AuthMode;
  latencyMs: number;
  faultRate: number;
  faultSeed: number;
  logLevel: Level | "silent";
  accessKeys: Record<string, AccessKeyAccount>;
  defaultAwsAccountId?: string;
  control: boolean;
  allowRemoteControl: boolean;
  limits: ServerLimits;
  callHistory: number;
  callHistoryBytes: number;
  maxImportBytes: number;
  /** The control API's credential, from --control-token or CHIMEKIT_CONTROL_TOKEN. */
  controlToken?: string;
  idSeed?: number;
  phoneNumberOrderMs?: number;
  callingNameUpdateMs?: number;
}

/** A mistake in the command line: reported with the usage text. */
export class UsageError extends Error {}

/** A problem starting the emulator (unreadable seed, port in use, state file in use): reported alone. */
export class StartupError extends Error {}

export const USAGE = `Usage: chimekit-mock serve [options]

Serves an emulated Amazon Chime API (2018-05-01) for the AWS CLI, boto3 and the AWS SDKs.

Options:
  --port <n>                 port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <addr>              address to bind (default ${DEFAULT_HOST})
  --state <file>             keep state in this SQLite file (default: in memory, gone on exit)
  --synchronous full|normal  SQLite durability: full syncs every commit (default full)
  --sqlite-driver auto|node:sqlite|better-sqlite3
                             SQLite binding for --state; auto takes node:sqlite where Node has
                             it (22.13 and later), better-sqlite3 otherwise (default auto)
  --seed <file>              load seed fixtures (JSON) at start
  --auth off|presence|sigv4  off accepts unsigned requests; presence wants an Authorization
                             header; sigv4 checks signatures against --access-key(s) (default off)
  --access-key <id>=<acct>[:<secret>]
                             map an access key to a 12-digit AWS account (repeatable); with a
                             secret the key can sign under --auth sigv4
  --access-keys <file>       JSON {"<id>": {"awsAccountId": "...", "secretAccessKey": "..."}}
  --default-account <acct>   AWS account of unsigned requests (default 111122223333)
  --latency <duration>       added to every call, e.g. 20ms
  --fault-rate <0..1>        share of calls that fail with ServiceUnavailableException
  --fault-seed <n>           seed of the fault-rate draws (default 1)
  --order-delay <duration>   emulated time a phone number order takes (default 0)
  --calling-name-delay <duration>
                             emulated time a calling name update takes (default 0)
  --id-seed <n>              reproducible IDs, PINs and tokens
  --call-history <n>         calls kept for GET /_chimekit/calls (default 1000; 0 = off)
  --call-history-bytes <n>   approximate JSON size of the calls kept, at most (default ${DEFAULT_CALL_HISTORY_BYTES})
  --max-import-bytes <n>     largest control API body, e.g. a state import (default ${DEFAULT_MAX_IMPORT_BYTES})
  --control-token <token>    the control API's credential (header x-chimekit-control-token); needed under
                             --auth sigv4, made up and printed at start when not given (also
                             CHIMEKIT_CONTROL_TOKEN)
  --no-control               do not serve the control API and the dashboard under /_chimekit/
  --allow-remote-control     serve the control API to non-loopback clients too (default: refused)
  --max-body-bytes <n>       largest request body (default ${DEFAULT_LIMITS.maxBodyBytes})
  --max-header-bytes <n>     largest request header block (default ${DEFAULT_LIMITS.maxHeaderBytes})
  --headers-timeout <duration>
                             time a client has to send its headers (default ${DEFAULT_LIMITS.headersTimeoutMs}ms)
  --request-timeout <duration>
                             time a client has to send a whole request (default ${DEFAULT_LIMITS.requestTimeoutMs}ms)
  --max-connections <n>      open connections at most (default ${DEFAULT_LIMITS.maxConnections})
  --rate-limit <n>           API calls per second, 429 above it (default 0 = none): per verified
                             access key under --auth sigv4 (failed signatures spend the client
                             address's budget), per client address otherwise
  --log-level <level>        fatal|error|warn|info|debug|trace|silent (default info)
  -h, --help                 show this help
  -v, --version              show the version`;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function number(
  flag: string,
  text: string,
  check: (n: number) => boolean,
  expected: string,
): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !check(value)) {
    throw new UsageError(`--${flag} "${text}" is not valid: expected ${expected}`);
  }
  return value;
}

function duration(flag: string, text: string, maxMs?: number): number {
  try {
    return parseDuration(text, maxMs);
  } catch (error) {
    throw new UsageError(`--${flag}: ${(error as Error).message}`);
  }
}

/** Longest delay a timer of node can hold (about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Longest emulated delay of work that completes later (orders, calling names): ten years. */
const MAX_EMULATED_DELAY_MS = 3650 * 86_400_000;

const timeout = (flag: string, text: string) => duration(flag, text, MAX_TIMER_MS);

function accessKey(text: string): [string, AccessKeyAccount] {
  const match = /^([^=]+)=(\d{12})(?::(.+))?$/.exec(text);
  if (!match) {
    throw new UsageError(
      `--access-key "${text}" is not valid: expected <access key id>=<12-digit account>[:<secret>]`,
    );
  }
  return [
    match[1],
    match[3] === undefined
      ? { awsAccountId: match[2] }
      : { awsAccountId: match[2], secretAccessKey: match[3] },
  ];
}

function accessKeyFile(file: string): Record<string, AccessKeyAccount> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--access-keys ${file}: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`--access-keys ${file}: must hold a JSON object keyed by access key ID`);
  }
  for (const [id, entry] of Object.entries(parsed)) {
    const account = (entry as AccessKeyAccount | null)?.awsAccountId;
    if (typeof account !== "string" || !isAwsAccountId(account)) {
      throw new UsageError(
        `--access-keys ${file}: "${id}".awsAccountId must be a 12-digit AWS account ID`,
      );
    }
  }
  return parsed as Record<string, AccessKeyAccount>;
}

function controlToken(token: string | undefined): string | undefined {
  if (token === undefined || token === "") return undefined;
  if (token.length < 16 || /\s/.test(token)) {
    throw new UsageError(
      "--control-token (or CHIMEKIT_CONTROL_TOKEN) is not valid: expected 16 characters or more, without spaces",
    );
  }
  return token;
}

/** Reads `serve`'s flags; a mistake is a UsageError naming the flag. */
export function parseServeOptions(
  args: string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        state: { type: "string" },
        synchronous: { type: "string" },
        "sqlite-driver": { type: "string" },
        seed: { type: "string" },
        auth: { type: "string" },
        "access-key": { type: "string", multiple: true },
        "access-keys": { type: "string" },
        "default-account": { type: "string" },
        latency: { type: "string" },
        "fault-rate": { type: "string" },
        "fault-seed": { type: "string" },
        "order-delay": { type: "string" },
        "calling-name-delay": { type: "string" },
        "id-seed": { type: "string" },
        "call-history": { type: "string" },
        "call-history-bytes": { type: "string" },
        "max-import-bytes": { type: "string" },
        "control-token": { type: "string" },
        "no-control": { type: "boolean" },
        "allow-remote-control": { type: "boolean" },
        "max-body-bytes": { type: "string" },
        "max-header-bytes": { type: "string" },
        "headers-timeout": { type: "string" },
        "request-timeout": { type: "string" },
        "max-connections": { type: "string" },
        "rate-limit": { type: "string" },
        "log-level": { type: "string" },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const auth = parsed.auth ?? "off";
  if (auth !== "off" && auth !== "presence" && auth !== "sigv4") {
    throw new UsageError(`--auth "${auth}" is not valid: expected off, presence or sigv4`);
  }
  const synchronous = parsed.synchronous ?? "full";
  if (synchronous !== "full" && synchronous !== "normal") {
    throw new UsageError(`--synchronous "${synchronous}" is not valid: expected full or normal`);
  }
  const sqliteDriver = parsed["sqlite-driver"] ?? "auto";
  if (!(SQLITE_DRIVER_CHOICES as string[]).includes(sqliteDriver)) {
    throw new UsageError(
      `--sqlite-driver "${sqliteDriver}" is not valid: expected ${SQLITE_DRIVER_CHOICES.join(", ")}`,
    );
  }
  const logLevel = parsed["log-level"] ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new UsageError(
      `--log-level "${logLevel}" is not valid: expected ${LOG_LEVELS.join(", ")}`,
    );
  }
  const defaultAccount = parsed["default-account"];
  if (defaultAccount !== undefined && !isAwsAccountId(defaultAccount)) {
    throw new UsageError(
      `--default-account "${defaultAccount}" is not valid: expected a 12-digit AWS account ID`,
    );
  }
  const accessKeys = {
    ...(parsed["access-keys"] ? accessKeyFile(parsed["access-keys"]) : {}),
    ...Object.fromEntries((parsed["access-key"] ?? []).map(accessKey)),
  };
  if (auth === "sigv4" && !Object.values(accessKeys).some((key) => key.secretAccessKey)) {
    throw new UsageError(
      "--auth sigv4 needs at least one --access-key <id>=<account>:<secret> (or --access-keys) to check signatures against",
    );
  }
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  const positive = (flag: string, text: string) =>
    number(flag, text, (n) => Number.isInteger(n) && n > 0, "a whole number above 0");
  /** A limit's flag read as `read` says, or its default when the flag is absent. */
  const limitFlag = (
    flag:
      | "max-body-bytes"
      | "max-header-bytes"
      | "headers-timeout"
      | "request-timeout"
      | "max-connections"
      | "rate-limit",
    fallback: number,
    read: (flag: string, text: string) => number,
  ) => {
    const text = parsed[flag];
    return text === undefined ? fallback : read(flag, text);
  };
  const limits: ServerLimits = {
    maxBodyBytes: limitFlag("max-body-bytes", DEFAULT_LIMITS.maxBodyBytes, positive),
    maxHeaderBytes: limitFlag("max-header-bytes", DEFAULT_LIMITS.maxHeaderBytes, positive),
    headersTimeoutMs: limitFlag("headers-timeout", DEFAULT_LIMITS.headersTimeoutMs, timeout),
    requestTimeoutMs: limitFlag("request-timeout", DEFAULT_LIMITS.requestTimeoutMs, timeout),
    maxConnections: limitFlag("max-connections", DEFAULT_LIMITS.maxConnections, positive),
    rateLimitPerSecond: limitFlag("rate-limit", DEFAULT_LIMITS.rateLimitPerSecond, (flag, text) =>
      number(flag, text, whole, "a whole number (0 = no limit)"),
    ),
  };
  if (limits.headersTimeoutMs <= 0 || limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new UsageError(
      `--headers-timeout (${limits.headersTimeoutMs}ms) must be above 0 and no longer than --request-timeout (${limits.requestTimeoutMs}ms)`,
    );
  }
  return {
    host: parsed.host ?? DEFAULT_HOST,
    port:
      parsed.port === undefined
        ? DEFAULT_PORT
        : number("port", parsed.port, (n) => whole(n) && n <= 65535, "a port from 0 to 65535"),
    stateFile: parsed.state,
    synchronous,
    sqliteDriver: sqliteDriver as SqliteDriverChoice,
    seedFile: parsed.seed,
    auth,
    latencyMs:
      parsed.latency === undefined ? 0 : duration("latency", parsed.latency, MAX_LATENCY_MS),
    faultRate:
      parsed["fault-rate"] === undefined
        ? 0
        : number(
            "fault-rate",
            parsed["fault-rate"],
            (n) => n >= 0 && n <= 1,
            "a number from 0 to 1",
          ),
    faultSeed:
      parsed["fault-seed"] === undefined
        ? 1
        : number("fault-seed", parsed["fault-seed"], whole, "a whole number"),
    logLevel: logLevel as ServeOptions["logLevel"],
    accessKeys,
    defaultAwsAccountId: defaultAccount,
    control: !parsed["no-control"],
    allowRemoteControl: parsed["allow-remote-control"] ?? false,
    limits,
    callHistory:
      parsed["call-history"] === undefined
        ? 1000
        : number("call-history", parsed["call-history"], whole, "a whole number"),
    callHistoryBytes:
      parsed["call-history-bytes"] === undefined
        ? DEFAULT_CALL_HISTORY_BYTES
        : positive("call-history-bytes", parsed["call-history-bytes"]),
    maxImportBytes:
      parsed["max-import-bytes"] === undefined
        ? DEFAULT_MAX_IMPORT_BYTES
        : positive("max-import-bytes", parsed["max-import-bytes"]),
    controlToken: controlToken(parsed["control-token"] ?? env.CHIMEKIT_CONTROL_TOKEN),
    idSeed:
      parsed["id-seed"] === undefined
        ? undefined
        : number("id-seed", parsed["id-seed"], whole, "a whole number"),
    phoneNumberOrderMs:
      parsed["order-delay"] === undefined
        ? undefined
        : duration("order-delay", parsed["order-delay"], MAX_EMULATED_DELAY_MS),
    callingNameUpdateMs:
      parsed["calling-name-delay"] === undefined
        ? undefined
        : duration("calling-name-delay", parsed["calling-name-delay"], MAX_EMULATED_DELAY_MS),
  };
}
