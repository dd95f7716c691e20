import { describe, expect, it } from "vitest";
import { QueueHandler } from "../support/queue-handler.js";
import { getUser, ThrottledClientException } from "../support/schemas.js";
import { RuntimeClient, SchemaCommand, testCredentials } from "../support/test-client.js";

const ok = { statusCode: 200, body: JSON.stringify({ User: { UserId: "u" } }) };
const input = { AccountId: "a", UserId: "u" };

function client(handler: QueueHandler, maxAttempts?: number) {
  return new RuntimeClient({ credentials: testCredentials, requestHandler: handler, maxAttempts });
}

describe("retries (standard mode)", () => {
  it("retries a 429 throttling error, then succeeds", async () => {
    const handler = new QueueHandler(
      {
        statusCode: 429,
        headers: { "x-amzn-errortype": "ThrottledClientException" },
        body: JSON.stringify({ Code: "Throttled", Message: "slow down" }),
      },
      ok,
    );
    const output = await client(handler).send(new SchemaCommand(getUser, input));
    expect(output.User).toEqual({ UserId: "u" });
    expect(handler.requests).toHaveLength(2);
    expect(output.$metadata.attempts).toBe(2);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });

  it("retries 503s, then succeeds, re-signing each attempt", async () => {
    const handler = new QueueHandler(
      { statusCode: 503, body: JSON.stringify({ Code: "ServiceUnavailable", Message: "down" }) },
      { statusCode: 503 },
      ok,
    );
    const output = await client(handler).send(new SchemaCommand(getUser, input));
    expect(output.$metadata.attempts).toBe(3);
    expect(handler.requests.map((request) => request.headers["amz-sdk-request"])).toEqual([
      "attempt=1; max=3",
      "attempt=2; max=3",
      "attempt=3; max=3",
    ]);
    const signatures = handler.requests.map((request) => request.headers.authorization);
    expect(new Set(signatures).size).toBe(3);
  });

  it("does not retry a 400", async () => {
    const handler = new QueueHandler(
      {
        statusCode: 400,
        headers: { "x-amzn-errortype": "BadRequestException" },
        body: JSON.stringify({ Code: "BadRequest", Message: "no" }),
      },
      ok,
    );
    const error = await client(handler)
      .send(new SchemaCommand(getUser, input))
      .catch((e) => e);
    expect(error.name).toBe("BadRequestException");
    expect(error.$metadata.attempts).toBe(1);
    expect(handler.requests).toHaveLength(1);
  });

  it("gives up after maxAttempts and throws the last error", async () => {
    const throttled = {
      statusCode: 429,
      headers: { "x-amzn-errortype": "ThrottledClientException" },
      body: JSON.stringify({ Code: "Throttled", Message: "slow down" }),
    };
    const handler = new QueueHandler(throttled, throttled, ok);
    const error = await client(handler, 2)
      .send(new SchemaCommand(getUser, input))
      .catch((e) => e);
    expect(error).toBeInstanceOf(ThrottledClientException);
    expect(error.$metadata.attempts).toBe(2);
    expect(handler.requests).toHaveLength(2);
  });
});
