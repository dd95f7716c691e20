import { describe, expect, it } from "vitest";
import { canonicalPath, canonicalPathSegments } from "../../src/runtime/http/canonical-path.js";

describe("canonicalPath", () => {
  it.each([
    ["/accounts/a/users/u1", "/accounts/a/users/u1"],
    ["/accounts/a/./users//u1", "/accounts/a/users/u1"],
    ["/accounts/a/x/../users/u1/", "/accounts/a/users/u1/"],
    ["/../accounts/a/..", "/accounts"],
    ["/a/b/../../..", "/"],
    ["//", "/"],
    ["/accounts/%2E%2E/a%20b", "/accounts/%2E%2E/a%20b"],
  ])("reads %s as %s", (raw, canonical) => {
    expect(canonicalPath(raw)).toBe(canonical);
    expect(canonicalPathSegments(raw)).toEqual(canonical.split("/").filter(Boolean));
  });
});
