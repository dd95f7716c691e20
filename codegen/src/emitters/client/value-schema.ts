import type { MemberIr, StructureIr, TypeRef, ValueIr } from "../../ir/types.ts";
import { structureSchemaName } from "../../naming.ts";
import { reference, type LiteralValue } from "../shared/literal.ts";

/**
 * The runtime `ValueSchema` of a value, as literal data:
 * `{ kind: "list", member: UserSchema }` for a list of `User`,
 * `"date-time"` for a timestamp, `"string"` for a string or enum.
 * Structures are referred to by their schema's name.
 */
export function valueSchema(value: ValueIr, where: string): LiteralValue {
  return typeSchema(value.type, where);
}

function typeSchema(type: TypeRef, where: string): LiteralValue {
  switch (type.kind) {
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
      return type.format;
    case "structure":
      return reference(structureSchemaName(type.shape));
    case "list":
      return {
        kind: "list",
        member: typeSchema(type.member.type, `${where}[]`),
        sensitive: type.member.sensitive || undefined,
      };
    case "map":
      return {
        kind: "map",
        value: typeSchema(type.value.type, `${where}{}`),
        sensitive: type.value.sensitive || undefined,
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
