import { describe, expect, it } from "vitest";
import { createServiceHandler } from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";
import { json, recordingService, request } from "../support/recording-service.js";

function setup(replies: Record<string, unknown> = {}) {
  const { service, calls } = recordingService(replies);
  const handler = createServiceHandler(miniSchema, service, { requestId: () => "req-1" });
  return { handler: (r: Parameters<typeof handler>[0]) => handler(r, "ctx"), calls };
}

describe("reading inputs", () => {
  it("percent-decodes labels and passes the request context", async () => {
    const { handler, calls } = setup();
    await handler(request({ method: "GET", path: "/accounts/a%2Fb%C3%A9/widgets/w%20123" }));
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe("getWidget");
    expect(calls[0].input).toEqual({ AccountId: "a/bé", WidgetId: "w 123" });
    expect(calls[0].context).toEqual({
      requestId: "req-1",
      operation: "GetWidget",
      identity: undefined,
      context: "ctx",
    });
  });

  it("reads typed query values, repeated list values and headers", async () => {
    const { handler, calls } = setup();
    const response = await handler(
      request({
        method: "GET",
        path: "/accounts/a/widgets",
        query:
          "max-results=25&active=true&id=x&id=y%2Cz&since=2020-01-02T03%3A04%3A05Z&ratio=0.5&ignored=1",
        headers: { "x-trace-id": "t-1" },
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(calls[0].input).toEqual({
      AccountId: "a",
      MaxResults: 25,
      Active: true,
      Ids: ["x", "y,z"],
      Since: new Date("2020-01-02T03:04:05Z"),
      Ratio: 0.5,
      Trace: "t-1",
    });
  });

  it("reads a JSON body into typed members and drops unknown keys", async () => {
    const { handler, calls } = setup();
    const response = await handler(
      request({
        method: "POST",
        path: "/accounts/a/widgets",
        query: "operation=create",
        body: {
          Name: "w",
          License: "Pro",
          Count: 10,
          Big: 2 ** 40,
          Enabled: false,
          Starts: "2021-05-06T07:08:09.123+02:00",
          Data: "AQID",
          Parts: [{ PartId: "abc", Weight: 3, Unknown: 1 }],
          Labels: { k: "v" },
          Extra: { any: ["thing", 1] },
          rank: "NaN",
          NotModeled: true,
        },
      }),
    );
    expect(response.statusCode).toBe(201);
    const input = calls[0].input;
    expect(input).toEqual({
      AccountId: "a",
      Name: "w",
      License: "Pro",
      Count: 10,
      Big: 2 ** 40,
      Enabled: false,
      Starts: new Date("2021-05-06T05:08:09.123Z"),
      Data: new Uint8Array([1, 2, 3]),
      Parts: [{ PartId: "abc", Weight: 3 }],
      Labels: { k: "v" },
      Extra: { any: ["thing", 1] },
      Rank: NaN,
    });
  });

  it("treats an empty body as an empty object", async () => {
    const { handler, calls } = setup();
    const response = await handler(
      request({ method: "POST", path: "/accounts/a/widgets", query: "operation=create" }),
    );
    expect(response.statusCode).toBe(400);
    expect(json(response).Message).toBe(
      "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    );
    expect(calls).toHaveLength(0);
  });

  it("gives a greedy label the rest of the path, decoded", async () => {
    const { handler, calls } = setup();
    await handler(request({ method: "GET", path: "/files/a/b%2Fc" }));
    expect(calls[0].input).toEqual({ Key: "a/b/c" });
  });
});

describe("writing outputs", () => {
  it("writes the modeled members with the success code, JSON content type and request id", async () => {
    const { handler } = setup({
      getWidget: {
        Widget: {
          WidgetId: "w1",
          Name: undefined,
          CreatedOn: new Date("2020-01-02T03:04:05.678Z"),
          Seen: new Date(1500),
          Data: new Uint8Array([255, 0]),
          License: "Pro",
          Tags: ["a"],
          NotModeled: "dropped",
        },
      },
    });
    const response = await handler(request({ method: "GET", path: "/accounts/a/widgets/w12" }));
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual({
      "content-type": "application/json",
      "x-amzn-requestid": "req-1",
    });
    expect(json(response)).toEqual({
      Widget: {
        WidgetId: "w1",
        CreatedOn: "2020-01-02T03:04:05.678Z",
        Seen: 1.5,
        Data: "/wA=",
        License: "Pro",
        Tags: ["a"],
      },
    });
  });

  it("writes header-bound output members as headers", async () => {
    const { handler } = setup({ listWidgets: { Widgets: [], Total: 7 } });
    const response = await handler(request({ method: "GET", path: "/accounts/a/widgets" }));
    expect(response.headers["x-total"]).toBe("7");
    expect(json(response)).toEqual({ Widgets: [] });
  });

  it("sends no body and no content type on 204", async () => {
    const { handler, calls } = setup();
    const response = await handler(
      request({ method: "POST", path: "/accounts/a/widgets/w1", query: "operation=activate" }),
    );
    expect(calls[0].method).toBe("activateWidget");
    expect(response.statusCode).toBe(204);
    expect(response.body.length).toBe(0);
    expect(response.headers).toEqual({ "x-amzn-requestid": "req-1" });
  });

  it("writes an empty output as an empty JSON object", async () => {
    const { handler } = setup();
    const response = await handler(
      request({ method: "POST", path: "/accounts/a/widgets/w1", body: {} }),
    );
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({});
  });
});
