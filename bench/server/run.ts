/**
 * `pnpm bench:server`: requests per second of GetUser returning a fixed user
 * through the generated stack (auth off, then sigv4) against a bare
 * `node:http` server returning the same bytes, measured in one run with
 * autocannon at concurrency 32. Each server runs in its own child process;
 * each figure is the best of three alternating rounds.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import autocannon from "autocannon";
import { writeReport, type BenchFigure } from "../report.ts";
import { ACCESS_KEY, GET_USER_PATH, SECRET_KEY } from "./fixtures.ts";

const CONNECTIONS = 32;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const WARMUP_SECONDS = 2;
const TARGET_RATIO = 0.6;

/** Starts a server child; the bare server is given the exact bytes to answer with. */
async function startServer(
  mode: Mode,
  body?: Buffer,
): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL("./serve.ts", import.meta.url)), [mode], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_BODY: body?.toString("base64") ?? "" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the ${mode} server exited with ${code}`)));
  });
  return { child, port };
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === "string") return data;
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** SHA-256 (HMAC with a secret) for the signer, from node:crypto. */
class Sha256 {
  readonly #hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#hash = secret === undefined ? createHash("sha256") : createHmac("sha256", bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {}
}

async function signedHeaders(port: number): Promise<Record<string, string>> {
  const host = `127.0.0.1:${port}`;
  const signer = new SignatureV4({
    service: "chime",
    region: "us-east-1",
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: "GET",
    protocol: "http:",
    hostname: "127.0.0.1",
    port,
    path: GET_USER_PATH,
    query: {},
    headers: { host },
  });
  return signed.headers;
}

async function load(port: number, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${GET_USER_PATH}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
  });
  const ok = result["2xx"];
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${result.non2xx} non-2xx responses and ${result.errors} errors on port ${port}`,
    );
  }
  return ok / seconds;
}

type Mode = "bare" | "off" | "sigv4";

/**
 * Measures the three servers in alternating rounds and keeps each one's best
 * round, so that a burst of load from elsewhere on the machine does not land
 * on one server only.
 */
async function measureAll(body: Buffer): Promise<Record<Mode, number>> {
  const modes: Mode[] = ["bare", "off", "sigv4"];
  const servers = await Promise.all(
    modes.map((mode) => startServer(mode, mode === "bare" ? body : undefined)),
  );
  try {
    const targets = await Promise.all(
      servers.map(async ({ port }, i) => ({
        mode: modes[i],
        port,
        // The same signed request is replayed: it stays within the 15-minute skew for the whole run.
        headers: modes[i] === "sigv4" ? await signedHeaders(port) : {},
      })),
    );
    for (const target of targets) await load(target.port, target.headers, WARMUP_SECONDS);
    const best: Record<Mode, number> = { bare: 0, off: 0, sigv4: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        const requestsPerSecond = await load(target.port, target.headers, DURATION_SECONDS);
        console.log(`round ${round}, ${target.mode}: ${Math.round(requestsPerSecond)} requests/s`);
        best[target.mode] = Math.max(best[target.mode], requestsPerSecond);
      }
    }
    return best;
  } finally {
    for (const { child } of servers) child.disconnect();
  }
}

/** What the generated stack writes for GetUser: the bytes the bare server answers with. */
async function generatedStackBody(): Promise<Buffer> {
  const { child, port } = await startServer("off");
  try {
    const response = await fetch(`http://127.0.0.1:${port}${GET_USER_PATH}`);
    if (response.status !== 200)
      throw new Error(`GetUser answered ${response.status}: ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  } finally {
    child.disconnect();
  }
}

const { bare, off, sigv4 } = await measureAll(await generatedStackBody());
const ratio = (ours: number) => Math.round((ours / bare) * 100) / 100;
const figures: BenchFigure[] = [
  {
    metric: `GetUser requests/s at concurrency ${CONNECTIONS}, auth off`,
    unit: "req/s",
    ours: off,
    peer: bare,
    peerName: "bare node:http, same bytes",
    ratio: ratio(off),
    target: `ratio >= ${TARGET_RATIO}`,
    met: off / bare >= TARGET_RATIO,
  },
  {
    metric: `GetUser requests/s at concurrency ${CONNECTIONS}, auth sigv4`,
    unit: "req/s",
    ours: sigv4,
    peer: bare,
    peerName: "bare node:http, same bytes",
    ratio: ratio(sigv4),
  },
];
writeReport("server", figures);
