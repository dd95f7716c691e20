import { describe, expect, it } from "vitest";
import { callStatus, matchesCallFilter, mergeCalls } from "../../dashboard/src/calls-feed.js";
import { awsCliLine, cliCommandName, shellQuote } from "../../dashboard/src/cli-line.js";
import { buildStateTree, recordMatches } from "../../dashboard/src/state-model.js";
import type { CallRecord, EmulatorState, StoredRecord } from "../../dashboard/src/types.js";
import { operationTable } from "../../src/generated/operations.js";

function call(seq: number, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    seq,
    operation: "GetUser",
    awsAccountId: "111122223333",
    time: "2026-01-01T00:00:00.000Z",
    durationMs: 1,
    input: {},
    ...extra,
  };
}

describe("the AWS CLI line of a call", () => {
  it.each([
    ["CreatePhoneNumberOrder", "create-phone-number-order"],
    ["ResetPersonalPIN", "reset-personal-pin"],
    ["GetUser", "get-user"],
    ["BatchCreateRoomMembership", "batch-create-room-membership"],
  ])("names %s's command %s", (operation, command) => {
    expect(cliCommandName(operation)).toBe(command);
  });

  it("gives every operation of the model a command of lower-case words", () => {
    for (const operation of Object.keys(operationTable))
      expect(cliCommandName(operation), operation).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it("passes the input whole as --cli-input-json, quoted for the shell", () => {
    const input = { AccountId: "a-1", Name: "O'Brien & Co" };
    expect(awsCliLine("UpdateAccount", input, "http://127.0.0.1:4580")).toBe(
      `aws chime update-account --endpoint-url http://127.0.0.1:4580 --cli-input-json '{"AccountId":"a-1","Name":"O'\\''Brien & Co"}'`,
    );
    expect(awsCliLine("ListAccounts", {}, "http://127.0.0.1:4580")).toBe(
      "aws chime list-accounts --endpoint-url http://127.0.0.1:4580",
    );
    expect(shellQuote("plain-word_1.2")).toBe("plain-word_1.2");
    expect(shellQuote("two words")).toBe("'two words'");
  });
});

describe("the call feed", () => {
  it("keeps each call once, newest first, whether or not the emulator pages with after=", () => {
    const first = mergeCalls([], [call(1), call(2)]);
    expect(first.map((c) => c.seq)).toEqual([2, 1]);
    // An emulator that ignores after= answers its latest calls again.
    const again = mergeCalls(first, [call(1), call(2), call(3)]);
    expect(again.map((c) => c.seq)).toEqual([3, 2, 1]);
    expect(mergeCalls(again, [])).toBe(again);
  });

  it("filters by operation, status and AWS account; a status of 400 or more is a failure", () => {
    const failed = call(2, {
      statusCode: 400,
      error: { name: "BadRequestException", message: "x" },
    });
    const throttledWithoutError = call(3, { statusCode: 429 });
    expect([call(1), failed, throttledWithoutError].map(callStatus)).toEqual([
      "ok",
      "error",
      "error",
    ]);
    const filter = { operation: "GetUser", status: "error", awsAccountId: "111122223333" } as const;
    expect(matchesCallFilter(failed, filter)).toBe(true);
    expect(matchesCallFilter(call(4), filter)).toBe(false);
    expect(matchesCallFilter(failed, { ...filter, awsAccountId: "999999999999" })).toBe(false);
    expect(matchesCallFilter(failed, { ...filter, operation: "GetBot" })).toBe(false);
  });
});

describe("the state tree", () => {
  const record = (collection: string, scope: string, id: string, value: object): StoredRecord => ({
    collection,
    scope,
    id,
    value: value as Record<string, unknown>,
  });
  const state: EmulatorState = {
    format: "chimekit-emulator-state",
    version: 1,
    scope: "all",
    exportedAt: "2026-01-01T00:00:00.000Z",
    clockOffsetMs: 0,
    awsAccounts: {
      "111122223333": {
        records: [
          record("AccountResource", "", "acc", { AccountId: "acc", Name: "Acme" }),
          record("AccountSettingsResource", "acc", "singleton", { EnableDialOut: true }),
          record("UserResource#email", "acc", "jane@example.com", { id: "u1" }),
          record("UserResource", "acc", "u1", { UserId: "u1", PrimaryEmail: "jane@example.com" }),
          record("UserSettingsResource", "acc/u1", "singleton", { Telephony: { SMS: false } }),
          record("BotResource", "acc", "b1", { BotId: "b1" }),
          record("EventsConfigurationResource", "acc/b1", "singleton", { BotId: "b1" }),
          record("RoomResource", "acc", "r1", { RoomId: "r1" }),
          record("RoomMembershipResource", "acc/r1", "u1", { MemberId: "u1" }),
          record("PhoneNumberResource", "", "+12065550100", { PhoneNumberId: "+12065550100" }),
          record("PhoneNumberOrderResource", "", "o1", { PhoneNumberOrderId: "o1" }),
          record("GlobalSettingsResource", "", "singleton", { BusinessCalling: {} }),
        ],
      },
    },
  };

  it("puts users, bots and rooms inside their Chime account, with their settings", () => {
    const [aws] = buildStateTree(state);
    expect(aws.awsAccountId).toBe("111122223333");
    const [account] = aws.accounts;
    expect(account.account.Name).toBe("Acme");
    expect(account.settings).toEqual({ EnableDialOut: true });
    expect(account.users).toEqual([
      {
        user: { UserId: "u1", PrimaryEmail: "jane@example.com" },
        settings: { Telephony: { SMS: false } },
      },
    ]);
    expect(account.bots[0].eventsConfiguration).toEqual({ BotId: "b1" });
    expect(account.rooms[0].memberships).toEqual([{ MemberId: "u1" }]);
    expect(aws.phoneNumbers).toHaveLength(1);
    expect(aws.phoneNumberOrders).toHaveLength(1);
    expect(aws.globalSettings).toEqual({ BusinessCalling: {} });
    expect(aws.phoneNumberSettings).toBeUndefined();
  });

  it("matches a filter against nested values, ignoring case", () => {
    const [aws] = buildStateTree(state);
    expect(recordMatches(aws.accounts[0], "JANE@")).toBe(true);
    expect(recordMatches(aws.accounts[0], "nobody")).toBe(false);
    expect(recordMatches(aws.accounts[0], "  ")).toBe(true);
  });
});
