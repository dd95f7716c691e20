import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUser } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

/** `send(command, { abortSignal })` over the default HTTP handler. */

let server: Server;
let endpoint: string;
let received = 0;
let onRequest = () => {};

beforeAll(async () => {
  // Never answers: only an abort ends the call.
  server = createServer(() => {
    received += 1;
    onRequest();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("aborting a call", () => {
  it("rejects with an AbortError when the signal fires mid-request", async () => {
    const client = new RuntimeClient({ endpoint, credentials: testCredentials });
    const controller = new AbortController();
    const call = client.send(new SchemaCommand(getUser, { AccountId: "a", UserId: "u" }), {
      abortSignal: controller.signal,
    });
    onRequest = () => controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(received).toBe(1);
    client.destroy();
  });

  it("sends nothing when the signal has already fired", async () => {
    const client = new RuntimeClient({ endpoint, credentials: testCredentials });
    const before = received;
    await expect(
      client.send(new SchemaCommand(getUser, { AccountId: "a", UserId: "u" }), {
        abortSignal: AbortSignal.abort(),
      }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(received).toBe(before);
    client.destroy();
  });
});
