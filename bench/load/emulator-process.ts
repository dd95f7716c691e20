import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The built `chimekit-mock` bin, as users run it. */
const BIN = join(
  dirname(createRequire(import.meta.url).resolve("@chimekit/mocks/package.json")),
  "dist/esm/cli/main.js",
);

export interface EmulatorProcessOptions {
  /** Flags for node itself, before the bin. */
  nodeFlags?: string[];
  /** Where the request log (stdout) goes; without it stdout is discarded. */
  logFile?: string;
}

export interface EmulatorProcess {
  url: string;
  child: ChildProcess;
  /** Resident set size of the emulator process, in bytes (from /proc). */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Starts `chimekit-mock serve` on a free port with the given flags and waits until it listens. */
export async function startEmulatorProcess(
  args: string[],
  options: EmulatorProcessOptions = {},
): Promise<EmulatorProcess> {
  const log = options.logFile === undefined ? "ignore" : openSync(options.logFile, "a");
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), BIN, "serve", "--port", "0", ...args],
    { stdio: ["ignore", log, "pipe"] },
  );
  // The child holds its own copy of the descriptor.
  if (typeof log === "number") closeSync(log);
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
