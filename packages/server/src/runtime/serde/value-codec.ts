import type { MemberSchema, ServiceSchema, ValueSchema } from "../schema/types.js";
import { lengthChecks, rangeChecks, stringChecks } from "../validation/checks.js";
import { constraint, memberPathName } from "../validation/violations.js";
import type { MemberCodec, StructureCodec, ValueCodec } from "./codec-types.js";
import { listCodec, mapCodec } from "./collection-codecs.js";
import { scalarCodec, textCodec } from "./scalar-codecs.js";
import {
  base64Decode,
  base64Encode,
  booleanFromText,
  floatFromWire,
  floatToJson,
  integerFromText,
  isInteger32,
  isLong,
  timestampFromWire,
  timestampToWire,
} from "./scalars.js";
import { readStructure, writeStructure } from "./structure-codec.js";

export type { MemberCodec, StructureCodec, ValueCodec } from "./codec-types.js";

/** Compiles schema nodes into codecs, each structure once (which also makes recursion safe). */
export class CodecCompiler {
  private readonly structures = new Map<string, StructureCodec>();
  private readonly enumSets = new Map<string, ReadonlySet<string>>();

  constructor(private readonly service: ServiceSchema) {}

  structure(name: string): StructureCodec {
    const cached = this.structures.get(name);
    if (cached) return cached;
    const schema = this.service.structures[name];
    if (!schema) throw new Error(`The service schema has no structure named ${name}`);
    const members: MemberCodec[] = [];
    const bodyMembers: MemberCodec[] = [];
    const codec: StructureCodec = {
      name,
      schema,
      members,
      readJson: (raw, path, violations) => readStructure(codec, raw, path, violations),
      writeJson: (value) => writeStructure(bodyMembers, value),
    };
    this.structures.set(name, codec);
    for (const member of schema.members) {
      const compiled = this.member(member);
      members.push(compiled);
      if (compiled.location === "body") bodyMembers.push(compiled);
    }
    return codec;
  }

  member(member: MemberSchema): MemberCodec {
    const location = member.location;
    const wireName =
      location.in === "query" || location.in === "header"
        ? location.name
        : location.in === "body"
          ? (location.name ?? member.name)
          : member.name;
    return {
      name: member.name,
      pathName: memberPathName(member.name),
      wireName,
      required: member.required === true,
      location: location.in,
      codec: this.value(member.value),
    };
  }

  value(schema: ValueSchema): ValueCodec {
    const sensitive = schema.sensitive === true;
    switch (schema.type) {
      case "string":
        return textCodec(
          stringChecks(schema.length, schema.pattern, undefined, sensitive),
          sensitive,
        );
      case "enum":
        return textCodec(
          stringChecks(schema.length, schema.pattern, this.enumValues(schema.enum), sensitive),
          sensitive,
        );
      case "boolean":
        return scalarCodec(
          (raw) => (typeof raw === "boolean" ? raw : undefined),
          booleanFromText,
          "boolean",
          [],
          sensitive,
        );
      case "integer":
      case "long": {
        const fits = schema.type === "integer" ? isInteger32 : isLong;
        return scalarCodec(
          (raw) => (typeof raw === "number" && fits(raw) ? raw : undefined),
          (text) => {
            const n = integerFromText(text);
            return n !== undefined && fits(n) ? n : undefined;
          },
          schema.type,
          rangeChecks(schema.range, sensitive),
          sensitive,
        );
      }
      case "float":
      case "double":
        return {
          ...scalarCodec(
            floatFromWire,
            floatFromWire,
            schema.type,
            rangeChecks(schema.range, sensitive),
            sensitive,
          ),
          writeJson: (value) => floatToJson(value as number),
        };
      case "timestamp": {
        const format = schema.format;
        return {
          ...scalarCodec(
            (raw) => timestampFromWire(raw, format),
            (text) => timestampFromWire(text, format),
            `timestamp in ${format} format`,
            [],
            sensitive,
          ),
          writeJson: (value) => timestampToWire(value as Date, format),
          writeText: (value) => String(timestampToWire(value as Date, format)),
        };
      }
      case "blob":
        return {
          ...scalarCodec(
            (raw) => (typeof raw === "string" ? base64Decode(raw) : undefined),
            base64Decode,
            "base64-encoded blob",
            lengthChecks(schema.length, (v: Uint8Array) => v.length, sensitive),
            sensitive,
          ),
          writeJson: (value) => base64Encode(value as Uint8Array),
          writeText: (value) => base64Encode(value as Uint8Array),
        };
      case "document":
        return {
          readJson: (raw) => raw,
          readText: (raw) => raw,
          writeText: (value) => JSON.stringify(value),
        };
      case "structure": {
        const structure = this.structure(schema.structure);
        return {
          readJson: (raw, path, violations) => structure.readJson(raw, path, violations),
          readText: (raw, path, violations) => {
            violations.add(raw, path, constraint.type("structure"), sensitive);
            return undefined;
          },
          writeJson: (value) => structure.writeJson(value as Record<string, unknown>),
          writeText: (value) =>
            JSON.stringify(structure.writeJson(value as Record<string, unknown>)),
        };
      }
      case "list":
        return listCodec(this.value(schema.member), schema.length, sensitive);
      case "map":
        return mapCodec(this.value(schema.key), this.value(schema.value), schema.length, sensitive);
    }
  }

  private enumValues(name: string): ReadonlySet<string> {
    let values = this.enumSets.get(name);
    if (!values) {
      const list = this.service.enums[name];
      if (!list) throw new Error(`The service schema has no enum named ${name}`);
      values = new Set(list);
      this.enumSets.set(name, values);
    }
    return values;
  }
}
