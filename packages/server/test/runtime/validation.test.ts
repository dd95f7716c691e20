import { describe, expect, it } from "vitest";
import { createServiceHandler } from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";
import { json, recordingService, request } from "../support/recording-service.js";

async function create(body: unknown) {
  const { service, calls } = recordingService();
  const handler = createServiceHandler(miniSchema, service);
  const response = await handler(
    request({ method: "POST", path: "/accounts/a/widgets", query: "operation=create", body }),
    undefined,
  );
  return { response, calls, message: json(response).Message as string };
}

async function list(query: string) {
  const { service, calls } = recordingService();
  const handler = createServiceHandler(miniSchema, service);
  const response = await handler(
    request({ method: "GET", path: "/accounts/a/widgets", query }),
    undefined,
  );
  return { response, calls, message: json(response).Message as string };
}

describe("validation", () => {
  it("answers 400 BadRequestException and never calls the handler", async () => {
    const { response, calls } = await create({ Name: "" });
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe("BadRequestException");
    expect(calls).toHaveLength(0);
  });

  it("names every violated member path and constraint, in AWS's words", async () => {
    const { message } = await create({
      Name: "123456789",
      License: "Gold",
      Count: 11,
      Parts: [{ PartId: "ok" }, { PartId: "NO", Weight: 0 }, {}],
      Labels: { toolong: "v" },
    });
    expect(message).toBe(
      "8 validation errors detected: " +
        [
          "Value '123456789' at 'name' failed to satisfy constraint: Member must have length less than or equal to 8",
          "Value 'Gold' at 'license' failed to satisfy constraint: Member must satisfy enum value set: [Basic, Plus, Pro]",
          "Value '11' at 'count' failed to satisfy constraint: Member must have value less than or equal to 10",
          "Value 'NO' at 'parts.2.member.partId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z]+$",
          "Value '0' at 'parts.2.member.weight' failed to satisfy constraint: Member must have value greater than or equal to 1",
          "Value null at 'parts.3.member.partId' failed to satisfy constraint: Member must not be null",
          `Value '[{"PartId":"ok"}, {"PartId":"NO","Weight":0}, {}]' at 'parts' failed to satisfy constraint: Member must have length less than or equal to 2`,
          "Value 'toolong' at 'labels.toolong' failed to satisfy constraint: Member must have length less than or equal to 5",
        ].join("; "),
    );
  });

  it("checks minimum lengths, patterns and list sizes", async () => {
    const { message } = await create({ Name: " ", Parts: [] });
    expect(message).toContain(
      "Value ' ' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: .*\\S.*",
    );
    expect(message).toContain(
      "Value '[]' at 'parts' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("counts string length in code points", async () => {
    expect((await create({ Name: "😀😀😀😀😀😀😀😀" })).response.statusCode).toBe(201);
    expect((await create({ Name: "😀😀😀😀😀😀😀😀😀" })).message).toContain(
      "length less than or equal to 8",
    );
  });

  it("reports values of the wrong type", async () => {
    const { message } = await create({
      Name: 5,
      Count: 1.5,
      Big: 2 ** 60,
      Enabled: "yes",
      Starts: "yesterday",
      Data: "***",
      Parts: {},
      Labels: [],
    });
    expect(message.startsWith("8 validation errors detected: ")).toBe(true);
    for (const expected of [
      "Value '5' at 'name' failed to satisfy constraint: Member must be of type string",
      "Value '1.5' at 'count' failed to satisfy constraint: Member must be of type integer",
      `at 'big' failed to satisfy constraint: Member must be of type long`,
      "Value 'yes' at 'enabled' failed to satisfy constraint: Member must be of type boolean",
      "Value 'yesterday' at 'starts' failed to satisfy constraint: Member must be of type timestamp in date-time format",
      "Value '***' at 'data' failed to satisfy constraint: Member must be of type base64-encoded blob",
      "Value '{}' at 'parts' failed to satisfy constraint: Member must be of type list",
      "Value '[]' at 'labels' failed to satisfy constraint: Member must be of type map",
    ]) {
      expect(message).toContain(expected);
    }
  });

  it("checks blob sizes in bytes", async () => {
    expect((await create({ Name: "n", Data: "AQIDBA==" })).response.statusCode).toBe(201);
    expect((await create({ Name: "n", Data: "AQIDBAU=" })).message).toContain(
      "at 'data' failed to satisfy constraint: Member must have length less than or equal to 4",
    );
  });

  it("redacts the values of sensitive members", async () => {
    const { message } = await create({ Name: "n", Pin: "12345" });
    expect(message).toBe(
      "1 validation error detected: Value at 'pin' failed to satisfy constraint: Member must have length less than or equal to 4",
    );
    expect(message).not.toContain("12345");
    const wrongType = await create({ Name: "n", Pin: 987654 });
    expect(wrongType.message).toBe(
      "1 validation error detected: Value at 'pin' failed to satisfy constraint: Member must be of type string",
    );
  });

  it("validates query values: types, ranges, list sizes and list items", async () => {
    const { message, calls } = await list(
      "max-results=100&active=maybe&id=a&id=b&id=c&id=toolong&since=2020&ratio=2",
    );
    expect(calls).toHaveLength(0);
    for (const expected of [
      "Value '100' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 99",
      "Value 'maybe' at 'active' failed to satisfy constraint: Member must be of type boolean",
      "Value 'toolong' at 'ids.4.member' failed to satisfy constraint: Member must have length less than or equal to 4",
      "at 'ids' failed to satisfy constraint: Member must have length less than or equal to 3",
      "Value '2020' at 'since' failed to satisfy constraint: Member must be of type timestamp in date-time format",
      "Value '2' at 'ratio' failed to satisfy constraint: Member must have value less than or equal to 1",
    ]) {
      expect(message).toContain(expected);
    }
  });

  it("rejects integers outside 32 bits and a scalar query parameter given twice", async () => {
    const { message } = await list("max-results=2147483648&active=true&active=false");
    expect(message).toContain(
      "Value '2147483648' at 'maxResults' failed to satisfy constraint: Member must be of type integer",
    );
    expect(message).toContain(
      "Value '[true, false]' at 'active' failed to satisfy constraint: Member must be given once",
    );
  });

  it("validates labels after decoding them", async () => {
    const { service, calls } = recordingService();
    const handler = createServiceHandler(miniSchema, service);
    const response = await handler(
      request({ method: "GET", path: "/accounts/a%20b/widgets/wi" }),
      undefined,
    );
    expect(calls).toHaveLength(0);
    expect(json(response).Message).toBe(
      "2 validation errors detected: Value 'a b' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\S+$; " +
        "Value 'wi' at 'widgetId' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });
});
