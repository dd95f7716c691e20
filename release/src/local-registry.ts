import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { dirname, join } from "node:path";

/** A private npm registry for one rehearsal: loopback only, no uplink, anyone may publish. */
export interface LocalRegistry {
  url: string;
  /** A token of a user registered on it, for publishing. */
  token: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

/** Starts Verdaccio with its storage, users and config inside `folder`. */
export async function startLocalRegistry(folder: string): Promise<LocalRegistry> {
  mkdirSync(join(folder, "storage"), { recursive: true });
  const configFile = join(folder, "config.yaml");
  writeFileSync(configFile, registryConfig(folder));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [verdaccioBin(), "--config", configFile, "--listen", `127.0.0.1:${port}`],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const keepLog = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keepLog);
  child.stderr?.on("data", keepLog);
  try {
    await waitUntilUp(url, child, () => log);
    return { url, token: await registerUser(url), stop: () => stopProcess(child) };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

function registryConfig(folder: string): string {
  // No `uplinks`: the registry only holds what the rehearsal publishes, so an
  // install that resolves a @chimekit package proves it was published.
  return [
    `storage: ${JSON.stringify(join(folder, "storage"))}`,
    "auth:",
    "  htpasswd:",
    `    file: ${JSON.stringify(join(folder, "htpasswd"))}`,
    "    max_users: 10",
    "uplinks: {}",
    "packages:",
    "  '**':",
    "    access: $all",
    "    publish: $all",
    "    unpublish: $all",
    "web:",
    "  enable: false",
    "max_body_size: 200mb",
    "log: { type: stdout, format: pretty, level: warn }",
    "",
  ].join("\n");
}

function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("verdaccio/package.json");
  const manifest = require(manifestPath) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin.verdaccio;
  return join(dirname(manifestPath), bin);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `release rehearsal: Verdaccio exited (${child.exitCode}) on start:\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${url}/-/ping`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`release rehearsal: Verdaccio did not answer on ${url} within 60 s:\n${log()}`);
}

/** npm's `adduser` request: Verdaccio's htpasswd plugin creates the user and returns a token. */
async function registerUser(url: string): Promise<string> {
  const name = "rehearsal";
  const response = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name,
      password: "rehearsal-password",
      email: "rehearsal@example.invalid",
    }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || typeof body.token !== "string") {
    throw new Error(
      `release rehearsal: could not register a user on ${url} (HTTP ${response.status})`,
    );
  }
  return body.token;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
