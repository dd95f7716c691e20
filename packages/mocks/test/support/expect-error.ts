import { expect } from "vitest";

/** Awaits a call that must fail with the modeled error `name`; returns the error for further checks. */
export async function expectError(
  call: Promise<unknown>,
  name: string,
  status?: number,
): Promise<Record<string, any>> {
  let caught: Record<string, any> | undefined;
  try {
    await call;
  } catch (error) {
    caught = error as Record<string, any>;
  }
  expect(caught, `expected ${name}, but the call succeeded`).toBeDefined();
  expect(caught!.name).toBe(name);
  if (status !== undefined) expect(caught!.$metadata?.httpStatusCode).toBe(status);
  return caught!;
}
