import * as official from "@aws-sdk/client-chime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChimeClient } from "../src/generated/ChimeClient.js";
import { operationSamples } from "./generated/operation-samples.js";
import {
  queryPairs,
  startCannedServer,
  type CannedServer,
  type RecordedRequest,
} from "./support/canned-server.js";
import { testCredentials } from "./support/test-client.js";

/**
 * The same calls through @chimekit/client and through @aws-sdk/client-chime,
 * against one local server answering the same canned responses, must send
 * equivalent requests and return equal outputs and errors, for every operation.
 */

let server: CannedServer;
let ours: ChimeClient;
let theirs: official.ChimeClient;

beforeAll(async () => {
  server = await startCannedServer();
  const config = {
    region: "us-east-1",
    endpoint: server.url,
    credentials: testCredentials,
    maxAttempts: 1,
  };
  ours = new ChimeClient(config);
  theirs = new official.ChimeClient(config);
});

afterAll(async () => {
  ours.destroy();
  theirs.destroy();
  await server.close();
});

function officialCommand(operation: string): new (input: any) => any {
  return (official as unknown as Record<string, new (input: any) => any>)[`${operation}Command`]!;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;

/** What must match between two requests for the same call. */
function wireView(request: RecordedRequest) {
  return {
    method: request.method,
    path: request.path,
    query: queryPairs(request.query),
    contentType: request.headers["content-type"],
    // Idempotency tokens filled in by either client are random UUIDs: compare their shape only.
    body: request.body ? JSON.parse(request.body.replace(UUID, "<uuid>")) : undefined,
    signedWith: /Credential=[^/]+\/\d+\/([^/]+\/[^/]+)\//.exec(
      request.headers.authorization ?? "",
    )?.[1],
  };
}

async function callBoth(operation: string, input: Record<string, unknown>) {
  const OurCommand = operationSamples.find((sample) => sample.operation === operation)!.command;
  const TheirCommand = officialCommand(operation);
  const theirsResult = await theirs.send(new TheirCommand(input)).then(
    (output: unknown) => ({ output }),
    (error: unknown) => ({ error }),
  );
  const theirRequest = server.requests.at(-1)!;
  const oursResult = await ours.send(new OurCommand(input) as any).then(
    (output: unknown) => ({ output }),
    (error: unknown) => ({ error }),
  );
  const ourRequest = server.requests.at(-1)!;
  return { theirsResult, oursResult, theirRequest, ourRequest } as {
    theirsResult: { output?: any; error?: any };
    oursResult: { output?: any; error?: any };
    theirRequest: RecordedRequest;
    ourRequest: RecordedRequest;
  };
}

/** Request IDs differ by design (the server numbers them); the rest of `$metadata` must match. */
function withoutRequestId(output: Record<string, any>) {
  const { requestId: _requestId, ...metadata } = output.$metadata;
  return { ...output, $metadata: metadata };
}

describe("interop with @aws-sdk/client-chime", () => {
  it("has a sample for every operation of the official client", () => {
    const officialCommands = Object.keys(official).filter(
      (name) => /Command$/.test(name) && name !== "$Command",
    );
    expect(operationSamples.map((sample) => `${sample.operation}Command`).sort()).toEqual(
      officialCommands.sort(),
    );
  });

  it.each(operationSamples.map((sample) => [sample.operation, sample] as const))(
    "%s: same request and output",
    async (operation, sample) => {
      server.respondWith(sample.response);
      const { theirsResult, oursResult, theirRequest, ourRequest } = await callBoth(
        operation,
        sample.input,
      );
      expect(theirsResult.error).toBeUndefined();
      expect(oursResult.error).toBeUndefined();
      expect(wireView(ourRequest)).toEqual(wireView(theirRequest));
      expect(withoutRequestId(oursResult.output)).toEqual(withoutRequestId(theirsResult.output));
      expect(oursResult.output.$metadata.requestId).toBe(`request-${server.requests.length}`);
    },
  );

  it.each(operationSamples.map((sample) => [sample.operation, sample] as const))(
    "%s: same request with only the required members",
    async (operation, sample) => {
      server.respondWith(sample.response);
      const { theirsResult, oursResult, theirRequest, ourRequest } = await callBoth(
        operation,
        sample.requiredInput,
      );
      expect(oursResult.error).toBeUndefined();
      expect(theirsResult.error).toBeUndefined();
      expect(wireView(ourRequest)).toEqual(wireView(theirRequest));
    },
  );

  it.each(operationSamples.map((sample) => [sample.operation, sample] as const))(
    "%s: same error for each modeled error",
    async (operation, sample) => {
      const errorNames = Object.keys(official).filter(
        (name) => /Exception$/.test(name) && name !== "ChimeServiceException",
      );
      const name = errorNames[operationSamples.indexOf(sample) % errorNames.length]!;
      const status =
        name === "ThrottledClientException" ? 429 : name.startsWith("Service") ? 503 : 400;
      server.respondWith({
        statusCode: status,
        headers: { "x-amzn-errortype": name },
        body: JSON.stringify({ Code: "BadRequest", Message: `${name} for ${operation}` }),
      });
      const { theirsResult, oursResult } = await callBoth(operation, sample.input);
      const view = (error: any) => ({
        className: error.constructor.name,
        name: error.name,
        $fault: error.$fault,
        message: error.message,
        Code: error.Code,
        status: error.$metadata.httpStatusCode,
        attempts: error.$metadata.attempts,
      });
      expect(view(oursResult.error)).toEqual(view(theirsResult.error));
      expect(oursResult.error.name).toBe(name);
      // The official client leaves the modeled `Message` member unset at runtime; ours fills it.
      expect(oursResult.error.Message).toBe(`${name} for ${operation}`);
    },
  );
});
