import { existsSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR } from "./paths.ts";
import { serveStatic } from "./static-server.ts";

const DEFAULT_PORT = 4590;

function portFromArguments(args: string[]): number {
  const index = args.indexOf("--port");
  const raw = index === -1 ? (process.env.PORT ?? String(DEFAULT_PORT)) : args[index + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer from 0 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

if (!existsSync(join(DIST_DIR, "index.html"))) {
  console.error(`No site in ${DIST_DIR}: run \`pnpm --filter @chimekit/docs build\` first.`);
  process.exit(1);
}
const site = await serveStatic(DIST_DIR, portFromArguments(process.argv.slice(2)));
console.log(`@chimekit/docs: serving ${DIST_DIR} at ${site.url} (Ctrl+C to stop)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void site.close().then(() => process.exit(0)));
}
