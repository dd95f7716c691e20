import type { ModelIr, OperationIr } from "../../ir/types.ts";
import {
  commandName,
  docsOperationPath,
  factoryName,
  itemIteratorName,
  methodName,
  paginatorName,
} from "../../naming.ts";
import {
  objectLiteral,
  propertyAccess,
  requiredExampleMembers,
  requiredShapeMembers,
  type ExampleMember,
} from "./example-input.ts";
import { rootCollection, type FeaturedResource } from "./featured.ts";
import { inWords } from "./prose.ts";
import type { EnumExample, ListExample, ReadExample, RootExample, ShapeExample } from "./view.ts";

/** `GetUser` with its required members: the call every README shows first. */
export function readExample(ir: ModelIr, featured: FeaturedResource): ReadExample {
  const { read } = featured;
  const required = requiredExampleMembers(ir, read);
  const names = required.map((member) => member.name);
  return {
    command: commandName(read.name),
    method: methodName(read.name),
    input: read.input,
    output: read.output,
    args: objectLiteral(required),
    required: names.join(", "),
    requiredInWords: inWords(names.map((name) => `\`${name}\``)),
    key: `\`${names.map((name) => `\${${name}}`).join("/")}\``,
    identifier: names[names.length - 1] ?? featured.readMember.name,
    member: featured.readMember.name,
    error: notFoundError(ir, read),
    docsPage: docsOperationPath(read.name, "html"),
  };
}

/**
 * The structure the read returns (`User`), built from its required members
 * and its first optional enum member (`LicenseType: License.Basic`).
 */
export function shapeExample(
  ir: ModelIr,
  featured: FeaturedResource,
): { shape: ShapeExample; enumExample: EnumExample | null } {
  const { shape } = featured;
  const required = requiredShapeMembers(ir, shape);
  const enumMember = [...shape.members].find(
    (member) => member.type.kind === "enum" && !member.required,
  );
  const enumShape = enumMember && ir.enums.find((found) => found.name === enumMember.type.shape);
  const value = enumShape?.values[0];
  const enumExample =
    enumMember && enumShape && value
      ? {
          type: enumShape.name,
          member: enumMember.name,
          key: `${enumShape.name}${propertyAccess(value.name)}`,
          value: value.value,
        }
      : null;
  const members: ExampleMember[] = enumExample
    ? [...required, { name: enumExample.member, value: enumExample.key }]
    : required;
  return {
    shape: {
      name: shape.name,
      variable: factoryName(shape.name),
      literal: objectLiteral(members),
      required: inWords(required.map((member) => `\`${member.name}\``)) || "none",
    },
    enumExample,
  };
}

/** `paginateListUsers` and `listUsersItems` with the list's required members. */
export function listExample(ir: ModelIr, list: OperationIr): ListExample {
  const required = requiredExampleMembers(ir, list);
  const names = required.map((member) => member.name);
  return {
    paginator: paginatorName(list.name),
    itemIterator: itemIteratorName(list.name),
    args: objectLiteral(required),
    shorthand: names.length === 0 ? "{}" : `{ ${names.join(", ")} }`,
    items: list.paginated?.items ?? null,
  };
}

/** `CreateAccount` then `ListAccounts`, or null when the model has no such pair. */
export function rootExample(ir: ModelIr): RootExample | null {
  const root = rootCollection(ir);
  if (root === undefined) return null;
  return {
    create: {
      command: commandName(root.create.name),
      args: objectLiteral(requiredExampleMembers(ir, root.create)),
    },
    list: { command: commandName(root.list.name), items: root.list.paginated?.items ?? null },
  };
}

/** The operation's error with status 404, else its first client error, else its first error. */
function notFoundError(ir: ModelIr, operation: OperationIr): string {
  const errors = ir.errors.filter((error) => operation.errors.includes(error.name));
  const chosen =
    errors.find((error) => error.error?.httpStatus === 404) ??
    errors.find((error) => error.error?.fault === "client") ??
    errors[0];
  if (chosen === undefined) {
    throw new Error(
      `readme emitter: ${operation.name}, the examples' read operation, models no error to show`,
    );
  }
  return chosen.name;
}
