import { expect } from "vitest";
import { ModelError } from "../../src/model/load.ts";

/** Runs `action`, expects it to throw a ModelError, and returns the problems it lists. */
export function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as ModelError).problems;
  }
  expect.fail("expected the model to be rejected");
}
