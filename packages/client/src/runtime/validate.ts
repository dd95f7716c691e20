import { ChimeValidationError } from "./exceptions.js";
import type { MemberSchema, OperationSchema, ValueSchema } from "./schema.js";

/**
 * Checks an input before it is serialized: every required member is present
 * (at any depth) and every URI label is a non-empty string that keeps the
 * path intact. Throws a `ChimeValidationError` naming the member otherwise.
 */
export function validateInput(operation: OperationSchema, input: Record<string, unknown>): void {
  if (input === null || typeof input !== "object") {
    throw new ChimeValidationError(operation.name, "(input)", "must be an object");
  }
  for (const member of operation.input) {
    const value = input[member.name];
    if (member.location === "label") {
      checkLabel(operation.name, member.name, value);
    } else if (value === undefined || value === null) {
      if (member.required && !member.idempotencyToken) {
        throw new ChimeValidationError(operation.name, member.name, "is required");
      }
    } else {
      checkValue(operation.name, member.name, member.schema, value);
    }
  }
}

function checkLabel(operation: string, name: string, value: unknown): void {
  if (value === undefined || value === null) {
    throw new ChimeValidationError(operation, name, "is required (it is a URI label)");
  }
  const text = String(value);
  if (text === "") {
    throw new ChimeValidationError(operation, name, "must not be empty (it is a URI label)");
  }
  if (text === "." || text === "..") {
    throw new ChimeValidationError(operation, name, `must not be "${text}" (it is a URI label)`);
  }
}

function checkValue(operation: string, path: string, schema: ValueSchema, value: unknown): void {
  if (typeof schema === "string" || value === null || typeof value !== "object") {
    return;
  }
  switch (schema.kind) {
    case "structure":
      checkMembers(operation, path, schema.members, value as Record<string, unknown>);
      return;
    case "list":
      if (Array.isArray(value)) {
        value.forEach((item, index) =>
          checkValue(operation, `${path}[${index}]`, schema.member, item),
        );
      }
      return;
    case "map":
      for (const [key, item] of Object.entries(value)) {
        checkValue(operation, `${path}.${key}`, schema.value, item);
      }
      return;
  }
}

function checkMembers(
  operation: string,
  path: string,
  members: readonly MemberSchema[],
  value: Record<string, unknown>,
): void {
  for (const member of members) {
    const memberValue = value[member.name];
    const memberPath = `${path}.${member.name}`;
    if (memberValue === undefined || memberValue === null) {
      if (member.required) {
        throw new ChimeValidationError(operation, memberPath, "is required");
      }
    } else {
      checkValue(operation, memberPath, member.schema, memberValue);
    }
  }
}
