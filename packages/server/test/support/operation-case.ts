import { expect } from "vitest";
import {
  bodyText,
  serviceUnderTest,
  toHttpRequest,
  type WireRequest,
} from "./service-under-test.js";

/** One operation's round trip, computed from the model by the generator. */
export interface OperationCase {
  operation: string;
  /** The service method it must reach. */
  method: string;
  request: WireRequest;
  /** What the method must receive. */
  input: Record<string, unknown>;
  /** What the method returns. */
  output: Record<string, unknown>;
  /** What the server must write for it (no body on 204). */
  response: { statusCode: number; body?: Record<string, unknown> };
}

export async function runOperationCase(test: OperationCase): Promise<void> {
  const { send, calls } = serviceUnderTest({ [test.method]: test.output });
  const response = await send(toHttpRequest(test.request));
  expect(calls.map((c) => c.method)).toEqual([test.method]);
  expect(calls[0].input).toEqual(test.input);
  expect(calls[0].context.operation).toBe(test.operation);
  expect(response.statusCode).toBe(test.response.statusCode);
  expect(response.headers["x-amzn-requestid"]).toBeTruthy();
  if (test.response.body === undefined) {
    expect(response.body.length).toBe(0);
    expect(response.headers["content-type"]).toBeUndefined();
  } else {
    expect(response.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(bodyText(response))).toEqual(test.response.body);
  }
}
