#!/usr/bin/env node
import { StartupError, UsageError, USAGE, parseServeOptions } from "./options.js";
import { dashboardDir, packageVersion } from "./package-files.js";
import { serve } from "./serve.js";

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
  const options = parseServeOptions(rest);
  await serve(options, {
    version: packageVersion(),
    dashboardDir: options.control ? dashboardDir() : undefined,
  });
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
