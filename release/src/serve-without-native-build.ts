import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { runStep } from "./run-step.ts";

export interface NoBuildResult {
  /** `node -v` of the Node that installed and served. */
  node: string;
  /** The start banner's store line, naming the SQLite driver. */
  store: string;
}

const START_TIMEOUT_MS = 60_000;

/**
 * What a user whose package manager holds back install scripts gets: on the
 * given Node (24 here), `npm i --ignore-scripts` of the published emulator,
 * so better-sqlite3's native build never runs, then `npx chimekit-mock serve
 * --state <file>` must serve, and a second start must find what the first
 * one was told.
 */
export async function serveWithoutNativeBuild(
  folder: string,
  registryUrl: string,
  version: string,
  node: string,
): Promise<NoBuildResult> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "package.json"),
    `${JSON.stringify({ name: "chimekit-rehearsal-no-build", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  writeFileSync(join(folder, ".npmrc"), `@chimekit:registry=${registryUrl}/\n`);
  // npm, npx and the bin's `#!/usr/bin/env node` all take the first node on PATH.
  const env = { PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ""}` };
  const { stdout: nodeVersion } = await runStep("node -v", "node", ["-v"], { cwd: folder, env });
  await runStep(
    "npm install --ignore-scripts",
    "npm",
    [
      "install",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `@chimekit/mocks@${version}`,
    ],
    { cwd: folder, env },
  );
  const binding = join(folder, "node_modules/better-sqlite3/build/Release/better_sqlite3.node");
  if (existsSync(binding))
    throw new Error(`release rehearsal: ${binding} exists although install scripts were off`);

  const stateFile = join(folder, "state.db");
  const first = await startServe(folder, env, stateFile);
  try {
    const created = await fetch(`${first.url}/accounts`, {
      method: "POST",
      body: JSON.stringify({ Name: "rehearsal-no-build" }),
    });
    if (created.status !== 201)
      throw new Error(`release rehearsal: CreateAccount answered ${created.status} on Node 24`);
  } finally {
    await first.stop();
  }
  const second = await startServe(folder, env, stateFile);
  try {
    const listed = (await (await fetch(`${second.url}/accounts`)).json()) as {
      Accounts: { Name: string }[];
    };
    if (!listed.Accounts.some((account) => account.Name === "rehearsal-no-build"))
      throw new Error(
        `release rehearsal: the account created before the restart is not in ${stateFile}: ${JSON.stringify(listed)}`,
      );
  } finally {
    await second.stop();
  }
  return { node: nodeVersion.trim(), store: first.storeLine };
}

interface RunningServe {
  url: string;
  storeLine: string;
  stop(): Promise<void>;
}

/** `npx chimekit-mock serve` on a free port, once its banner names the endpoint. */
function startServe(
  folder: string,
  env: Record<string, string>,
  stateFile: string,
): Promise<RunningServe> {
  // Its own process group: npx runs the bin in a child, and stopping the group stops both.
  const child = spawn(
    "npx",
    ["--no-install", "chimekit-mock", "serve", "--port", "0", "--state", stateFile],
    {
      cwd: folder,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    },
  );
  let stderr = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopGroup(child);
      reject(new Error(`release rehearsal: chimekit-mock did not start within 60 s:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`release rehearsal: chimekit-mock exited (${code}) on start:\n${stderr}`));
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      const storeLine = /store: [^;]*/.exec(stderr)?.[0];
      if (url === undefined || storeLine === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({ url, storeLine, stop: () => stopGroup(child) });
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
  });
}
