import type { ChimeHttpRequest } from "../http/types.js";
import { percentDecode, type QueryParams } from "../http/query.js";
import type { OperationSchema, ValueSchema } from "../schema/types.js";
import { constraint, type Violations } from "../validation/violations.js";
import { decodeText, EMPTY_BODY, encodeJson, encodeText, parseJsonObject } from "./json-body.js";
import type { CodecCompiler, MemberCodec, StructureCodec } from "./value-codec.js";

/** An operation's output on the wire, before the server adds its own headers. */
export interface EncodedOutput {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

interface PayloadMember {
  member: MemberCodec;
  kind: ValueSchema["type"];
}

/**
 * Reads an operation's input from a request and writes its output, member by
 * member according to the HTTP bindings (labels, query, headers, JSON body or
 * payload), validating every value on the way in.
 */
export class OperationCodec {
  readonly input: StructureCodec;
  readonly output: StructureCodec;
  private readonly labels: MemberCodec[];
  private readonly query: MemberCodec[];
  private readonly headers: MemberCodec[];
  private readonly body: MemberCodec[];
  private readonly payload?: PayloadMember;
  private readonly outputHeaders: MemberCodec[];
  private readonly outputPayload?: PayloadMember;
  private readonly outputStatusMember?: MemberCodec;
  private readonly outputHasBody: boolean;

  constructor(
    readonly schema: OperationSchema,
    compiler: CodecCompiler,
  ) {
    this.input = compiler.structure(schema.input);
    this.output = compiler.structure(schema.output);
    const inputs = this.input.members;
    this.labels = inputs.filter((m) => m.location === "label");
    this.query = inputs.filter((m) => m.location === "query");
    this.headers = inputs.filter((m) => m.location === "header");
    this.body = inputs.filter((m) => m.location === "body");
    this.payload = payloadOf(this.input);
    const outputs = this.output.members;
    this.outputHeaders = outputs.filter((m) => m.location === "header");
    this.outputStatusMember = outputs.find((m) => m.location === "responseCode");
    this.outputPayload = payloadOf(this.output);
    this.outputHasBody = schema.http.code !== 204;
  }

  /**
   * Reads the input. Values that fail their type or constraints are reported
   * in `violations` (the caller rejects the request when there are any);
   * a body that is not JSON throws `MalformedBodyError`.
   */
  readInput(
    request: ChimeHttpRequest,
    labels: Readonly<Record<string, string>>,
    query: QueryParams,
    violations: Violations,
  ): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    for (const member of this.labels) {
      const raw = labels[member.name];
      const value =
        raw === undefined
          ? undefined
          : member.codec.readText(percentDecode(raw), member.pathName, violations);
      set(input, member, raw, value, violations);
    }
    for (const member of this.query) {
      const raw = query.get(member.wireName);
      set(input, member, raw, readQueryMember(member, raw, violations), violations);
    }
    for (const member of this.headers) {
      const raw = request.headers[member.wireName.toLowerCase()];
      const value =
        raw === undefined ? undefined : member.codec.readText(raw, member.pathName, violations);
      set(input, member, raw, value, violations);
    }
    if (this.body.length > 0) {
      const json = parseJsonObject(request.body);
      for (const member of this.body) {
        const raw = json[member.wireName];
        const value =
          raw === undefined || raw === null
            ? undefined
            : member.codec.readJson(raw, member.pathName, violations);
        set(input, member, raw, value, violations);
      }
    }
    if (this.payload) {
      const value = readPayload(this.payload, request.body, violations);
      set(
        input,
        this.payload.member,
        request.body.length === 0 ? undefined : request.body,
        value,
        violations,
      );
    }
    return input;
  }

  writeOutput(output: Record<string, unknown> | undefined): EncodedOutput {
    const value = output ?? {};
    const headers: Record<string, string> = {};
    for (const member of this.outputHeaders) {
      const item = value[member.name];
      if (item !== undefined && item !== null)
        headers[member.wireName.toLowerCase()] = member.codec.writeText(item);
    }
    const status = this.outputStatusMember ? value[this.outputStatusMember.name] : undefined;
    const statusCode = typeof status === "number" ? status : this.schema.http.code;
    if (!this.outputHasBody) return { statusCode, headers, body: EMPTY_BODY };
    if (this.outputPayload) return writePayload(this.outputPayload, value, statusCode, headers);
    headers["content-type"] = "application/json";
    return { statusCode, headers, body: encodeJson(this.output.writeJson(value)) };
  }
}

/** Sets a member that was read; a required member missing from the wire is a violation. */
function set(
  input: Record<string, unknown>,
  member: MemberCodec,
  raw: unknown,
  value: unknown,
  violations: Violations,
) {
  if (raw === undefined || raw === null) {
    if (member.required) violations.add(undefined, member.pathName, constraint.required);
  } else if (value !== undefined) {
    input[member.name] = value;
  }
}

function readQueryMember(
  member: MemberCodec,
  values: readonly string[] | undefined,
  violations: Violations,
) {
  if (values === undefined) return undefined;
  const path = member.pathName;
  if (member.codec.readTextList) return member.codec.readTextList(values, path, violations);
  if (values.length > 1) {
    violations.add(values, path, "Member must be given once");
    return undefined;
  }
  return member.codec.readText(values[0], path, violations);
}

function payloadOf(structure: StructureCodec): PayloadMember | undefined {
  const index = structure.members.findIndex((m) => m.location === "payload");
  if (index === -1) return undefined;
  return { member: structure.members[index], kind: structure.schema.members[index].value.type };
}

function readPayload(payload: PayloadMember, body: Uint8Array, violations: Violations): unknown {
  const path = payload.member.pathName;
  switch (payload.kind) {
    case "blob":
      return body.length === 0 ? undefined : body;
    case "string":
    case "enum":
      return body.length === 0
        ? undefined
        : payload.member.codec.readText(decodeText(body), path, violations);
    default:
      return body.length === 0
        ? undefined
        : payload.member.codec.readJson(parseJsonObject(body), path, violations);
  }
}

function writePayload(
  payload: PayloadMember,
  output: Record<string, unknown>,
  statusCode: number,
  headers: Record<string, string>,
): EncodedOutput {
  const value = output[payload.member.name];
  if (value === undefined || value === null) return { statusCode, headers, body: EMPTY_BODY };
  switch (payload.kind) {
    case "blob":
      headers["content-type"] ??= "application/octet-stream";
      return { statusCode, headers, body: value as Uint8Array };
    case "string":
    case "enum":
      headers["content-type"] ??= "text/plain";
      return { statusCode, headers, body: encodeText(value as string) };
    default: {
      headers["content-type"] ??= "application/json";
      const write = payload.member.codec.writeJson;
      return { statusCode, headers, body: encodeJson(write ? write(value) : value) };
    }
  }
}
