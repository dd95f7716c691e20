#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { StartupError, UsageError, USAGE, parseServeOptions } from "./options.js";
import { serve } from "./serve.js";

/** The version in the package's manifest, found above this file whether it runs from `src/` or `dist/esm/`. */
function packageVersion(): string {
  for (let dir = new URL(".", import.meta.url); dir.pathname !== "/"; dir = new URL("..", dir)) {
    const manifest = new URL("package.json", dir);
    if (!existsSync(manifest)) continue;
    const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version: string };
    if (parsed.name === "@chimekit/mocks") return parsed.version;
  }
  return "unknown";
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === "-v" || command === "--version") {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  if (command !== "serve")
    throw new UsageError(`unknown command "${command}"; the command is serve`);
  if (rest.includes("-h") || rest.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  await serve(parseServeOptions(rest), packageVersion());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`chimekit-mock: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (error instanceof StartupError) {
    process.stderr.write(`chimekit-mock: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`chimekit-mock: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
