/**
 * A server child for the mock benchmark: `emulator <users>` serves the
 * emulator (in-memory store, auth off, no logging) with one account holding
 * `<users>` users; `bare` answers every request with the bytes in
 * BENCH_BODY. Reports its port, the account and the heap it holds by IPC.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ChimeEmulator, startEmulatorServer } from "@chimekit/mocks";
import { BENCH_ACCOUNT_ID, BENCH_AWS_ACCOUNT_ID, benchUsers } from "./fixtures.ts";

function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function serveEmulator(userCount: number): Promise<void> {
  const emulator = new ChimeEmulator({ defaultAwsAccountId: BENCH_AWS_ACCOUNT_ID, idSeed: 1 });
  await emulator.seed({
    awsAccounts: {
      [BENCH_AWS_ACCOUNT_ID]: { accounts: [{ AccountId: BENCH_ACCOUNT_ID, Name: "bench" }] },
    },
  });
  const before = heapUsed();
  await emulator.seed({
    awsAccounts: {
      [BENCH_AWS_ACCOUNT_ID]: {
        accounts: [
          { AccountId: `${BENCH_ACCOUNT_ID}-users`, Name: "users", users: benchUsers(userCount) },
        ],
      },
    },
  });
  const heapBytes = heapUsed() - before;
  const running = await startEmulatorServer({ emulator, port: 0 });
  process.send!({ port: running.port, heapBytes });
}

function serveBare(): void {
  const body = Buffer.from(process.env.BENCH_BODY ?? "", "base64");
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () =>
    process.send!({ port: (server.address() as AddressInfo).port, heapBytes: 0 }),
  );
}

const [mode, users] = process.argv.slice(2);
if (mode === "bare") serveBare();
else await serveEmulator(Number(users));
