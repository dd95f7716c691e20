// Reading a `node:http` request into a `ChimeHttpRequest`, for the node:http adapter.
import type { IncomingMessage } from "node:http";
import type { ChimeHttpRequest } from "../http/types.js";
import { EMPTY_BODY } from "../serde/json-body.js";

/** A request as read from `node:http`. */
export interface NodeRequest {
  request: ChimeHttpRequest;
  /**
   * The body passed the limit: `request.body` holds what was read up to the
   * chunk that passed it, and the rest was left unread.
   */
  overLimit: boolean;
}

/**
 * Reads a `node:http` request: at once when it announces no body (most API
 * calls), so that it can be answered without waiting a turn for a body that is
 * not coming; otherwise once the body has been read or has passed `limit`.
 */
export function readNodeRequest(
  req: IncomingMessage,
  limit: number,
): NodeRequest | Promise<NodeRequest> {
  const headers = headersOf(req);
  if (!announcesBody(headers)) {
    req.resume();
    return { request: requestOf(req, headers, EMPTY_BODY), overLimit: false };
  }
  return readBody(req, limit).then(({ bytes, overLimit }) => ({
    request: requestOf(req, headers, bytes),
    overLimit,
  }));
}

function announcesBody(headers: Record<string, string>): boolean {
  const length = headers["content-length"];
  return length === undefined ? headers["transfer-encoding"] !== undefined : length !== "0";
}

/**
 * The request's headers with lower-case names, repeated ones joined by ", ",
 * read from the raw list: node builds `req.headers` lazily, and building it
 * only to copy it again costs a busy server a measurable share of each request.
 */
function headersOf(req: IncomingMessage): Record<string, string> {
  const raw = req.rawHeaders;
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const previous = headers[name];
    headers[name] = previous === undefined ? raw[i + 1]! : `${previous}, ${raw[i + 1]}`;
  }
  return headers;
}

function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ bytes: Uint8Array; overLimit: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve({ bytes: Buffer.concat(chunks, size), overLimit: true });
      }
    };
    req.on("data", onData);
    req.on("end", () =>
      resolve({
        bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size),
        overLimit: false,
      }),
    );
    req.on("error", reject);
  });
}

function requestOf(
  req: IncomingMessage,
  headers: Record<string, string>,
  body: Uint8Array,
): ChimeHttpRequest {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return {
    method: req.method ?? "GET",
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? "" : url.slice(q + 1),
    headers,
    body,
  };
}
