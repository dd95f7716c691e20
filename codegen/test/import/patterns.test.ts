import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import { repairPattern } from "../../src/import/corrections/patterns.ts";

describe("repairPattern", () => {
  it.each([
    [".*\\\\$.*", ".*\\S.*", ["pattern-non-space-class-1"]],
    ["^\\+[1-9]\\d{1,14}\\$", "^\\+[1-9]\\d{1,14}$", ["pattern-escaped-dollar-1"]],
    [
      "^\\$ | ^[a-zA-Z0-9]{2,15}\\$",
      "^$|^[a-zA-Z0-9 ]{2,15}$",
      ["pattern-calling-name-space-1", "pattern-escaped-dollar-1"],
    ],
    [".+@.+\\\\..+", ".+@.+\\..+", ["pattern-email-1"]],
    [".+@.+\\.\\.+", ".+@.+\\..+", ["pattern-email-1"]],
    [".+@.+..\\.+", ".+@.+\\..+", ["pattern-email-1"]],
    [".*\\S.*", ".*\\S.*", []],
    [
      "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
      "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
      [],
    ],
  ])("reads %s as %s", (printed, expected, rules) => {
    const log = new CorrectionLog();
    const repaired = repairPattern(printed, "Op.Member", 7, log);
    expect(repaired).toBe(expected);
    expect(() => new RegExp(repaired, "u")).not.toThrow();
    expect(log.list().map((correction) => correction.id)).toEqual(rules);
  });

  it("logs what the text said and what the model holds", () => {
    const log = new CorrectionLog();
    repairPattern(".*\\\\$.*", "GetUser.AccountId", 42, log);
    expect(log.list()[0]).toMatchObject({
      subject: "GetUser.AccountId",
      line: 42,
      said: ".*\\\\$.*",
      holds: ".*\\S.*",
    });
  });
});
