import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The built `chimekit-mock` bin, as users run it. */
const BIN = join(
  dirname(createRequire(import.meta.url).resolve("@chimekit/mocks/package.json")),
  "dist/esm/cli/main.js",
);

/**
 * V8 grows its young generation step by step while allocation is busy, which
 * shows as a one-off jump in resident memory some time into a run. Starting
 * it at full size keeps that jump out of the growth the load test measures.
 */
const NODE_FLAGS = ["--min-semi-space-size=16", "--max-semi-space-size=16"];

export interface EmulatorProcess {
  url: string;
  child: ChildProcess;
  /** Resident set size of the emulator process, in bytes (from /proc). */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Starts `chimekit-mock serve` on a free port with the given flags and waits until it listens. */
export async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, BIN, "serve", "--port", "0", "--log-level", "silent", ...args],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) =>
      reject(new Error(`chimekit-mock exited with ${code}:\n${stderr}`)),
    );
  });
  return {
    url,
    child,
    rssBytes: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
