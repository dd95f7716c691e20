import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

interface Manifest {
  name?: string;
  version: string;
}

/** The package's folder, found above this file whether it runs from `src/` or `dist/esm/`. */
function packageDir(): { dir: string; manifest: Manifest } | undefined {
  for (let dir = new URL(".", import.meta.url); dir.pathname !== "/"; dir = new URL("..", dir)) {
    const file = new URL("package.json", dir);
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    if (manifest.name === "@chimekit/mocks") return { dir: fileURLToPath(dir), manifest };
  }
  return undefined;
}

/** The version in the package's manifest. */
export function packageVersion(): string {
  return packageDir()?.manifest.version ?? "unknown";
}

/** The folder the package build writes the dashboard into (`dist/dashboard`). */
export function dashboardDir(): string {
  const found = packageDir();
  if (found === undefined)
    throw new Error("chimekit-mock cannot find its package folder to serve the dashboard from");
  return join(found.dir, "dist", "dashboard");
}
