import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, RequestHandler } from "@smithy/types";

export interface CannedResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A request handler that records every request and answers with queued
 * responses, so serde and retry behaviour can be checked without a socket.
 */
export class QueueHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  readonly requests: HttpRequest[] = [];
  readonly #responses: CannedResponse[];

  constructor(...responses: CannedResponse[]) {
    this.#responses = responses;
  }

  push(...responses: CannedResponse[]): void {
    this.#responses.push(...responses);
  }

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    this.requests.push(request);
    const next = this.#responses.shift();
    if (next === undefined) {
      throw new Error(`QueueHandler: no response queued for ${request.method} ${request.path}`);
    }
    return {
      response: new HttpResponse({
        statusCode: next.statusCode,
        headers: next.headers ?? {},
        body: next.body === undefined ? undefined : Buffer.from(next.body),
      }),
    };
  }

  /** The body of the n-th request, parsed as JSON. */
  jsonBody(index = 0): unknown {
    const body = this.requests[index]?.body;
    return body === undefined ? undefined : JSON.parse(String(body));
  }
}
