/**
 * The benchmark's servers, run in a child process so that the load generator
 * and the server do not share an event loop. Usage: `serve.ts bare|off|sigv4`
 * (`bare` answers with the base64 bytes in `BENCH_BODY`); sends `{ port }` to
 * the parent once listening on 127.0.0.1.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createChimeServer, type ChimeService } from "@chimekit/server";
import { ACCESS_KEY, fixedUserResponse, SECRET_KEY } from "./fixtures.ts";

const mode = process.argv[2];

/** The only method the benchmark calls; the rest of the service is never reached. */
const service = {
  getUser: async () => fixedUserResponse(),
} as unknown as ChimeService;

/** Answers every request with the bytes the parent measured from the generated stack. */
function bareServer(): Server {
  const body = Buffer.from(process.env.BENCH_BODY ?? "", "base64");
  const headers = { "content-type": "application/json", "content-length": String(body.length) };
  return createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
}

function chimeServer(auth: "off" | "sigv4"): Server {
  return createChimeServer(service, {
    auth: {
      mode: auth,
      credentials: (id) =>
        id === ACCESS_KEY
          ? { secretAccessKey: SECRET_KEY, awsAccountId: "111122223333" }
          : undefined,
    },
  });
}

const server = mode === "bare" ? bareServer() : chimeServer(mode === "sigv4" ? "sigv4" : "off");
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
