import { existsSync, readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ChimeHttpRequest, ChimeHttpResponse } from "@chimekit/server";
import { CONTROL_PREFIX } from "./control-api.js";

/** Where the page's scripts and styles are served from: `/_chimekit/dashboard/app.js`. */
export const DASHBOARD_ASSET_PREFIX = `${CONTROL_PREFIX}dashboard/`;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

interface Asset {
  contentType: string;
  body: Uint8Array;
  gzipped: Uint8Array;
}

/** The package was not built, so there is no page to serve. */
export class DashboardNotBuiltError extends Error {
  constructor(readonly dir: string) {
    super(
      `the dashboard is not built: ${join(dir, "index.html")} is missing (run "pnpm build" in packages/mocks)`,
    );
    this.name = "DashboardNotBuiltError";
  }
}

/** The built page: `index.html` and the assets it loads, read and compressed once. */
export type DashboardAssets = ReadonlyMap<string, Asset>;

/**
 * Reads the dashboard that the package build wrote into `dir` (dist/dashboard).
 * A missing build is a mistake of the caller: the error names the folder.
 */
export function loadDashboardAssets(dir: string): DashboardAssets {
  if (!existsSync(join(dir, "index.html"))) throw new DashboardNotBuiltError(dir);
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType === undefined) continue;
    const body = readFileSync(join(dir, name));
    assets.set(name, { contentType, body, gzipped: gzipSync(body, { level: 9 }) });
  }
  return assets;
}

/**
 * The page may only load its own scripts, talk to its own origin and never be
 * framed: a framed control page is one click away from a reset.
 */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

function serve(asset: Asset, request: ChimeHttpRequest): ChimeHttpResponse {
  const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  return {
    statusCode: 200,
    headers: {
      "content-type": asset.contentType,
      vary: "accept-encoding",
      ...SECURITY_HEADERS,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    },
    body: gzip ? asset.gzipped : asset.body,
  };
}

/**
 * The dashboard's routes, `GET /_chimekit/` (the page) and
 * `GET /_chimekit/dashboard/<asset>`, for the control handler to try before
 * its own. Answers undefined for every other request. The page is a client of
 * the control API like any other: it reads and changes state only through it.
 */
export function createDashboardRoute(assets: DashboardAssets) {
  return (request: ChimeHttpRequest): ChimeHttpResponse | undefined => {
    if (request.method !== "GET") return undefined;
    if (request.path === CONTROL_PREFIX) return serve(assets.get("index.html")!, request);
    if (!request.path.startsWith(DASHBOARD_ASSET_PREFIX)) return undefined;
    const name = request.path.slice(DASHBOARD_ASSET_PREFIX.length);
    const asset = name === "index.html" ? undefined : assets.get(name);
    if (asset === undefined) {
      return {
        statusCode: 404,
        headers: { "content-type": "application/json" },
        body: new TextEncoder().encode(
          JSON.stringify({ message: `the dashboard has no asset ${JSON.stringify(name)}` }) + "\n",
        ),
      };
    }
    return serve(asset, request);
  };
}
