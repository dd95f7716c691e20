import { describe, expect, it } from "vitest";
import { chimeServiceSchema, type OperationSchema } from "../../src/generated/index.js";
import { ValidValues } from "../support/arbitraries.js";
import { serviceUnderTest } from "../support/service-under-test.js";
import { WireEncoder } from "../support/wire-encoder.js";
import fc from "fast-check";

/** Operations that share a method and path and are told apart only by their literal query. */
function literalGroups(): OperationSchema[][] {
  const groups = new Map<string, OperationSchema[]>();
  for (const operation of chimeServiceSchema.operations) {
    const key = `${operation.http.method} ${operation.http.path}`;
    groups.set(key, [...(groups.get(key) ?? []), operation]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const encoder = new WireEncoder(chimeServiceSchema);
const values = new ValidValues(chimeServiceSchema);

/** A valid request of `operation` (its literal query included). */
function validRequest(operation: OperationSchema) {
  const [input] = fc.sample(values.structure(operation.input), { numRuns: 1, seed: 7 });
  return encoder.request(operation, input);
}

const queryWithout = (query: string, name: string) =>
  query
    .split("&")
    .filter((pair) => pair !== "" && !pair.startsWith(`${name}=`))
    .join("&");

it("the model has seven method-and-path groups told apart by their literal query", () => {
  expect(
    literalGroups()
      .map((g) => `${g[0].http.method} ${g[0].http.path} (${g.length})`)
      .sort(),
  ).toEqual([
    "POST /accounts/{AccountId} (3)",
    "POST /accounts/{AccountId}/bots/{BotId} (2)",
    "POST /accounts/{AccountId}/rooms/{RoomId}/memberships (2)",
    "POST /accounts/{AccountId}/users (5)",
    "POST /accounts/{AccountId}/users/{UserId} (5)",
    "POST /phone-numbers (2)",
    "POST /phone-numbers/{PhoneNumberId} (2)",
  ]);
});

describe.each(
  literalGroups().map((group) => [`${group[0].http.method} ${group[0].http.path}`, group] as const),
)("%s", (_route, group) => {
  const fallback = group.find((op) => op.http.query === undefined);
  const literalNames = [...new Set(group.flatMap((op) => Object.keys(op.http.query ?? {})))];

  it.each(group.map((op) => [op.name, op] as const))(
    "routes %s by its literal query",
    async (_name, operation) => {
      const { send, calls } = serviceUnderTest();
      const response = await send(validRequest(operation));
      expect(response.statusCode, new TextDecoder().decode(response.body)).toBe(
        operation.http.code,
      );
      expect(calls.map((c) => c.method)).toEqual([operation.method]);
    },
  );

  it(
    fallback
      ? `sends a request without the literal to ${fallback.name}`
      : "answers a request without the literal with 404 UnknownOperationException",
    async () => {
      const literalOperation = group.find((op) => op.http.query !== undefined)!;
      const request = validRequest(fallback ?? literalOperation);
      const { send, calls } = serviceUnderTest();
      const response = await send({
        ...request,
        query: literalNames.reduce(queryWithout, request.query),
      });
      if (fallback) {
        expect(calls.map((c) => c.method)).toEqual([fallback.method]);
      } else {
        expect(response.statusCode).toBe(404);
        expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
        expect(calls).toHaveLength(0);
      }
    },
  );

  it("answers an unknown literal value with 404 UnknownOperationException naming the known ones", async () => {
    const operation = group.find((op) => op.http.query !== undefined)!;
    const request = validRequest(fallback ?? operation);
    const { send, calls } = serviceUnderTest();
    const response = await send({
      ...request,
      query: [
        literalNames.reduce(queryWithout, request.query),
        `${literalNames[0]}=no-such-operation`,
      ]
        .filter(Boolean)
        .join("&"),
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    const message = (JSON.parse(new TextDecoder().decode(response.body)) as { Message: string })
      .Message;
    for (const op of group) {
      for (const [name, value] of Object.entries(op.http.query ?? {}))
        expect(message).toContain(`${name}=${value}`);
    }
    expect(calls).toHaveLength(0);
  });
});
