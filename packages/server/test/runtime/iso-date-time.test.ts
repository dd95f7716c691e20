import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDateTime } from "../../src/runtime/serde/iso-date-time.js";

const FIRST_MS = Date.parse("0000-01-01T00:00:00.000Z");

describe("isoDateTime", () => {
  it("writes what toISOString writes, across the years 0000 to 9999", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("0000-01-01T00:00:00.000Z"),
          max: new Date("9999-12-31T23:59:59.999Z"),
          noInvalidDate: true,
        }),
        (date) => {
          expect(isoDateTime(date)).toBe(date.toISOString());
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("writes the edges of the range, leap days and the epoch", () => {
    for (const text of [
      "0000-01-01T00:00:00.000Z",
      "0000-02-29T12:00:00.000Z",
      "1969-12-31T23:59:59.999Z",
      "1970-01-01T00:00:00.000Z",
      "1900-02-28T23:59:59.999Z",
      "2000-02-29T00:00:00.001Z",
      "2100-03-01T00:00:00.000Z",
      "9999-12-31T23:59:59.999Z",
    ]) {
      expect(isoDateTime(new Date(text))).toBe(text);
    }
  });

  it("leaves other years and invalid dates to toISOString", () => {
    expect(isoDateTime(new Date(FIRST_MS - 1))).toBe("-000001-12-31T23:59:59.999Z");
    expect(isoDateTime(new Date("+010000-01-01T00:00:00.000Z"))).toBe(
      "+010000-01-01T00:00:00.000Z",
    );
    expect(() => isoDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
