import { expect } from "vitest";
import {
  bodyText,
  serviceUnderTest,
  toHttpRequest,
  type WireRequest,
} from "./service-under-test.js";

/** One constraint of one member of one operation, satisfied (pass) or violated (fail). */
export interface ConformanceCase {
  operation: string;
  member: string;
  constraint: string;
  direction: "pass" | "fail";
  request: WireRequest;
  status: number;
  /** Fail only: text the validation message must contain. */
  violation?: string;
}

export async function runConformanceCase(test: ConformanceCase): Promise<void> {
  const { send, calls } = serviceUnderTest();
  const response = await send(toHttpRequest(test.request));
  if (test.direction === "pass") {
    expect(response.statusCode, bodyText(response)).toBe(test.status);
    expect(calls).toHaveLength(1);
    return;
  }
  expect(response.statusCode).toBe(400);
  expect(response.headers["x-amzn-errortype"]).toBe("BadRequestException");
  const body = JSON.parse(bodyText(response)) as { Code: string; Message: string };
  expect(body.Code).toBe("BadRequest");
  expect(body.Message).toMatch(/^\d+ validation errors? detected: /);
  expect(body.Message).toContain(test.violation);
  expect(calls).toHaveLength(0);
}
