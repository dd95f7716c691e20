import type { OperationSchema, ServiceSchema, ValueSchema } from "@chimekit/server";
import { Agent, request } from "node:http";

/** One HTTP request as it goes on the wire: path and query still percent-encoded. */
export interface WireRequest {
  method: string;
  path: string;
  /** Query parameters in order; names and values already encoded. */
  query: [string, string][];
  headers: Record<string, string>;
  body: Buffer;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function jsonValue(service: ServiceSchema, value: ValueSchema, data: unknown): unknown {
  switch (value.type) {
    case "timestamp":
      return (data as Date).getTime() / 1000;
    case "blob":
      return Buffer.from(data as Uint8Array).toString("base64");
    case "list":
      return (data as unknown[]).map((entry) => jsonValue(service, value.member, entry));
    case "map":
      return Object.fromEntries(
        Object.entries(data as Record<string, unknown>).map(([key, entry]) => [
          key,
          jsonValue(service, value.value, entry),
        ]),
      );
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const member of service.structures[value.structure].members) {
        const entry = (data as Record<string, unknown>)[member.name];
        if (entry === undefined) continue;
        const name =
          member.location.in === "body" ? (member.location.name ?? member.name) : member.name;
        out[name] = jsonValue(service, member.value, entry);
      }
      return out;
    }
    default:
      return data;
  }
}

function textValue(data: unknown): string {
  return data instanceof Date ? data.toISOString() : String(data);
}

/** Serializes `input` the way an AWS SDK sends `operation` (REST-JSON). */
export function toWireRequest(
  service: ServiceSchema,
  operation: OperationSchema,
  input: Record<string, unknown>,
): WireRequest {
  let path = operation.http.path;
  const query: [string, string][] = Object.entries(operation.http.query ?? {});
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  for (const member of service.structures[operation.input].members) {
    const data = input[member.name];
    if (data === undefined) continue;
    const where = member.location;
    if (where.in === "label") {
      path = path.replace(`{${member.name}}`, encodeURIComponent(textValue(data)));
    } else if (where.in === "query") {
      const values = Array.isArray(data) ? data : [data];
      for (const entry of values)
        query.push([encodeURIComponent(where.name), encodeURIComponent(textValue(entry))]);
    } else if (where.in === "header") {
      headers[where.name.toLowerCase()] = textValue(data);
    } else if (where.in === "body") {
      body[where.name ?? member.name] = jsonValue(service, member.value, data);
    }
  }
  const hasBody = Object.keys(body).length > 0 || operation.http.method !== "GET";
  if (hasBody) headers["content-type"] = "application/json";
  return {
    method: operation.http.method,
    path,
    query,
    headers,
    body: hasBody ? Buffer.from(JSON.stringify(body)) : Buffer.alloc(0),
  };
}

export function rawUrlPath(wire: WireRequest): string {
  const query = wire.query.map(([name, value]) => `${name}=${value}`).join("&");
  return query ? `${wire.path}?${query}` : wire.path;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends `wire` byte for byte (no URL normalization), and reads the whole answer. */
export function send(baseUrl: string, wire: WireRequest): Promise<WireResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: wire.method,
        path: rawUrlPath(wire),
        headers: { ...wire.headers, "content-length": String(wire.body.length) },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(wire.body);
  });
}

/** The error type of an AWS-shaped error answer, or a description of what is wrong with it. */
export function awsErrorShape(
  response: WireResponse,
): { ok: true; type: string } | { ok: false; why: string } {
  const type = response.headers["x-amzn-errortype"];
  if (typeof type !== "string" || type === "")
    return { ok: false, why: "no x-amzn-ErrorType header" };
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return { ok: false, why: `body is not JSON: ${response.text.slice(0, 200)}` };
  }
  const message =
    (body as { Message?: unknown; message?: unknown }).Message ??
    (body as { message?: unknown }).message;
  if (typeof message !== "string")
    return { ok: false, why: `body has no Message: ${response.text.slice(0, 200)}` };
  return { ok: true, type: type.split(":")[0] };
}
