import type { EnumShapeNode, MemberNode, ShapeId } from "../../model/smithy-ast.ts";
import { breaking, feature, type ModelChange } from "../change.ts";
import { memberId } from "../member.ts";
import { pairRenames } from "../renames.ts";
import { compareTraits } from "../traits.ts";

const ENUM_VALUE = "smithy.api#enumValue";

/**
 * Enum and intEnum shapes, member by member. A member keeps its identity by
 * name; a removed and an added member with the same value are a rename (the
 * generated constant's key changes, so it still breaks).
 */
export function compareEnum(
  id: ShapeId,
  before: EnumShapeNode,
  after: EnumShapeNode,
): ModelChange[] {
  const was = before.members;
  const now = after.members;
  const { renames, removed, added } = pairRenames(
    Object.keys(was).filter((name) => !(name in now)),
    Object.keys(now).filter((name) => !(name in was)),
    (oldName, newName) => enumValue(oldName, was[oldName]) === enumValue(newName, now[newName]),
  );
  const surviving = Object.keys(was)
    .filter((name) => name in now)
    .sort();
  return [
    ...compareTraits(id, before.traits, after.traits),
    ...renames.map(([oldName, newName]) =>
      breaking("enum-member-renamed", memberId(id, oldName), `enum member renamed to ${newName}`),
    ),
    ...removed.map((name) =>
      breaking(
        "enum-value-removed",
        memberId(id, name),
        `enum value ${formatEnumValue(enumValue(name, was[name]))} removed`,
      ),
    ),
    ...added.map((name) =>
      feature(
        "enum-value-added",
        memberId(id, name),
        `enum value ${formatEnumValue(enumValue(name, now[name]))} added`,
      ),
    ),
    ...surviving.flatMap((name) =>
      compareEnumMember(memberId(id, name), name, was[name], now[name]),
    ),
  ];
}

function compareEnumMember(
  subject: ShapeId,
  name: string,
  before: MemberNode,
  after: MemberNode,
): ModelChange[] {
  const was = enumValue(name, before);
  const now = enumValue(name, after);
  const valueChange =
    was === now
      ? []
      : [
          breaking(
            "enum-value-changed",
            subject,
            `enum value ${formatEnumValue(was)} became ${formatEnumValue(now)}`,
          ),
        ];
  return [...valueChange, ...compareTraits(subject, before.traits, after.traits, [ENUM_VALUE])];
}

/** An enum member's wire value: its `enumValue` trait, or its name when it has none. */
function enumValue(name: string, member: MemberNode): string | number {
  const value = member.traits?.[ENUM_VALUE];
  return typeof value === "string" || typeof value === "number" ? value : name;
}

function formatEnumValue(value: string | number): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
