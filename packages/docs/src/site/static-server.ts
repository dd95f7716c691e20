import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** The file a request path names inside `root`, or undefined when it leaves `root` or does not exist. */
function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep))
    return undefined;
  try {
    const stats = statSync(candidate);
    if (stats.isDirectory()) return resolveFile(root, join(decoded, "index.html"));
    return stats.isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

export interface StaticSite {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves the files of `root` on 127.0.0.1 (port 0 picks a free one). Read-only: GET and HEAD only. */
export function serveStatic(root: string, port: number): Promise<StaticSite> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = resolveFile(root, path);
    if (file === undefined) {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end(`Not found: ${path}\n`);
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
