import { describe, expect, it } from "vitest";
import { parseQuery } from "../../src/runtime/http/query.js";
import { RouteTable } from "../../src/runtime/routing/route-table.js";

function table() {
  const routes = new RouteTable<string>();
  routes.add("GET", "/accounts/{AccountId}", {}, "GetAccount");
  routes.add("POST", "/accounts/{AccountId}", {}, "UpdateAccount");
  routes.add("POST", "/accounts/{AccountId}", { operation: "associate" }, "Associate");
  routes.add("GET", "/accounts/{AccountId}/users/{UserId}", {}, "GetUser");
  routes.add("GET", "/accounts/{AccountId}/users/me", {}, "GetMe");
  routes.add("POST", "/phone-numbers", { operation: "batch-delete" }, "BatchDelete");
  routes.add("POST", "/phone-numbers", { operation: "batch-update" }, "BatchUpdate");
  routes.add("GET", "/files/{Key+}", {}, "GetFile");
  return routes;
}

const match = (method: string, path: string, query = "") =>
  table().match(method, path, parseQuery(query));

describe("RouteTable", () => {
  it("matches labels and returns their raw values", () => {
    expect(match("GET", "/accounts/a%20b/users/u1")).toEqual({
      kind: "found",
      value: "GetUser",
      labels: { AccountId: "a%20b", UserId: "u1" },
    });
  });

  it("prefers a literal segment over a label, and falls back to the label", () => {
    expect(match("GET", "/accounts/a/users/me")).toMatchObject({ value: "GetMe" });
    expect(match("GET", "/accounts/a/users/mee")).toMatchObject({
      value: "GetUser",
      labels: { UserId: "mee" },
    });
  });

  it("tells apart routes by their literal query, with a fallback without literals", () => {
    expect(match("POST", "/accounts/a", "operation=associate")).toMatchObject({
      value: "Associate",
    });
    expect(match("POST", "/accounts/a", "")).toMatchObject({ value: "UpdateAccount" });
    expect(match("POST", "/accounts/a", "other=1")).toMatchObject({ value: "UpdateAccount" });
  });

  it("answers an unknown literal value as a query mismatch instead of using the fallback", () => {
    expect(match("POST", "/accounts/a", "operation=typo")).toEqual({
      kind: "query-mismatch",
      expected: ["operation=associate", "no operation"],
    });
  });

  it("answers a missing literal of a group without fallback as a query mismatch", () => {
    expect(match("POST", "/phone-numbers")).toEqual({
      kind: "query-mismatch",
      expected: ["operation=batch-delete", "operation=batch-update"],
    });
    expect(match("POST", "/phone-numbers", "operation=batch-update")).toMatchObject({
      value: "BatchUpdate",
    });
  });

  it("reports the allowed methods of a known path", () => {
    expect(match("DELETE", "/accounts/a")).toEqual({
      kind: "method-not-allowed",
      allowed: ["GET", "POST"],
    });
  });

  it("reports unknown paths, empty labels and extra segments as not found", () => {
    expect(match("GET", "/nothing")).toEqual({ kind: "not-found" });
    expect(match("GET", "/accounts//users/u")).toEqual({ kind: "not-found" });
    expect(match("GET", "/accounts/a/users/u/extra")).toEqual({ kind: "not-found" });
  });

  it("ignores one trailing slash and matches percent-encoded literal segments", () => {
    expect(match("GET", "/accounts/a/")).toMatchObject({ value: "GetAccount" });
    expect(match("GET", "/%61ccounts/a")).toMatchObject({ value: "GetAccount" });
  });

  it("reads dot segments and repeated slashes as SigV4 signs them", () => {
    expect(match("GET", "/accounts/x/../a/./users//u1/")).toMatchObject({
      value: "GetUser",
      labels: { AccountId: "a", UserId: "u1" },
    });
    expect(match("GET", "/accounts/a/users/..")).toMatchObject({ value: "GetAccount" });
    expect(match("GET", "/../../accounts/a")).toMatchObject({ value: "GetAccount" });
  });

  it("gives a greedy label the rest of the path", () => {
    expect(match("GET", "/files/a/b%2Fc/d")).toMatchObject({
      value: "GetFile",
      labels: { Key: "a/b%2Fc/d" },
    });
    expect(match("GET", "/files")).toEqual({ kind: "not-found" });
  });

  it("rejects a greedy label that is not the last segment", () => {
    expect(() => new RouteTable().add("GET", "/a/{B+}/c", {}, "x")).toThrow(
      /must be the last segment/,
    );
  });
});
