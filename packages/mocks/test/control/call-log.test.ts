import { describe, expect, it } from "vitest";
import { CallLog, type RecordedCall } from "../../src/control/call-log.js";

function call(operation: string, n: number, extra: Partial<RecordedCall> = {}): RecordedCall {
  return {
    operation,
    awsAccountId: n % 2 === 0 ? "111111111111" : "222222222222",
    timeMs: Date.UTC(2026, 0, 1) + n * 1000,
    durationMs: n,
    input: { n },
    ...extra,
  };
}

describe("CallLog", () => {
  it("reads back calls as JSON with the emulated time in ISO 8601 and dates as text", () => {
    const log = new CallLog(10);
    log.record(
      call("GetUser", 0, {
        requestId: "r-1",
        output: { User: { RegisteredOn: new Date(Date.UTC(2025, 5, 1)) } },
      }),
    );
    log.record(call("DeleteAccount", 1, { error: { name: "NotFoundException", message: "gone" } }));
    expect(log.list()).toEqual([
      {
        seq: 1,
        requestId: "r-1",
        operation: "GetUser",
        awsAccountId: "111111111111",
        time: "2026-01-01T00:00:00.000Z",
        durationMs: 0,
        statusCode: 200,
        input: { n: 0 },
        output: { User: { RegisteredOn: "2025-06-01T00:00:00.000Z" } },
      },
      {
        seq: 2,
        operation: "DeleteAccount",
        awsAccountId: "222222222222",
        time: "2026-01-01T00:00:01.000Z",
        durationMs: 1,
        statusCode: 200,
        input: { n: 1 },
        error: { name: "NotFoundException", message: "gone" },
      },
    ]);
  });

  it("keeps the latest calls in order once the ring is full, and filters them", () => {
    const log = new CallLog(3);
    for (let n = 0; n < 5; n += 1) log.record(call(n % 2 === 0 ? "GetUser" : "ListUsers", n));
    expect(log.list().map((c) => c.seq)).toEqual([3, 4, 5]);
    expect(log.list({ operation: "GetUser" }).map((c) => c.seq)).toEqual([3, 5]);
    expect(log.list({ awsAccountId: "222222222222" }).map((c) => c.seq)).toEqual([4]);
    expect(log.list({ limit: 2 }).map((c) => c.seq)).toEqual([4, 5]);
  });

  it("hands out copies, and records nothing when its capacity is 0", () => {
    const log = new CallLog(2);
    log.record(call("GetUser", 0));
    (log.list()[0]!.input as { n: number }).n = 99;
    expect(log.list()[0]!.input).toEqual({ n: 0 });
    const off = new CallLog(0);
    off.record(call("GetUser", 0));
    expect(off.list()).toEqual([]);
  });
});
