import { describe, expect, it } from "vitest";
import { queueAnswer } from "../../src/runtime/adapters/answer-batch.js";

describe("queueAnswer", () => {
  it("writes the answers queued in one turn together, in order, after the turn's callbacks", async () => {
    const order: string[] = [];
    queueAnswer(() => order.push("first answer"));
    queueAnswer(() => order.push("second answer"));
    order.push("same turn");
    await Promise.resolve();
    order.push("microtask");
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["same turn", "microtask", "first answer", "second answer"]);
  });

  it("does not hold back the rest of a batch when one write throws", async () => {
    const written: number[] = [];
    const uncaught: unknown[] = [];
    const listeners = process.listeners("uncaughtException");
    process.removeAllListeners("uncaughtException");
    process.on("uncaughtException", (error) => uncaught.push(error));
    try {
      queueAnswer(() => written.push(1));
      queueAnswer(() => {
        throw new Error("broken write");
      });
      queueAnswer(() => written.push(3));
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.removeAllListeners("uncaughtException");
      for (const listener of listeners) process.on("uncaughtException", listener);
    }
    expect(written).toEqual([1, 3]);
    expect(uncaught).toEqual([new Error("broken write")]);
  });
});
