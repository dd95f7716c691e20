import ts from "typescript";
import { describe, expect, it } from "vitest";
import { fixtureFactories } from "../../../src/emitters/mocks/fixture-factories.ts";
import { fixtureFactoryTests } from "../../../src/emitters/mocks/fixture-factory-tests.ts";
import type { MemberIr, ModelIr, ShapeIr, StructureIr } from "../../../src/ir/types.ts";
import { generatedHeader } from "../../../src/naming.ts";

function member(name: string, index: number, partial: Partial<MemberIr> = {}): MemberIr {
  return {
    name,
    type: { kind: "string" },
    constraints: {},
    sensitive: false,
    required: false,
    binding: { location: "body", jsonName: name },
    idempotencyToken: false,
    index,
    ...partial,
  };
}

/** The factories name structures only; their members and constraints are read from the server's schema at run time. */
const USER: StructureIr = {
  kind: "structure",
  name: "User",
  sensitive: false,
  members: [member("UserId", 0, { required: true })],
};

const TAG: StructureIr = {
  kind: "structure",
  name: "Tag",
  sensitive: false,
  members: [member("Key", 0, { required: true })],
};

function model(): ModelIr {
  const shapes: ShapeIr[] = [TAG, USER];
  return {
    service: {
      shapeId: "com.amazonaws.chime#Chime",
      namespace: "com.amazonaws.chime",
      name: "Chime",
      version: "2018-05-01",
      sdkId: "Chime",
      endpointPrefix: "chime",
      signingName: "chime",
      commonErrors: [],
    },
    operations: [],
    shapes: new Map(shapes.map((shape) => [shape.name, shape])),
    shapeNames: ["Tag", "User"],
    structures: [TAG, USER],
    enums: [],
    errors: [],
    resources: [],
    sources: ["model/chime.json"],
  };
}

describe("fixture factory modules of the mocks emitter", () => {
  it("declares one typed factory per structure under its factory name", () => {
    const { path, contents } = fixtureFactories(model());
    expect(path).toBe("packages/mocks/src/generated/factories.ts");
    expect(contents.startsWith(generatedHeader("ts"))).toBe(true);
    expect(contents).toContain('import type { Tag, User } from "@chimekit/types";');
    expect(contents).toContain(
      'user: (overrides?: Partial<User>, options?: FakeOptions): User => fakeStructure<User>("User", overrides, options)',
    );
    expect(contents).toMatch(/\btag: \(overrides\?: Partial<Tag>/);
  });

  it("writes one validation test per structure", () => {
    const { path, contents } = fixtureFactoryTests(model());
    expect(path).toBe("packages/mocks/test/generated/factories.test.ts");
    expect(contents.match(/\bit\("/g)).toHaveLength(2);
    expect(contents).toContain('shapeViolations("User", fake.user(undefined, { seed }))');
    const parsed = ts.createSourceFile("t.ts", contents, ts.ScriptTarget.ES2022);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });

  it("is deterministic", () => {
    for (const emit of [fixtureFactories, fixtureFactoryTests])
      expect(emit(model())).toEqual(emit(model()));
  });
});
