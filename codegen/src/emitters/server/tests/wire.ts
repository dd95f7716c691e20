import type {
  MemberIr,
  OperationIr,
  TimestampFormat,
  TypeRef,
  ValueIr,
} from "../../../ir/types.ts";
import type { ModelIr } from "../../../ir/types.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";

/** A request as the generated tests send it (the body is JSON text, or absent). */
export interface WireRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * Writes inputs and outputs the way restJson1 puts them on the wire, from the
 * IR alone: the expectation the server's generated tests hold the runtime to.
 *
 * `GetUser` with `{ AccountId: "a b", UserId: "u" }` gives
 * `{ method: "GET", path: "/accounts/a%20b/users/u", query: "", headers: {} }`.
 */
export class WireWriter {
  constructor(private readonly ir: ModelIr) {}

  request(operation: OperationIr, input: Record<string, unknown>): WireRequest {
    const members = structureNamed(this.ir, operation.input).members;
    const byName = new Map(members.map((m) => [m.name, m]));
    const path = operation.http.segments
      .map((segment) => {
        if (segment.kind === "literal") return segment.value;
        const text = textForm(input[segment.name], byName.get(segment.name)!.type, "date-time");
        return segment.greedy
          ? text.split("/").map(encodeURIComponent).join("/")
          : encodeURIComponent(text);
      })
      .join("/");
    const query = Object.entries(operation.http.queryLiterals).map(
      ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    );
    const headers: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    let hasBody = false;
    for (const member of members) {
      const value = input[member.name];
      const binding = member.binding;
      if (binding.location === "body") hasBody = true;
      if (value === undefined) continue;
      switch (binding.location) {
        case "query": {
          const values = member.type.kind === "list" ? (value as unknown[]) : [value];
          const itemType = member.type.kind === "list" ? member.type.member.type : member.type;
          for (const item of values) {
            query.push(
              `${encodeURIComponent(binding.name)}=${encodeURIComponent(textForm(item, itemType, "date-time"))}`,
            );
          }
          break;
        }
        case "header":
          headers[binding.name.toLowerCase()] =
            member.type.kind === "list"
              ? (value as unknown[])
                  .map((v) =>
                    textForm(v, (member.type as { member: ValueIr }).member.type, "http-date"),
                  )
                  .join(", ")
              : textForm(value, member.type, "http-date");
          break;
        case "body":
          body[binding.jsonName] = this.json(value, member);
          break;
        case "payload":
          throw new Error(
            `${operation.name}.${member.name}: payload bindings have no generated server tests yet`,
          );
      }
    }
    return {
      method: operation.http.method,
      path: `/${path}`,
      query: query.join("&"),
      headers,
      ...(hasBody ? { body: JSON.stringify(body) } : {}),
    };
  }

  /** The JSON body the server writes for an output, or undefined for a 204. */
  responseBody(
    operation: OperationIr,
    output: Record<string, unknown>,
  ): Record<string, unknown> | undefined {
    if (operation.http.code === 204) return undefined;
    return this.structureJson(operation.output, output);
  }

  structureJson(name: string, value: Record<string, unknown>): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const member of structureNamed(this.ir, name).members) {
      if (member.binding.location !== "body" || value[member.name] === undefined) continue;
      json[member.binding.jsonName] = this.json(value[member.name], member);
    }
    return json;
  }

  json(value: unknown, schema: ValueIr): unknown {
    const type = schema.type;
    switch (type.kind) {
      case "timestamp":
        return timestamp(value as Date, type.format);
      case "blob":
        return Buffer.from(value as Uint8Array).toString("base64");
      case "structure":
        return this.structureJson(type.shape, value as Record<string, unknown>);
      case "list":
        return (value as unknown[]).map((item) => this.json(item, type.member));
      case "map":
        return Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([k, v]) => [
            k,
            this.json(v, type.value),
          ]),
        );
      default:
        return value;
    }
  }
}

function textForm(value: unknown, type: TypeRef, defaultFormat: TimestampFormat): string {
  if (type.kind === "timestamp")
    return String(timestamp(value as Date, type.format ?? defaultFormat));
  if (type.kind === "blob") return Buffer.from(value as Uint8Array).toString("base64");
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
