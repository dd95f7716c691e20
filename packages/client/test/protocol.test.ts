import { describe, expect, it } from "vitest";
import { ChimeClient } from "../src/generated/ChimeClient.js";
import { requestCases, responseCases } from "./generated/protocol-cases.js";
import { QueueHandler } from "./support/queue-handler.js";
import { testCredentials } from "./support/test-client.js";

/**
 * The model's protocol tests (the reference's sample requests and
 * responses): each case's params serialize to its request, and each sample
 * response deserializes to its params.
 */

function clientWith(handler: QueueHandler) {
  return new ChimeClient({ credentials: testCredentials, requestHandler: handler, maxAttempts: 1 });
}

/** `a=b%2Bc` pairs, decoded, as the request's query bag holds them. */
function expectedQuery(pairs: string[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const [name, value = ""] = pair.split("=").map(decodeURIComponent) as [string, string?];
    const existing = query[name];
    query[name] = existing === undefined ? value : [existing, value].flat();
  }
  return query;
}

describe("protocol request tests", () => {
  it("covers the model's request tests", () => {
    expect(requestCases.length).toBeGreaterThan(0);
  });

  it.each(requestCases.map((testCase) => [testCase.id, testCase] as const))(
    "%s",
    async (_id, testCase) => {
      const handler = new QueueHandler({ statusCode: 200, body: "{}" });
      await clientWith(handler).send(new testCase.command(testCase.params) as any);
      const request = handler.requests[0]!;
      expect(request.method).toBe(testCase.method);
      expect(request.path).toBe(testCase.uri);
      expect(request.query).toEqual(expectedQuery(testCase.queryParams));
      for (const [name, value] of Object.entries(testCase.headers)) {
        expect(request.headers[name.toLowerCase()]).toBe(value);
      }
      // A case without a body makes no assertion about it (Smithy's protocol test semantics).
      if (testCase.body === "") {
        expect(request.body ?? "").toBe("");
      } else if (testCase.body !== undefined) {
        expect(JSON.parse(String(request.body))).toEqual(JSON.parse(testCase.body));
      }
    },
  );
});

describe("protocol response tests", () => {
  it("covers the model's response tests", () => {
    expect(responseCases.length).toBeGreaterThan(0);
  });

  it.each(responseCases.map((testCase) => [testCase.id, testCase] as const))(
    "%s",
    async (_id, testCase) => {
      const handler = new QueueHandler({
        statusCode: testCase.code,
        headers: testCase.headers,
        body: testCase.body,
      });
      const output = await clientWith(handler).send(new testCase.command(testCase.input) as any);
      const { $metadata, ...members } = output as unknown as Record<string, unknown>;
      expect(members).toEqual(testCase.params);
      expect($metadata).toMatchObject({ httpStatusCode: testCase.code, attempts: 1 });
    },
  );
});
