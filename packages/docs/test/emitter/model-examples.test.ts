import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadIr } from "@chimekit/codegen";
import { sampleInput, structureNamed, violations } from "@chimekit/codegen/docs-emitter";

const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const ir = loadIr(REPO_ROOT);

describe("the example calls of the real model", () => {
  it.each(ir.operations.map((operation) => [operation.name, operation] as const))(
    "%s passes every required member, each value valid",
    (_name, operation) => {
      const input = sampleInput(ir, operation);
      const given = new Set(input.map((entry) => entry.member.name));
      const missing = structureNamed(ir, operation.input)
        .members.filter((member) => member.required && !given.has(member.name))
        .map((member) => `${member.name}: required but missing`);
      const invalid = input.flatMap(({ member, value }) =>
        violations(ir, member, value, member.name),
      );
      expect([...missing, ...invalid]).toEqual([]);
    },
  );
});
