import { describe, expect, it } from "vitest";
import { parseErrors } from "../../src/import/parse/errors.ts";
import { lines } from "./lines.ts";

describe("parseErrors", () => {
  it("reads name, description and status of each error", () => {
    const errors = parseErrors(
      lines(`
For information about the errors that are common to all actions, see [Common Errors](#).

BadRequestException

The input parameters don't match the service's restrictions.

HTTP Status Code: 400

UnprocessableEntityException

The request was well-formed but was unable to be followed due to semantic errors.

HTTP Status Code: 422
`),
      "DeleteAccount",
    );
    expect(errors).toEqual([
      {
        name: "BadRequestException",
        documentation: "The input parameters don't match the service's restrictions.",
        status: 400,
        line: 3,
      },
      {
        name: "UnprocessableEntityException",
        documentation:
          "The request was well-formed but was unable to be followed due to semantic errors.",
        status: 422,
        line: 9,
      },
    ]);
  });

  it("fails on an error without a status code, naming it", () => {
    expect(() => parseErrors(lines("NotFoundException\n\nMissing."), "GetUser")).toThrow(
      /NotFoundException of GetUser has no HTTP Status Code/,
    );
  });
});
