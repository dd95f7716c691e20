import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built bin: these tests check what `npm install` users run, so they need `pnpm build` first. */
export const BIN = join(dirname(fileURLToPath(import.meta.url)), "../../dist/esm/cli/main.js");

export function requireBuiltBin(): void {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run "pnpm build" in packages/mocks before these tests`);
}

const started = new Set<ChildProcess>();

/** Kills every emulator process a test started and did not stop (after a failure or a timeout). */
export function killLeftovers(): void {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  started.clear();
}

export interface CliProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs `chimekit-mock serve` on a free port and waits for the banner naming its endpoint. */
export async function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliProcess> {
  requireBuiltBin();
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  started.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    void exited.then((code) =>
      reject(new Error(`chimekit-mock exited with ${code} before listening:\n${stderr}`)),
    );
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs the bin to completion (for --help, usage errors and refusals to start). */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  requireBuiltBin();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The arguments that serve `file` with one SQLite driver and no request log, before any others. */
export function stateArgs(file: string, driver: string, ...more: string[]): string[] {
  return ["--state", file, "--sqlite-driver", driver, "--log-level", "silent", ...more];
}
