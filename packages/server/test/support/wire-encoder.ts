import type {
  OperationSchema,
  ServiceSchema,
  TimestampFormat,
  ValueSchema,
} from "../../src/generated/index.js";
import type { ChimeHttpRequest } from "../../src/generated/index.js";

/**
 * Writes an operation's input as a client would send it, driven by the
 * service schema: labels into the path, query parameters (lists repeated),
 * headers, and the JSON body. Values of the wrong type are written as given,
 * so tests can send them.
 */
export class WireEncoder {
  constructor(private readonly schema: ServiceSchema) {}

  request(operation: OperationSchema, input: Record<string, unknown>): ChimeHttpRequest {
    const members = this.schema.structures[operation.input].members;
    const query = Object.entries(operation.http.query ?? {}).map(([k, v]) => `${enc(k)}=${enc(v)}`);
    const headers: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    let hasBody = false;
    let path = operation.http.path;
    for (const member of members) {
      const value = input[member.name];
      const location = member.location;
      if (location.in === "body") hasBody = true;
      if (value === undefined) continue;
      switch (location.in) {
        case "label":
          path = path
            .replace(`{${member.name}}`, enc(text(value, member.value)))
            .replace(`{${member.name}+}`, text(value, member.value).split("/").map(enc).join("/"));
          break;
        case "query": {
          const items = member.value.type === "list" ? (value as unknown[]) : [value];
          const itemSchema = member.value.type === "list" ? member.value.member : member.value;
          for (const item of items)
            query.push(`${enc(location.name)}=${enc(text(item, itemSchema))}`);
          break;
        }
        case "header":
          headers[location.name.toLowerCase()] = text(value, member.value);
          break;
        case "body":
          body[location.name ?? member.name] = this.json(value, member.value);
          break;
        default:
          throw new Error(
            `${operation.name}.${member.name}: ${location.in} bindings are not encoded`,
          );
      }
    }
    return {
      method: operation.http.method,
      path,
      query: query.join("&"),
      headers,
      body: new TextEncoder().encode(hasBody ? JSON.stringify(body) : ""),
    };
  }

  json(value: unknown, schema: ValueSchema): unknown {
    switch (schema.type) {
      case "timestamp":
        return value instanceof Date ? timestamp(value, schema.format) : value;
      case "blob":
        return value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;
      case "float":
      case "double":
        return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
      case "structure": {
        if (typeof value !== "object" || value === null) return value;
        const out: Record<string, unknown> = {};
        for (const member of this.schema.structures[schema.structure].members) {
          const item = (value as Record<string, unknown>)[member.name];
          if (item !== undefined) {
            const name =
              member.location.in === "body" ? (member.location.name ?? member.name) : member.name;
            out[name] = this.json(item, member.value);
          }
        }
        return out;
      }
      case "list":
        return Array.isArray(value) ? value.map((item) => this.json(item, schema.member)) : value;
      case "map":
        return typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => [k, this.json(v, schema.value)]),
            )
          : value;
      default:
        return value;
    }
  }
}

function enc(text: string): string {
  return encodeURIComponent(text);
}

function text(value: unknown, schema: ValueSchema): string {
  if (value instanceof Date && schema.type === "timestamp")
    return String(timestamp(value, schema.format));
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  return String(value);
}

function timestamp(value: Date, format: TimestampFormat): string | number {
  switch (format) {
    case "date-time":
      return value.toISOString();
    case "epoch-seconds":
      return value.getTime() / 1000;
    case "http-date":
      return value.toUTCString();
  }
}
