/**
 * `pnpm bench:client`: @chimekit/client against @aws-sdk/client-chime, in one
 * run, on two figures:
 * - GetUser calls per second at concurrency 16 against one local server with
 *   a fixed response (target: ours at least 2x the official client's);
 * - the minified bundle (esbuild, platform node) of a program that sends one
 *   command (target: ours at most 40% of the official client's), and of one
 *   that relies on the default credential chain (printed);
 * - the cold start, import plus first call in a fresh process, ES module and
 *   CommonJS (target: ours at most half the official client's; cold-start.ts).
 * Rounds alternate between the clients; the ratio is the median of the
 * ratios of adjacent rounds, so background load that varies over the run
 * affects both sides of each ratio alike.
 */
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as official from "@aws-sdk/client-chime";
import { build } from "esbuild";
import { round, writeReport, type BenchFigure } from "../report.ts";
import { measureDefaultChainBundle } from "./bundle.ts";
import { measureColdStart } from "./cold-start.ts";

const CONCURRENCY = 16;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const ROUND_SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const WARMUP_SECONDS = 2;
const CALLS_TARGET = 2;
const BUNDLE_TARGET = 0.4;

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const input = {
  AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
  UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
};

async function startServer(): Promise<{ port: number; stop: () => void }> {
  const child = fork(fileURLToPath(new URL("./get-user-server.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the benchmark server exited with ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

/** Calls per second with `CONCURRENCY` callers looping for `seconds`. */
async function callsPerSecond(call: () => Promise<unknown>, seconds: number): Promise<number> {
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
  return calls / ((performance.now() - started) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function measureCalls(): Promise<BenchFigure> {
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
  await callsPerSecond(callOurs, WARMUP_SECONDS);
  await callsPerSecond(callOfficial, WARMUP_SECONDS);
  const oursRounds: number[] = [];
  const officialRounds: number[] = [];
  for (let index = 0; index < ROUNDS; index += 1) {
    oursRounds.push(await callsPerSecond(callOurs, ROUND_SECONDS));
    officialRounds.push(await callsPerSecond(callOfficial, ROUND_SECONDS));
    console.log(
      `round ${index + 1}: ours ${Math.round(oursRounds[index]!)} calls/s, official ${Math.round(officialRounds[index]!)} calls/s`,
    );
  }
  ourClient.destroy();
  officialClient.destroy();
  server.stop();
  const ratio = round(median(oursRounds.map((calls, index) => calls / officialRounds[index]!)));
  return {
    metric: `GetUser calls/s at concurrency ${CONCURRENCY} (medians of ${ROUNDS} alternating rounds)`,
    unit: "calls/s",
    ours: Math.round(median(oursRounds)),
    peer: Math.round(median(officialRounds)),
    peerName: "@aws-sdk/client-chime",
    ratio,
    target: `ratio >= ${CALLS_TARGET}`,
    met: ratio >= CALLS_TARGET,
  };
}

/** The program both bundles are built from; only the package name differs. */
function oneCommandProgram(pkg: string): string {
  return [
    `import { ChimeClient, GetUserCommand } from "${pkg}";`,
    `const client = new ChimeClient({ region: "us-east-1", endpoint: process.env.CHIME_ENDPOINT, credentials: ${JSON.stringify(credentials)} });`,
    `const output = await client.send(new GetUserCommand(${JSON.stringify(input)}));`,
    `console.log(output.User?.UserId);`,
  ].join("\n");
}

async function bundleBytes(pkg: string, dir: string): Promise<number> {
  const entry = join(dir, `${pkg.replace(/\W/g, "-")}.mjs`);
  writeFileSync(entry, oneCommandProgram(pkg));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0]!.contents.byteLength;
}

async function measureBundles(): Promise<BenchFigure> {
  // Inside bench/ so that both packages resolve from its node_modules.
  const dir = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), ".bundle-"));
  try {
    const oursBytes = await bundleBytes("@chimekit/client", dir);
    const officialBytes = await bundleBytes("@aws-sdk/client-chime", dir);
    const ratio = round(oursBytes / officialBytes);
    return {
      metric: "minified bundle of a program sending one command (esbuild, platform node)",
      unit: "KB",
      ours: oursBytes / 1000,
      peer: officialBytes / 1000,
      peerName: "@aws-sdk/client-chime",
      ratio,
      target: `ratio <= ${BUNDLE_TARGET}`,
      met: ratio <= BUNDLE_TARGET,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
const calls = await measureCalls();
const bundle = await measureBundles();
const defaultChainBundle = await measureDefaultChainBundle();
const coldStarts = await measureColdStart();
writeReport("client", [calls, bundle, defaultChainBundle, ...coldStarts]);
console.log(`calls/s ratio (ours / official): ${calls.ratio}  (target >= ${CALLS_TARGET})`);
console.log(`bundle ratio (ours / official): ${bundle.ratio}  (target <= ${BUNDLE_TARGET})`);
for (const coldStart of coldStarts) {
  console.log(`${coldStart.metric}: ratio ${coldStart.ratio}  (${coldStart.target})`);
}
