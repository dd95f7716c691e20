import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import { parseRequestLine } from "../../src/import/parse/request-line.ts";
import type { ParsedMember } from "../../src/import/parse/types.ts";
import { lines } from "./lines.ts";

const parameter = (name: string): ParsedMember => ({
  name,
  line: 1,
  documentation: "",
  constraints: {},
});

describe("parseRequestLine", () => {
  it("restores the braces of labels and names them after the input members", () => {
    const log = new CorrectionLog();
    const http = parseRequestLine(
      {
        line: 1,
        lines: lines("POST /accounts/accountId/users/{userId}?operation=logout HTTP/1.1"),
      },
      "LogoutUser",
      [parameter("accountId"), parameter("userId")],
      log,
    );
    expect(http.uri).toBe("/accounts/{AccountId}/users/{UserId}?operation=logout");
    expect([...http.labels]).toEqual([
      ["AccountId", "accountId"],
      ["UserId", "userId"],
    ]);
    expect(http.queryLiterals).toEqual([["operation", "logout"]]);
    expect(log.list().map((correction) => [correction.id, correction.subject])).toEqual([
      ["uri-label-braces-1", "LogoutUser.AccountId"],
    ]);
  });

  it("joins a wrapped request line and separates bound query keys from literals", () => {
    const log = new CorrectionLog();
    const http = parseRequestLine(
      {
        line: 1,
        lines: lines(
          "GET /search?type=phone-numbers&max-  \nresults=MaxResults&phone-number-  \ntype=PhoneNumberType HTTP/1.1",
        ),
      },
      "SearchAvailablePhoneNumbers",
      [parameter("MaxResults"), parameter("PhoneNumberType")],
      log,
    );
    expect(http.method).toBe("GET");
    expect(http.uri).toBe("/search?type=phone-numbers");
    expect([...http.queryParams]).toEqual([
      ["MaxResults", "max-results"],
      ["PhoneNumberType", "phone-number-type"],
    ]);
    expect(log.list().map((correction) => correction.id)).toEqual(["uri-line-wrap-1"]);
  });

  it("rejects a braced label that is not a listed parameter", () => {
    expect(() =>
      parseRequestLine(
        { line: 1, lines: lines("GET /rooms/{roomId} HTTP/1.1") },
        "GetRoom",
        [],
        new CorrectionLog(),
      ),
    ).toThrow(/label \{roomId\} of GetRoom/);
  });
});
