import type { MemberSchema, OperationSchema, ServiceSchema } from "../../src/generated/index.js";

/** One way to make a valid input invalid: a single member broken against its schema. */
export interface Mutation {
  description: string;
  apply(input: Record<string, unknown>): Record<string, unknown>;
}

const NON_MATCHING = [" ", "\t", "!", "a b", "us", "@", "é", "0"];

/**
 * Every single-member break of an operation's input the schema allows: a
 * required member left out, a value beyond a length or range bound, outside
 * its enum, off its pattern, or of the wrong type. Each must be rejected
 * before the service method runs.
 */
export function invalidMutations(schema: ServiceSchema, operation: OperationSchema): Mutation[] {
  const enums = schema.enums;
  return schema.structures[operation.input].members.flatMap((member) =>
    memberMutations(member, enums),
  );
}

function memberMutations(member: MemberSchema, enums: ServiceSchema["enums"]): Mutation[] {
  const out: Mutation[] = [];
  const set = (description: string, value: unknown): Mutation => ({
    description: `${member.name}: ${description}`,
    apply: (input) => ({ ...input, [member.name]: value }),
  });
  const label = member.location.in === "label";
  const textual = member.location.in !== "body";
  if (member.required && !label) {
    out.push({
      description: `${member.name}: missing`,
      apply: (input) => {
        const copy = { ...input };
        delete copy[member.name];
        return copy;
      },
    });
  }
  const value = member.value;
  switch (value.type) {
    case "string":
    case "enum": {
      const { min, max } = value.length ?? {};
      if (max !== undefined && max < 4096) out.push(set(`longer than ${max}`, "x".repeat(max + 1)));
      if (min !== undefined && min > (label ? 1 : 0))
        out.push(set(`shorter than ${min}`, "x".repeat(min - 1)));
      if (value.pattern !== undefined) {
        const regex = new RegExp(value.pattern, "u");
        const bad = NON_MATCHING.find(
          (s) =>
            !regex.test(s) &&
            (min === undefined || s.length >= min) &&
            (max === undefined || s.length <= max),
        );
        if (bad !== undefined) out.push(set(`not matching ${value.pattern}`, bad));
      }
      if (value.type === "enum") {
        const values = enums[value.enum];
        out.push(set("not in its enum", values.join("") + "X"));
      }
      if (!textual) out.push(set("a number instead of a string", 42));
      break;
    }
    case "integer":
    case "long":
    case "float":
    case "double":
      if (value.range?.min !== undefined)
        out.push(set(`below ${value.range.min}`, value.range.min - 1));
      if (value.range?.max !== undefined)
        out.push(set(`above ${value.range.max}`, value.range.max + 1));
      out.push(set("text instead of a number", "abc"));
      break;
    case "boolean":
      out.push(set("text instead of a boolean", "maybe"));
      break;
    case "timestamp":
      out.push(set("text instead of a timestamp", "not-a-date"));
      break;
    case "structure":
    case "list":
    case "map":
      if (!textual) out.push(set(`text instead of a ${value.type}`, "not-a-" + value.type));
      break;
  }
  return out;
}
