import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import {
  correctionRow,
  parseCorrections,
  renderCorrections,
} from "../../src/import/corrections/markdown.ts";

describe("CORRECTIONS.md", () => {
  it("reads back every row it writes, pipes and backslashes included", () => {
    const log = new CorrectionLog();
    log.record("patternCallingNameSpace", {
      subject: "GetPhoneNumberSettings.CallingName",
      line: 5230,
      said: "^$ | ^[a-z]$",
      holds: "^$|^[a-z ]$",
    });
    log.record("patternNonSpaceClass", {
      subject: "Room.RoomId",
      line: 11436,
      said: ".*\\\\$.*",
      holds: ".*\\S.*",
    });
    log.record("patternNonSpaceClass", {
      subject: "Member.MemberId",
      line: 10847,
      said: ".*\\\\$.*",
      holds: ".*\\S.*",
    });
    const corrections = log.list();
    const markdown = renderCorrections(corrections);
    expect(parseCorrections(markdown)).toEqual(corrections.map(correctionRow));
    expect(corrections.map((correction) => correction.id)).toEqual([
      "pattern-calling-name-space-1",
      "pattern-non-space-class-1",
      "pattern-non-space-class-2",
    ]);
    expect(corrections[1].subject).toBe("Member.MemberId");
  });

  it("counts instances per rule in the summary", () => {
    const log = new CorrectionLog();
    log.record("uriLabelBraces", {
      subject: "GetUser.AccountId",
      line: 1,
      said: "accountId",
      holds: "{AccountId}",
    });
    expect(renderCorrections(log.list())).toMatch(
      /\| uri-label-braces \| URI label printed without braces \| .* \| 1 \|/,
    );
  });

  it("refuses a file without the instances table", () => {
    expect(() => parseCorrections("# Corrections\n")).toThrow(/no table headed/);
  });
});
