import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import { parseMembers } from "../../src/import/parse/members.ts";
import { lines } from "./lines.ts";

describe("parseMembers", () => {
  it("reads names, descriptions and every kind of attribute", () => {
    const log = new CorrectionLog();
    const members = parseMembers(
      lines(`
The request accepts the following data in JSON format.

[**UserIdList**](#)

The request containing the user IDs to suspend.

Type: Array of strings

Array Members: Maximum number of 50 items.

Pattern: .*\\S.*

Required: Yes

Name

The account name.

Type: String

Length Constraints: Minimum length of 1. Maximum length of 100.

Required: No

MaxResults

The maximum number of results.

Valid Range: Minimum value of 1. Maximum value of 99.

Members

Type: Array of [MembershipItem](#) objects

Settings

Type: [AccountSettings](#) object

When

Type: [Timestamp](#)
`),
      "Op",
      log,
    );
    expect(members.map((member) => member.name)).toEqual([
      "UserIdList",
      "Name",
      "MaxResults",
      "Members",
      "Settings",
      "When",
    ]);
    expect(members[0]).toMatchObject({
      documentation: "The request containing the user IDs to suspend.",
      type: { kind: "list", member: { kind: "string" } },
      required: true,
      constraints: { listLength: { max: 50 }, pattern: ".*\\S.*" },
      line: 3,
    });
    expect(members[1]).toMatchObject({
      required: false,
      constraints: { length: { min: 1, max: 100 } },
    });
    expect(members[2]).not.toHaveProperty("type");
    expect(members[2]).not.toHaveProperty("required");
    expect(members[2].constraints).toEqual({ range: { min: 1, max: 99 } });
    expect(members[3].type).toEqual({
      kind: "list",
      member: { kind: "structure", name: "MembershipItem" },
    });
    expect(members[4].type).toEqual({ kind: "structure", name: "AccountSettings" });
    expect(members[5].type).toEqual({ kind: "timestamp" });
  });

  it("joins Valid Values continued on the next line and logs the repair", () => {
    const log = new CorrectionLog();
    const [member] = parseMembers(
      lines(`
FilterName

The filter to use.

Valid Values: AccountId | UserId
| SipRuleId
`),
      "ListPhoneNumbers",
      log,
    );
    expect(member.constraints.enumValues).toEqual(["AccountId", "UserId", "SipRuleId"]);
    expect(log.list().map((correction) => correction.id)).toEqual(["valid-values-wrapped-1"]);
  });

  it("names the line of text it cannot place", () => {
    expect(() =>
      parseMembers(lines("A stray sentence before any member."), "Op", new CorrectionLog()),
    ).toThrow(/reference line 1/);
  });

  it("rejects an unknown Type", () => {
    expect(() =>
      parseMembers(lines("Name\n\nThe name.\n\nType: Blob"), "Op", new CorrectionLog()),
    ).toThrow(/line 5: unknown Type "Blob"/);
  });
});
