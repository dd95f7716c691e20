import type { MemberSchema, OperationSchema, ServiceSchema, ValueSchema } from "@chimekit/server";
import fc from "fast-check";
import { toWireRequest, type WireRequest } from "./wire-request.js";

/**
 * A way to break a valid request. `invalid` mutations make a request the
 * model rejects, so the answer must be an AWS-shaped 4xx; `hostile` ones make
 * a request that may still be valid (AWS ignores unknown members, accepts any
 * Unicode in free text) but must never get a 5xx.
 */
export interface Mutation {
  name: string;
  kind: "invalid" | "hostile";
  /** The mutated request, or undefined when the mutation does not apply to this operation. */
  apply(
    service: ServiceSchema,
    operation: OperationSchema,
    input: Record<string, unknown>,
  ): fc.Arbitrary<WireRequest> | undefined;
}

function members(service: ServiceSchema, operation: OperationSchema): readonly MemberSchema[] {
  return service.structures[operation.input].members;
}

function bodyMembers(service: ServiceSchema, operation: OperationSchema): MemberSchema[] {
  return members(service, operation).filter((member) => member.location.in === "body");
}

function jsonName(member: MemberSchema): string {
  return member.location.in === "body" ? (member.location.name ?? member.name) : member.name;
}

/** The wire request with one body member's JSON value replaced. */
function withBodyMember(wire: WireRequest, name: string, value: unknown): WireRequest {
  const body = wire.body.length
    ? (JSON.parse(wire.body.toString()) as Record<string, unknown>)
    : {};
  body[name] = value;
  return {
    ...wire,
    headers: { ...wire.headers, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(body)),
  };
}

function wrongTypeOf(value: ValueSchema): unknown {
  switch (value.type) {
    case "string":
    case "enum":
    case "blob":
      return 12345;
    case "timestamp":
      return "not a timestamp";
    case "boolean":
      return "yes";
    case "integer":
    case "long":
    case "float":
    case "double":
      return "many";
    case "list":
      return { not: "a list" };
    case "map":
    case "structure":
      return ["not", "an", "object"];
    case "document":
      return undefined;
  }
}

/** A member the mutation may change: present in the wire request, in the body, query or a label. */
function pick<T>(candidates: T[]): fc.Arbitrary<T> | undefined {
  return candidates.length ? fc.constantFrom(...candidates) : undefined;
}

function ifBody(service: ServiceSchema, operation: OperationSchema): boolean {
  return bodyMembers(service, operation).length > 0;
}

function deeplyNested(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "wrong type of a body member",
    kind: "invalid",
    apply(service, operation, input) {
      const wire = toWireRequest(service, operation, input);
      return pick(bodyMembers(service, operation).filter((m) => m.value.type !== "document"))?.map(
        (member) => withBodyMember(wire, jsonName(member), wrongTypeOf(member.value)),
      );
    },
  },
  {
    name: "missing required member",
    kind: "invalid",
    apply(service, operation, input) {
      const required = members(service, operation).filter(
        (m) => m.required && (m.location.in === "body" || m.location.in === "query"),
      );
      return pick(required)?.map((member) => {
        const rest = { ...input };
        delete rest[member.name];
        return toWireRequest(service, operation, rest);
      });
    },
  },
  {
    name: "string one over its maximum length",
    kind: "invalid",
    apply(service, operation, input) {
      const bounded = members(service, operation).filter(
        (m) =>
          m.value.type === "string" &&
          m.value.length?.max !== undefined &&
          m.location.in !== "label",
      );
      return pick(bounded)?.map((member) => {
        const max = (member.value as { length: { max: number } }).length.max;
        return toWireRequest(service, operation, { ...input, [member.name]: "a".repeat(max + 1) });
      });
    },
  },
  {
    name: "string one under its minimum length",
    kind: "invalid",
    apply(service, operation, input) {
      const bounded = members(service, operation).filter(
        (m) =>
          m.value.type === "string" && (m.value.length?.min ?? 0) > 0 && m.location.in !== "label",
      );
      return pick(bounded)?.map((member) => {
        const min = (member.value as { length: { min: number } }).length.min;
        return toWireRequest(service, operation, { ...input, [member.name]: "a".repeat(min - 1) });
      });
    },
  },
  {
    name: "number one outside its range",
    kind: "invalid",
    apply(service, operation, input) {
      const ranged = members(service, operation).filter(
        (m) => m.value.type === "integer" && m.value.range !== undefined,
      );
      return pick(ranged)?.chain((member) => {
        const range = (member.value as { range: { min?: number; max?: number } }).range;
        const outside = [
          ...(range.max === undefined ? [] : [range.max + 1]),
          ...(range.min === undefined ? [] : [range.min - 1]),
        ];
        return fc
          .constantFrom(...outside)
          .map((n) => toWireRequest(service, operation, { ...input, [member.name]: n }));
      });
    },
  },
  {
    name: "enum near-miss",
    kind: "invalid",
    apply(service, operation, input) {
      const enums = members(service, operation).filter((m) => m.value.type === "enum");
      return pick(enums)?.chain((member) => {
        const values = service.enums[(member.value as { enum: string }).enum];
        return fc
          .tuple(fc.constantFrom(...values), fc.constantFrom("lower", "suffix", "space"))
          .map(([value, how]) => {
            const miss =
              how === "lower" && value.toLowerCase() !== value
                ? value.toLowerCase()
                : how === "space"
                  ? ` ${value}`
                  : `${value}x`;
            return toWireRequest(service, operation, { ...input, [member.name]: miss });
          });
      });
    },
  },
  {
    name: "invalid UTF-8 in the body",
    kind: "invalid",
    apply(service, operation, input) {
      if (!ifBody(service, operation)) return undefined;
      const wire = toWireRequest(service, operation, input);
      return fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80]).map((bytes) => ({
        ...wire,
        body: Buffer.concat([Buffer.from('{"X":"'), Buffer.from(bytes), Buffer.from('"}')]),
      }));
    },
  },
  {
    name: "deeply nested body member",
    kind: "invalid",
    apply(service, operation, input) {
      const wire = toWireRequest(service, operation, input);
      return pick(bodyMembers(service, operation).filter((m) => m.value.type !== "document"))?.map(
        (member) => ({
          ...wire,
          body: Buffer.from(`{"${jsonName(member)}":${deeplyNested(20_000)}}`),
        }),
      );
    },
  },
  {
    name: "malformed query string",
    kind: "invalid",
    apply(service, operation, input) {
      const wire = toWireRequest(service, operation, input);
      return fc
        .constantFrom<[string, string]>(
          ["max-results", "%"],
          ["%zz", "1"],
          ["next-token", "%E0%A4"],
        )
        .map((pair) => ({ ...wire, query: [...wire.query, pair] }));
    },
  },
  {
    name: "bad percent-encoding in a label",
    kind: "invalid",
    apply(service, operation, input) {
      const labels = members(service, operation).filter((m) => m.location.in === "label");
      return pick(labels)?.chain((member) =>
        fc.constantFrom("%zz", "%", "%E0%A4%", "%C3%28").map((bad) => {
          const wire = toWireRequest(service, operation, { ...input, [member.name]: "LABEL" });
          return { ...wire, path: wire.path.replace("LABEL", bad) };
        }),
      );
    },
  },
  {
    name: "form body sent as the wrong content type",
    kind: "invalid",
    apply(service, operation, input) {
      if (!ifBody(service, operation)) return undefined;
      const wire = toWireRequest(service, operation, input);
      return fc.constant({
        ...wire,
        headers: { ...wire.headers, "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from("Name=value&Other=1"),
      });
    },
  },
  {
    name: "truncated body",
    kind: "invalid",
    apply(service, operation, input) {
      if (!ifBody(service, operation)) return undefined;
      const wire = toWireRequest(service, operation, input);
      if (wire.body.length < 2) return undefined;
      return fc
        .integer({ min: 1, max: wire.body.length - 1 })
        .map((cut) => ({ ...wire, body: wire.body.subarray(0, cut) }));
    },
  },
  {
    name: "extra unknown members",
    kind: "hostile",
    apply(service, operation, input) {
      const wire = toWireRequest(service, operation, input);
      return fc
        .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
        .map(([name, value]) => withBodyMember(wire, `Unknown${name}`, value));
    },
  },
  {
    name: "unicode and control characters in strings",
    kind: "hostile",
    apply(service, operation, input) {
      const strings = members(service, operation).filter((m) => m.value.type === "string");
      return pick(strings)?.chain((member) =>
        fc
          .string({ unit: "binary", minLength: 1, maxLength: 40 })
          .map((text) => toWireRequest(service, operation, { ...input, [member.name]: text })),
      );
    },
  },
  {
    name: "huge string",
    kind: "hostile",
    apply(service, operation, input) {
      const strings = members(service, operation).filter(
        (m) => m.value.type === "string" && m.location.in === "body",
      );
      return pick(strings)?.map((member) =>
        toWireRequest(service, operation, { ...input, [member.name]: "\u00e9".repeat(300_000) }),
      );
    },
  },
  {
    name: "duplicated query parameters",
    kind: "hostile",
    apply(service, operation, input) {
      const wire = toWireRequest(service, operation, input);
      if (wire.query.length === 0) return undefined;
      return fc.constantFrom(...wire.query).map(([name]) => ({
        ...wire,
        query: [...wire.query, [name, "other"] as [string, string]],
      }));
    },
  },
];
