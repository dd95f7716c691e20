import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Chime } from "../src/generated/Chime.js";
import { ChimeClient } from "../src/generated/ChimeClient.js";
import { operationSamples } from "./generated/operation-samples.js";
import { queryPairs, startCannedServer, type CannedServer } from "./support/canned-server.js";
import type { OperationSample } from "./support/cases.js";
import { testCredentials } from "./support/test-client.js";

/**
 * Every operation is reachable through its command, through the aggregated
 * client's method, and (where paginated) through its paginator, item iterator
 * and the aggregated client's paginator methods: each sends the operation's
 * HTTP method to its route and returns the response's members.
 */

let server: CannedServer;
let client: ChimeClient;
let chime: Chime;

beforeAll(async () => {
  server = await startCannedServer();
  const config = { endpoint: server.url, credentials: testCredentials, maxAttempts: 1 };
  client = new ChimeClient(config);
  chime = new Chime(config);
});

afterAll(async () => {
  client.destroy();
  chime.destroy();
  await server.close();
});

/** The URI template as a pattern for the raw request path. */
function routePattern(path: string): RegExp {
  const escaped = path
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}$`);
}

function expectLastRequestToReach(sample: OperationSample): void {
  const request = server.requests.at(-1)!;
  expect(request.method).toBe(sample.http.method);
  expect(request.path).toMatch(routePattern(sample.http.path));
  const query = queryPairs(request.query);
  for (const [name, value] of Object.entries(sample.http.queryLiterals)) {
    expect(query).toContainEqual([name, value]);
  }
}

function expectResponseMembers(sample: OperationSample, output: Record<string, unknown>): void {
  const body = sample.response.body ? JSON.parse(sample.response.body) : {};
  expect(Object.keys(output).sort()).toEqual(["$metadata", ...Object.keys(body)].sort());
  expect((output.$metadata as { httpStatusCode: number }).httpStatusCode).toBe(
    sample.response.statusCode,
  );
}

const samples = operationSamples.map((sample) => [sample.operation, sample] as const);
const paginated = operationSamples
  .filter((sample) => sample.pagination)
  .map((sample) => [sample.operation, sample] as const);

describe("every operation is reachable", () => {
  it("covers 62 operations, 8 of them paginated", () => {
    expect(operationSamples).toHaveLength(62);
    expect(paginated).toHaveLength(8);
  });

  it.each(samples)("%s through its command", async (_operation, sample) => {
    server.respondWith(sample.response);
    const output = await client.send(new sample.command(sample.input) as any);
    expectLastRequestToReach(sample);
    expectResponseMembers(sample, output as unknown as Record<string, unknown>);
  });

  it.each(samples)("%s through the aggregated client", async (_operation, sample) => {
    server.respondWith(sample.response);
    const method = (chime as unknown as Record<string, (input: unknown) => Promise<unknown>>)[
      sample.method
    ]!;
    const output = await method.call(chime, sample.input);
    expectLastRequestToReach(sample);
    expectResponseMembers(sample, output as unknown as Record<string, unknown>);
  });

  it.each(samples)(
    "%s through the aggregated client with a callback",
    async (_operation, sample) => {
      server.respondWith(sample.response);
      const method = (chime as unknown as Record<string, Function>)[sample.method]!;
      const output = await new Promise((resolve, reject) =>
        method.call(chime, sample.input, (error: unknown, data: unknown) =>
          error ? reject(error) : resolve(data),
        ),
      );
      expectLastRequestToReach(sample);
      expectResponseMembers(sample, output as unknown as Record<string, unknown>);
    },
  );

  it.each(paginated)("%s through its paginator and item iterator", async (_operation, sample) => {
    const pagination = sample.pagination!;
    server.respondWith(sample.response);
    const pages = [];
    for await (const page of pagination.paginate({ client, pageSize: 3 }, sample.input)) {
      pages.push(page);
    }
    expect(pages).toHaveLength(1);
    expectLastRequestToReach(sample);
    expect(queryPairs(server.requests.at(-1)!.query)).toContainEqual(["max-results", "3"]);
    const items = [];
    for await (const item of pagination.items!({ client }, sample.input)) {
      items.push(item);
    }
    expect(items).toEqual(
      (pages[0] as unknown as Record<string, unknown[]>)[pagination.itemsMember!],
    );
    expect(items.length).toBeGreaterThan(0);
  });

  it.each(paginated)(
    "%s through the aggregated client's paginator methods",
    async (_operation, sample) => {
      const pagination = sample.pagination!;
      server.respondWith(sample.response);
      const aggregated = chime as unknown as Record<
        string,
        (input: unknown, config?: unknown) => AsyncIterable<unknown>
      >;
      const pages = [];
      for await (const page of aggregated[pagination.paginateMethod]!.call(chime, sample.input)) {
        pages.push(page);
      }
      const items = [];
      for await (const item of aggregated[pagination.itemsMethod!]!.call(chime, sample.input)) {
        items.push(item);
      }
      expect(pages).toHaveLength(1);
      expect(items).toEqual((pages[0] as Record<string, unknown[]>)[pagination.itemsMember!]);
      expectLastRequestToReach(sample);
    },
  );
});
