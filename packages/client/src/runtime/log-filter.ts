import type { MemberSchema, ValueSchema } from "./schema.js";

/** What a sensitive value is replaced with in logs, as in the AWS SDKs. */
export const SENSITIVE_STRING = "***SensitiveInformation***";

/** A copy of a structure's value, fit for logs: sensitive members are replaced. */
export function hideSensitive(members: readonly MemberSchema[], value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    return value;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...source };
  for (const member of members) {
    const memberValue = source[member.name];
    if (memberValue !== undefined && memberValue !== null) {
      copy[member.name] = member.sensitive
        ? SENSITIVE_STRING
        : hideSensitiveValue(member.schema, memberValue);
    }
  }
  return copy;
}

function hideSensitiveValue(schema: ValueSchema, value: unknown): unknown {
  if (typeof schema === "string" || value === null || typeof value !== "object") {
    return value;
  }
  switch (schema.kind) {
    case "structure":
      return hideSensitive(schema.members, value);
    case "list":
      return Array.isArray(value)
        ? value.map((item) =>
            schema.sensitive ? SENSITIVE_STRING : hideSensitiveValue(schema.member, item),
          )
        : value;
    case "map":
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          schema.sensitive ? SENSITIVE_STRING : hideSensitiveValue(schema.value, item),
        ]),
      );
  }
}
