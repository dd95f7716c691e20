/**
 * `pnpm bench:client`: @chimekit/client against @aws-sdk/client-chime, in one
 * run, on three figures:
 * - GetUser calls per second at concurrency 16 against one local server with
 *   a fixed response (target: ours at least 2.7x the official client's);
 * - the CPU time the calling process spends per GetUser call, the same
 *   comparison with the machine's other load taken out: on a shared machine a
 *   client that waits for a core makes fewer calls without costing more;
 * - the minified bundle of a program that sends one command (target: ours at
 *   most 40% of the official client's), and of one that relies on the default
 *   credential chain (printed; bundle.ts);
 * - the cold start, import plus first call in a fresh process, ES module and
 *   CommonJS (target: ours at most half the official client's; cold-start.ts).
 * Rounds alternate between the clients; each ratio is the median of the
 * ratios of adjacent rounds, so background load that varies over the run
 * affects both sides of each ratio alike. The server runs in its own process;
 * each round reports the share of a core it used, so a round it limited shows.
 */
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as official from "@aws-sdk/client-chime";
import { round, writeReport, type BenchFigure } from "../report.ts";
import { BUNDLE_TARGET, measureDefaultChainBundle, measureOneCommandBundle } from "./bundle.ts";
import { measureColdStart } from "./cold-start.ts";

const CONCURRENCY = 16;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const ROUND_SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const WARMUP_SECONDS = 2;
const CALLS_TARGET = 2.7;
/** Above this share of a core, the server rather than the client may have set the pace. */
const SERVER_BUSY_SHARE = 0.8;

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const input = {
  AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
  UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
};

interface BenchServer {
  port: number;
  /** The CPU time the server process has used so far, in microseconds. */
  cpuMicros: () => Promise<number>;
  stop: () => void;
}

async function startServer(): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL("./get-user-server.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the benchmark server exited with ${code}`)));
  });
  const cpuMicros = () =>
    new Promise<number>((resolve) => {
      child.once("message", (message) => resolve((message as { cpuMicros: number }).cpuMicros));
      child.send("cpu");
    });
  return { port, cpuMicros, stop: () => child.kill() };
}

interface Round {
  callsPerSecond: number;
  /** CPU time of this process (both clients live in it, one at a time) per call. */
  cpuMicrosPerCall: number;
  /** The server's CPU time over the round's wall time: 1 is a whole core. */
  serverCoreShare: number;
}

/** One round of `CONCURRENCY` callers looping for `seconds`. */
async function measureRound(
  call: () => Promise<unknown>,
  seconds: number,
  server: BenchServer,
): Promise<Round> {
  const serverBefore = await server.cpuMicros();
  const cpuBefore = process.cpuUsage();
  let calls = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        await call();
        calls += 1;
      }
    }),
  );
  const elapsedMicros = (performance.now() - started) * 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const serverMicros = (await server.cpuMicros()) - serverBefore;
  return {
    callsPerSecond: calls / (elapsedMicros / 1e6),
    cpuMicrosPerCall: (cpu.user + cpu.system) / calls,
    serverCoreShare: serverMicros / elapsedMicros,
  };
}

function describeRound(result: Round): string {
  return `${Math.round(result.callsPerSecond)} calls/s (${Math.round(result.cpuMicrosPerCall)} µs CPU/call, server at ${Math.round(result.serverCoreShare * 100)}% of a core)`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function measureCalls(): Promise<{ calls: BenchFigure; cpu: BenchFigure }> {
  const server = await startServer();
  const endpoint = `http://127.0.0.1:${server.port}`;
  const ourClient = new ours.ChimeClient({ region: "us-east-1", endpoint, credentials });
  const officialClient = new official.ChimeClient({ region: "us-east-1", endpoint, credentials });
  const callOurs = () => ourClient.send(new ours.GetUserCommand(input));
  const callOfficial = () => officialClient.send(new official.GetUserCommand(input));
  const [ourOutput, officialOutput] = [await callOurs(), await callOfficial()];
  if (ourOutput.User?.UserId !== officialOutput.User?.UserId || !ourOutput.User?.RegisteredOn) {
    throw new Error("the clients disagree on the benchmark response; fix the interop tests first");
  }
  await measureRound(callOurs, WARMUP_SECONDS, server);
  await measureRound(callOfficial, WARMUP_SECONDS, server);
  const oursRounds: Round[] = [];
  const officialRounds: Round[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    oursRounds.push(await measureRound(callOurs, ROUND_SECONDS, server));
    officialRounds.push(await measureRound(callOfficial, ROUND_SECONDS, server));
    console.log(
      `round ${index + 1}: ours ${describeRound(oursRounds[index]!)}, official ${describeRound(officialRounds[index]!)}`,
    );
  }
  ourClient.destroy();
  officialClient.destroy();
  server.stop();
  const serverBusy = [...oursRounds, ...officialRounds].filter(
    (result) => result.serverCoreShare > SERVER_BUSY_SHARE,
  ).length;
  if (serverBusy > 0) {
    console.log(
      `note: the server used more than ${SERVER_BUSY_SHARE * 100}% of a core in ${serverBusy} rounds; it may have limited them`,
    );
  }
  const callsRatio = round(
    median(
      oursRounds.map(
        (ourRound, index) => ourRound.callsPerSecond / officialRounds[index]!.callsPerSecond,
      ),
    ),
  );
  const cpuRatio = round(
    median(
      oursRounds.map(
        (ourRound, index) => officialRounds[index]!.cpuMicrosPerCall / ourRound.cpuMicrosPerCall,
      ),
    ),
  );
  return {
    calls: {
      metric: `GetUser calls/s at concurrency ${CONCURRENCY} (medians of ${ROUNDS} alternating rounds)`,
      unit: "calls/s",
      ours: Math.round(median(oursRounds.map((r) => r.callsPerSecond))),
      peer: Math.round(median(officialRounds.map((r) => r.callsPerSecond))),
      peerName: "@aws-sdk/client-chime",
      ratio: callsRatio,
      target: `ratio >= ${CALLS_TARGET}`,
      met: callsRatio >= CALLS_TARGET,
    },
    cpu: {
      metric: "client CPU time per GetUser call, same rounds (ratio: official / ours)",
      unit: "µs",
      ours: Math.round(median(oursRounds.map((r) => r.cpuMicrosPerCall))),
      peer: Math.round(median(officialRounds.map((r) => r.cpuMicrosPerCall))),
      peerName: "@aws-sdk/client-chime",
      ratio: cpuRatio,
    },
  };
}

/** The built package, as programs get it. */
async function loadOurClient(): Promise<typeof import("@chimekit/client")> {
  let entry: string | undefined;
  try {
    entry = createRequire(import.meta.url).resolve("@chimekit/client");
  } catch {
    entry = undefined;
  }
  if (entry === undefined || !existsSync(entry)) {
    throw new Error(
      "@chimekit/client is not built: run `pnpm --filter @chimekit/client build` first",
    );
  }
  return import("@chimekit/client");
}

const ours = await loadOurClient();
const { calls, cpu } = await measureCalls();
const bundle = await measureOneCommandBundle(credentials, input);
const defaultChainBundle = await measureDefaultChainBundle();
const coldStarts = await measureColdStart();
writeReport("client", [calls, cpu, bundle, defaultChainBundle, ...coldStarts]);
console.log(`calls/s ratio (ours / official): ${calls.ratio}  (target >= ${CALLS_TARGET})`);
console.log(`CPU per call ratio (official / ours): ${cpu.ratio}`);
console.log(`bundle ratio (ours / official): ${bundle.ratio}  (target <= ${BUNDLE_TARGET})`);
for (const coldStart of coldStarts) {
  console.log(`${coldStart.metric}: ratio ${coldStart.ratio}  (${coldStart.target})`);
}
