import type { ValueSchema } from "@chimekit/server";
import type { MemberIr, TypeRef, ValueIr } from "../../ir/types.ts";
import { structureSchemaName } from "../../naming.ts";
import { reference, type LiteralValue } from "../shared/literal.ts";
import { valueSchema as runtimeValueSchema } from "../shared/runtime-schema.ts";

/**
 * The client's `ValueSchema` of a value, as literal data: the shared runtime
 * description cut down to what JSON serialization needs.
 * `{ kind: "list", member: UserSchema }` for a list of `User`,
 * `"date-time"` for a timestamp, `"string"` for a string or enum.
 * Structures are referred to by their schema's name.
 */
export function valueSchema(value: ValueIr, where: string): LiteralValue {
  return serdeSchema(runtimeValueSchema(value), where);
}

function serdeSchema(schema: ValueSchema, where: string): LiteralValue {
  switch (schema.type) {
    case "string":
    case "enum":
      return "string";
    case "boolean":
      return "boolean";
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "document":
      return "document";
    case "timestamp":
      return schema.format;
    case "structure":
      return reference(structureSchemaName(schema.structure));
    case "list":
      return {
        kind: "list",
        member: serdeSchema(schema.member, `${where}[]`),
        sensitive: schema.member.sensitive,
      };
    case "map":
      return {
        kind: "map",
        value: serdeSchema(schema.value, `${where}{}`),
        sensitive: schema.value.sensitive,
      };
    case "blob":
      throw new Error(
        `client emitter: ${where} is a blob, which the client's JSON serde does not support yet`,
      );
  }
}

/** The runtime `MemberSchema` fields every member has, wherever it travels. */
export function memberSchemaFields(
  member: MemberIr,
  owner: string,
): Record<string, LiteralValue | undefined> {
  const jsonName = member.binding.location === "body" ? member.binding.jsonName : undefined;
  return {
    name: member.name,
    jsonName: jsonName !== undefined && jsonName !== member.name ? jsonName : undefined,
    schema: valueSchema(member, `${owner}.${member.name}`),
    required: member.required || undefined,
    sensitive: member.sensitive || undefined,
  };
}

/** The structures a type refers to directly (through lists and maps, not through other structures). */
export function referencedStructures(type: TypeRef): string[] {
  switch (type.kind) {
    case "structure":
      return [type.shape];
    case "list":
      return referencedStructures(type.member.type);
    case "map":
      return referencedStructures(type.value.type);
    default:
      return [];
  }
}
