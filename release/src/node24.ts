import { existsSync } from "node:fs";
import { join } from "node:path";
import { runStep } from "./run-step.ts";

/**
 * A Node 24 binary for the rehearsal: `CHIMEKIT_NODE24` when set (CI sets it
 * to the Node it already installed for the tests), otherwise the registry's
 * `node` package installed into `folder`, which carries a Node 24 binary.
 */
export async function node24(folder: string): Promise<string> {
  const given = process.env.CHIMEKIT_NODE24;
  if (given !== undefined && given !== "") {
    if (!existsSync(given))
      throw new Error(`release rehearsal: CHIMEKIT_NODE24=${given} does not exist`);
    return given;
  }
  await runStep(
    "npm install node@24",
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, "node@24"],
    { cwd: process.cwd() },
  );
  return join(folder, "node_modules", ".bin", "node");
}
