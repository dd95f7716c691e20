import { describe, expect, it } from "vitest";
import {
  ChimeServiceError,
  createServiceHandler,
  type ChimeResponseEvent,
  type ErrorFactories,
} from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";
import { json, recordingService, request } from "../support/recording-service.js";

class NotFoundException extends ChimeServiceError {
  constructor(init: { Code?: string; Message?: string } = {}) {
    super(
      { name: "NotFoundException", statusCode: 404, fault: "client" },
      { Code: "NotFound", ...init },
    );
  }
}

function setup(replies: Record<string, unknown> = {}, factories: ErrorFactories = {}) {
  const { service, calls } = recordingService(replies);
  const events: ChimeResponseEvent[] = [];
  const handler = createServiceHandler(
    miniSchema,
    service,
    { requestId: () => "rid", maxBodyBytes: 64, onResponse: (e) => events.push(e) },
    factories,
  );
  return { handler: (r: Parameters<typeof handler>[0]) => handler(r, undefined), calls, events };
}

const createWidget = (body: unknown) =>
  request({ method: "POST", path: "/accounts/a/widgets", query: "operation=create", body });

describe("error responses", () => {
  it("serializes a modeled error thrown by a handler with its status, type header and members", async () => {
    const { handler, events } = setup({
      getWidget: new NotFoundException({ Message: "No widget w12." }),
    });
    const response = await handler(request({ method: "GET", path: "/accounts/a/widgets/w12" }));
    expect(response.statusCode).toBe(404);
    expect(response.headers).toEqual({
      "content-type": "application/json",
      "x-amzn-errortype": "NotFoundException",
      "x-amzn-requestid": "rid",
    });
    expect(json(response)).toEqual({ Code: "NotFound", Message: "No widget w12." });
    expect(events[0]).toMatchObject({
      operation: "GetWidget",
      statusCode: 404,
      errorType: "NotFoundException",
    });
    expect(events[0].error).toBeUndefined();
  });

  it("answers an unexpected exception with 500 ServiceFailureException and no stack", async () => {
    const boom = new Error("database password is hunter2");
    const { handler, events } = setup({ getWidget: boom });
    const response = await handler(request({ method: "GET", path: "/accounts/a/widgets/w12" }));
    expect(response.statusCode).toBe(500);
    expect(response.headers["x-amzn-errortype"]).toBe("ServiceFailureException");
    const text = new TextDecoder().decode(response.body);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("at ");
    expect(JSON.parse(text)).toEqual({
      Code: "ServiceFailureException",
      Message: "The service encountered an unexpected error.",
    });
    expect(events[0].error).toBe(boom);
  });

  it("uses the model's error classes for validation failures when the wiring provides them", async () => {
    const { handler } = setup(
      {},
      {
        BadRequestException: (m) =>
          new ChimeServiceError(
            { name: "BadRequestException", statusCode: 400, fault: "client" },
            { Code: "BadRequest", Message: m },
          ),
      },
    );
    const response = await handler(createWidget({}));
    expect(json(response)).toEqual({
      Code: "BadRequest",
      Message:
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    });
  });

  it("answers an unknown route with 404 UnknownOperationException", async () => {
    const { handler, calls } = setup();
    const response = await handler(request({ method: "GET", path: "/nowhere" }));
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(json(response).Message).toBe("No operation matches GET /nowhere.");
    expect(calls).toHaveLength(0);
  });

  it("answers a missing or unknown query literal with 404 naming the literals", async () => {
    const { handler } = setup();
    for (const query of ["", "operation=destroy"]) {
      const response = await handler(
        request({ method: "POST", path: "/accounts/a/widgets", query, body: {} }),
      );
      expect(response.statusCode).toBe(404);
      expect(json(response).Message).toContain("the query must carry operation=create");
    }
  });

  it("answers a known path with another method with 405 and the allowed methods", async () => {
    const { handler } = setup();
    const response = await handler(request({ method: "DELETE", path: "/accounts/a/widgets/w1" }));
    expect(response.statusCode).toBe(405);
    expect(response.headers["x-amzn-errortype"]).toBe("MethodNotAllowedException");
    expect(response.headers.allow).toBe("GET, POST");
    expect(json(response).Message).toBe(
      "/accounts/a/widgets/w1 does not support DELETE; it supports GET, POST.",
    );
  });

  it("answers a body over the limit with 413", async () => {
    const { handler, calls } = setup();
    const response = await handler(createWidget({ Name: "x".repeat(100) }));
    expect(response.statusCode).toBe(413);
    expect(json(response).Message).toBe("The request body is larger than the limit of 64 bytes.");
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["malformed JSON", '{"Name":', /^The request body is not valid JSON: /],
    ["a JSON array", "[1]", /^The request body must be a JSON object, not an array\.$/],
    ["JSON null", "null", /^The request body must be a JSON object, not null\.$/],
    ["a JSON string", '"x"', /^The request body must be a JSON object, not a string\.$/],
    [
      "invalid UTF-8",
      new Uint8Array([0x7b, 0xff, 0x7d]),
      /^The request body is not valid UTF-8\.$/,
    ],
  ])("answers %s with 400 BadRequestException", async (_name, body, message) => {
    const { handler, calls } = setup();
    const response = await handler(createWidget(body));
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("BadRequestException");
    expect(json(response).Message).toMatch(message);
    expect(calls).toHaveLength(0);
  });

  it("answers malformed percent-encoding with 400", async () => {
    const { handler } = setup();
    const response = await handler(
      request({ method: "GET", path: "/accounts/%E0%A4/widgets/w12" }),
    );
    expect(response.statusCode).toBe(400);
    expect(json(response).Message).toBe("'%E0%A4' is not valid percent-encoded UTF-8");
  });

  it("answers 501 for an operation the service does not implement", async () => {
    const handler = createServiceHandler(miniSchema, {});
    const response = await handler(
      request({ method: "GET", path: "/accounts/a/widgets/w12" }),
      undefined,
    );
    expect(response.statusCode).toBe(501);
    expect(json(response).Message).toBe(
      "The operation GetWidget is not implemented by this service.",
    );
  });

  it("puts a request id on every response and reports each request to the hooks", async () => {
    const requests: unknown[] = [];
    let n = 0;
    const { service } = recordingService();
    const responses: ChimeResponseEvent[] = [];
    const handler = createServiceHandler(miniSchema, service, {
      requestId: () => `id-${++n}`,
      onRequest: (e) => requests.push(e),
      onResponse: (e) => responses.push(e),
    });
    const ok = await handler(
      request({ method: "GET", path: "/accounts/a/widgets/w12" }),
      undefined,
    );
    const missing = await handler(request({ method: "GET", path: "/x" }), undefined);
    expect(ok.headers["x-amzn-requestid"]).toBe("id-1");
    expect(missing.headers["x-amzn-requestid"]).toBe("id-2");
    expect(requests).toEqual([
      { requestId: "id-1", method: "GET", path: "/accounts/a/widgets/w12", operation: "GetWidget" },
      { requestId: "id-2", method: "GET", path: "/x", operation: undefined },
    ]);
    expect(responses.map((e) => [e.requestId, e.operation, e.statusCode, e.errorType])).toEqual([
      ["id-1", "GetWidget", 200, undefined],
      ["id-2", undefined, 404, "UnknownOperationException"],
    ]);
    expect(responses.every((e) => e.durationMs >= 0)).toBe(true);
  });

  it("uses a random UUID as the default request id", async () => {
    const { service } = recordingService();
    const handler = createServiceHandler(miniSchema, service);
    const response = await handler(request({ method: "GET", path: "/x" }), undefined);
    expect(response.headers["x-amzn-requestid"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
