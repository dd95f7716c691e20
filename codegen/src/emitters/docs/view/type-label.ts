import type { TypeRef, ValueIr } from "../../../ir/types.ts";
import { shapeLink, text, type InlinePart, type LinkContext } from "./links.ts";

const PRIMITIVE_NAMES: Record<string, { one: string; many: string }> = {
  string: { one: "String", many: "strings" },
  boolean: { one: "Boolean", many: "booleans" },
  integer: { one: "Integer", many: "integers" },
  long: { one: "Long", many: "longs" },
  float: { one: "Float", many: "floats" },
  double: { one: "Double", many: "doubles" },
  timestamp: { one: "Timestamp", many: "timestamps" },
  blob: { one: "Blob", many: "blobs" },
  document: { one: "Document", many: "documents" },
};

/**
 * How a type reads in a member table, in the reference's words: `String`,
 * `User object`, `Array of User objects`, `Array of strings`; enums name their
 * shape (`License (string enum)`) so the reader can open the list of values.
 */
export function typeLabel(type: TypeRef, links: LinkContext): InlinePart[] {
  switch (type.kind) {
    case "enum":
      return [shapeLink(links, type.shape), text(" (string enum)")];
    case "structure":
      return [shapeLink(links, type.shape), text(" object")];
    case "list":
      return [text("Array of "), ...pluralLabel(type.member, links)];
    case "map":
      return [
        text("Map of "),
        ...pluralLabel(type.key, links),
        text(" to "),
        ...pluralLabel(type.value, links),
      ];
    default:
      return [text(PRIMITIVE_NAMES[type.kind].one)];
  }
}

function pluralLabel(value: ValueIr, links: LinkContext): InlinePart[] {
  const type = value.type;
  switch (type.kind) {
    case "enum":
      return [shapeLink(links, type.shape), text(" strings")];
    case "structure":
      return [shapeLink(links, type.shape), text(" objects")];
    case "list":
      return [text("arrays of "), ...pluralLabel(type.member, links)];
    case "map":
      return [
        text("maps of "),
        ...pluralLabel(type.key, links),
        text(" to "),
        ...pluralLabel(type.value, links),
      ];
    default:
      return [text(PRIMITIVE_NAMES[type.kind].many)];
  }
}
