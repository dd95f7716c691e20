import { describe, expect, it } from "vitest";
import { MalformedEncodingError, parseQuery, percentDecode } from "../../src/runtime/http/query.js";

describe("parseQuery", () => {
  it("decodes names and values and keeps every value of a repeated name in order", () => {
    const query = parseQuery("id=a&id=b%20c&empty=&flag&plus=%2B1+2");
    expect([...query]).toEqual([
      ["id", ["a", "b c"]],
      ["empty", [""]],
      ["flag", [""]],
      ["plus", ["+1+2"]],
    ]);
  });

  it("throws on percent-encoding that is not UTF-8", () => {
    expect(() => parseQuery("a=%E0%A4%A")).toThrow(MalformedEncodingError);
    expect(() => percentDecode("%FF")).toThrow(/not valid percent-encoded UTF-8/);
  });
});
