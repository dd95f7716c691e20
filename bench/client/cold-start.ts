/**
 * Cold start: a fresh Node process imports the client and makes its first
 * GetUser call. Both clients are packed into tarballs and installed with npm
 * into a temporary folder, as a user gets them; processes alternate between
 * the clients, and each figure is the median over the rounds. Target: ours at
 * most half the official client's, as an ES module and as CommonJS.
 */
import { execFile, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { round, type BenchFigure } from "../report.ts";

const ROUNDS = Math.max(9, Number(process.env.BENCH_COLD_ROUNDS ?? 11));
const COLD_START_TARGET = 0.5;
const OFFICIAL = "@aws-sdk/client-chime";
const OURS = "@chimekit/client";

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));

interface Timing {
  importMs: number;
  totalMs: number;
}

/** The probe: times the import and the first call from the process's own clock. */
function probe(format: "esm" | "cjs"): string {
  const call = [
    "const client = new ChimeClient({ region: 'us-east-1', endpoint: process.env.CHIME_ENDPOINT,",
    "  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });",
    "return client.send(new GetUserCommand({ AccountId: 'a', UserId: 'u' })).then((output) => {",
    "  if (!output.User) throw new Error('no user in the response');",
    "  const totalMs = performance.now();",
    "  console.log(JSON.stringify({ importMs, totalMs }));",
    "  client.destroy();",
    "});",
  ].join("\n");
  return format === "esm"
    ? `const { ChimeClient, GetUserCommand } = await import(process.env.CLIENT);\nconst importMs = performance.now();\nawait (() => {${call}})();\n`
    : `const { ChimeClient, GetUserCommand } = require(process.env.CLIENT);\nconst importMs = performance.now();\n(() => {${call}})();\n`;
}

/** Packs a package into `dir` and returns the tarball's path (the packer prints it last). */
function pack(command: string, args: string[], cwd: string, dir: string): string {
  const output = execFileSync(command, ["pack", ...args, "--pack-destination", dir], {
    cwd,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const printed = output.toString().trim().split("\n").at(-1)!.trim();
  return join(dir, basename(printed));
}

/** Packs both clients (ours with the types package it depends on) and installs them with npm. */
function installPackedClients(dir: string): void {
  const tarballs = ["types", "client"].map((name) =>
    pack("pnpm", [], join(packagesDir, name), dir),
  );
  // The registry's tarball of the version installed here (packing pnpm's copy trips npm up).
  const { version } = createRequire(import.meta.url)(`${OFFICIAL}/package.json`) as {
    version: string;
  };
  tarballs.push(pack("npm", [`${OFFICIAL}@${version}`], dir, dir));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "cold-start", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs], {
    cwd: dir,
    stdio: "ignore",
  });
}

async function startServer(): Promise<{ url: string; close: () => void }> {
  const body = JSON.stringify({ User: { UserId: "u", RegisteredOn: "2020-01-01T00:00:00Z" } });
  const server = createServer((request, response) => {
    request.resume().on("end", () => {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function measureColdStart(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "chimekit-cold-start-"));
  const server = await startServer();
  try {
    installPackedClients(dir);
    const figures: BenchFigure[] = [];
    for (const format of ["esm", "cjs"] as const) {
      const script = join(dir, format === "esm" ? "probe.mjs" : "probe.cjs");
      writeFileSync(script, probe(format));
      const timings: Record<string, Timing[]> = { [OURS]: [], [OFFICIAL]: [] };
      for (let index = 0; index < ROUNDS; index += 1) {
        for (const client of [OURS, OFFICIAL]) {
          const { stdout } = await run(process.execPath, [script], {
            cwd: dir,
            env: {
              PATH: process.env.PATH ?? "",
              CLIENT: client,
              CHIME_ENDPOINT: server.url,
              AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: "1",
            },
          });
          timings[client]!.push(JSON.parse(stdout) as Timing);
        }
      }
      const total = (client: string) => median(timings[client]!.map((t) => t.totalMs));
      const imported = (client: string) => median(timings[client]!.map((t) => t.importMs));
      const ratio = round(total(OURS) / total(OFFICIAL));
      console.log(
        `cold start ${format}: import ours ${round(imported(OURS))} ms, official ${round(imported(OFFICIAL))} ms`,
      );
      figures.push({
        metric: `cold start, ${format === "esm" ? "ES module" : "CommonJS"}: import + first GetUser call in a fresh process (npm-installed tarballs, medians of ${ROUNDS} alternating processes)`,
        unit: "ms",
        ours: round(total(OURS)),
        peer: round(total(OFFICIAL)),
        peerName: OFFICIAL,
        ratio,
        target: `ratio <= ${COLD_START_TARGET}`,
        met: ratio <= COLD_START_TARGET,
      });
    }
    return figures;
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
