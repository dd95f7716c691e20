import { expect } from "vitest";
import {
  bodyText,
  serviceUnderTest,
  toHttpRequest,
  type WireRequest,
} from "./service-under-test.js";

/** A model `httpRequestTests` case: the request must reach the method as `input`. */
export interface RequestTestCase {
  id: string;
  operation: string;
  method: string;
  request: WireRequest;
  input: Record<string, unknown>;
}

/** A model `httpResponseTests` case: the method returns `output`; the server must write `response`. */
export interface ResponseTestCase {
  id: string;
  operation: string;
  method: string;
  /** Any valid request of the operation. */
  request: WireRequest;
  output: Record<string, unknown>;
  response: { statusCode: number; headers: Record<string, string>; body?: string };
}

export async function runRequestTestCase(test: RequestTestCase): Promise<void> {
  const { send, calls } = serviceUnderTest();
  const response = await send(toHttpRequest(test.request));
  expect(
    calls.map((c) => c.method),
    bodyText(response),
  ).toEqual([test.method]);
  expect(calls[0].input).toEqual(test.input);
}

export async function runResponseTestCase(test: ResponseTestCase): Promise<void> {
  const { send, calls } = serviceUnderTest({ [test.method]: test.output });
  const response = await send(toHttpRequest(test.request));
  expect(calls.map((c) => c.method)).toEqual([test.method]);
  expect(response.statusCode).toBe(test.response.statusCode);
  for (const [name, value] of Object.entries(test.response.headers)) {
    expect(response.headers[name], name).toBe(value);
  }
  if (test.response.body === undefined) {
    expect(response.body.length).toBe(0);
  } else {
    expect(JSON.parse(bodyText(response))).toEqual(JSON.parse(test.response.body));
  }
}
