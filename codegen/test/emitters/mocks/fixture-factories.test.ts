import ts from "typescript";
import { describe, expect, it } from "vitest";
import { fixtureFactories } from "../../../src/emitters/mocks/fixture-factories.ts";
import { fixtureFactoryTests } from "../../../src/emitters/mocks/fixture-factory-tests.ts";
import { fixtureShapeTable } from "../../../src/emitters/mocks/fixture-shape-table.ts";
import type { EnumIr, MemberIr, ModelIr, ShapeIr, StructureIr } from "../../../src/ir/types.ts";
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

const LICENSE: EnumIr = {
  kind: "enum",
  name: "License",
  values: [
    { name: "BASIC", value: "Basic" },
    { name: "PRO", value: "Pro" },
  ],
};

const USER: StructureIr = {
  kind: "structure",
  name: "User",
  sensitive: false,
  members: [
    member("UserId", 0, { required: true, constraints: { pattern: ".*\\S.*" } }),
    member("LicenseType", 2, { type: { kind: "enum", shape: "License" } }),
    member("Tags", 1, {
      type: {
        kind: "list",
        shape: "TagList",
        member: {
          type: { kind: "structure", shape: "Tag" },
          constraints: {},
          sensitive: false,
        },
      },
      constraints: { length: { min: 1, max: 5 } },
    }),
    member("Seats", 3, { type: { kind: "integer" }, constraints: { range: { min: 1, max: 9 } } }),
  ],
};

const TAG: StructureIr = {
  kind: "structure",
  name: "Tag",
  sensitive: false,
  members: [member("Key", 0, { required: true, constraints: { length: { min: 1, max: 128 } } })],
};

function model(): ModelIr {
  const shapes: ShapeIr[] = [LICENSE, TAG, USER];
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
    shapeNames: ["License", "Tag", "User"],
    structures: [TAG, USER],
    enums: [LICENSE],
    errors: [],
    resources: [],
    sources: ["model/chime.json"],
  };
}

async function load(contents: string): Promise<Record<string, unknown>> {
  const js = ts.transpileModule(contents, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);
}

describe("fixture factory modules of the mocks emitter", () => {
  it("tables every structure's members in model order, with constraints and inline enum values", async () => {
    const file = fixtureShapeTable(model());
    expect(file.path).toBe("packages/mocks/src/generated/fixture-shapes.ts");
    const { fixtureShapes } = await load(file.contents);
    expect(fixtureShapes).toEqual({
      Tag: {
        members: [
          { name: "Key", required: true, value: { type: "string", length: { min: 1, max: 128 } } },
        ],
      },
      User: {
        members: [
          { name: "UserId", required: true, value: { type: "string", pattern: ".*\\S.*" } },
          {
            name: "Tags",
            value: {
              type: "list",
              member: { type: "structure", shape: "Tag" },
              length: { min: 1, max: 5 },
            },
          },
          { name: "LicenseType", value: { type: "enum", values: ["Basic", "Pro"] } },
          { name: "Seats", value: { type: "integer", range: { min: 1, max: 9 } } },
        ],
      },
    });
  });

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
    for (const emit of [fixtureShapeTable, fixtureFactories, fixtureFactoryTests])
      expect(emit(model())).toEqual(emit(model()));
  });
});
