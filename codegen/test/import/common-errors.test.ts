import { describe, expect, it } from "vitest";
import { parseCommonErrors } from "../../src/import/parse/common-errors.ts";
import { lines } from "./lines.ts";

const section = (text: string) => ({ name: "Common Errors", line: 1, body: lines(text) });

describe("parseCommonErrors", () => {
  it("reads each error's name, description and HTTP status, skipping the introduction", () => {
    const errors = parseCommonErrors(
      section(`
This section lists the errors common to the API actions of all AWS services.

InternalFailure

The request processing has failed because of an unknown error, exception or failure.

HTTP Status Code: 500

ThrottlingException

The request was denied due to request throttling.

HTTP Status Code: 400`),
    );
    expect(errors).toEqual([
      {
        code: "InternalFailure",
        line: 3,
        documentation:
          "The request processing has failed because of an unknown error, exception or failure.",
        httpStatus: 500,
      },
      {
        code: "ThrottlingException",
        line: 9,
        documentation: "The request was denied due to request throttling.",
        httpStatus: 400,
      },
    ]);
  });

  it("names the reference line of an error without a status", () => {
    expect(() =>
      parseCommonErrors(
        section(`
Intro.

ServiceUnavailable

The request has failed due to a temporary failure of the server.`),
      ),
    ).toThrow(/reference line 3: common error ServiceUnavailable has no "HTTP Status Code:" line/);
  });

  it("fails on a section that lists no error", () => {
    expect(() => parseCommonErrors(section("Nothing to see here."))).toThrow(
      /reference line 1: the Common Errors section lists no error/,
    );
  });
});
