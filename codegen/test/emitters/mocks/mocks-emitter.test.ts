import ts from "typescript";
import { describe, expect, it } from "vitest";
import { mocksEmitter } from "../../../src/emitters/mocks/index.ts";
// Imported up front, not inside the test: loading the whole generator takes seconds on a busy machine.
import { loadIr } from "../../../src/index.ts";
import type {
  MemberIr,
  ModelIr,
  OperationIr,
  ResourceIr,
  ShapeIr,
  StructureIr,
} from "../../../src/ir/types.ts";
import { generatedHeader } from "../../../src/naming.ts";

function member(name: string, partial: Partial<MemberIr> = {}): MemberIr {
  return {
    name,
    type: { kind: "string" },
    constraints: {},
    sensitive: false,
    required: false,
    binding: { location: "body", jsonName: name },
    idempotencyToken: false,
    index: 0,
    ...partial,
  };
}

function structure(name: string, members: MemberIr[]): StructureIr {
  return { kind: "structure", name, members, sensitive: false };
}

function operation(name: string, partial: Partial<OperationIr> = {}): OperationIr {
  return {
    name,
    http: { method: "GET", uri: "/", path: "/", segments: [], queryLiterals: {}, code: 200 },
    input: `${name}Request`,
    output: `${name}Response`,
    errors: ["BadRequestException", "NotFoundException"],
    readonly: true,
    idempotent: false,
    examples: [],
    requestTests: [],
    responseTests: [],
    ...partial,
  };
}

function fixture(resources: ResourceIr[]): ModelIr {
  const shapes: ShapeIr[] = [
    structure("GetUserRequest", [member("AccountId"), member("UserId")]),
    structure("ListUsersRequest", [
      member("AccountId", { binding: { location: "label" } }),
      member("UserEmail", { binding: { location: "query", name: "user-email" } }),
      member("UserType", { binding: { location: "query", name: "user-type" } }),
      member("MaxResults", {
        type: { kind: "integer" },
        binding: { location: "query", name: "max-results" },
        constraints: { range: { min: 1, max: 200 } },
        documentation: "The maximum number of results to return in a single call. Defaults to 100.",
      }),
      member("NextToken", { binding: { location: "query", name: "next-token" } }),
    ]),
  ];
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
    operations: [
      operation("GetUser", { resource: "UserResource" }),
      operation("ListUsers", {
        resource: "UserResource",
        paginated: {
          inputToken: "NextToken",
          outputToken: "NextToken",
          pageSize: "MaxResults",
          items: "Users",
        },
      }),
    ],
    shapes: new Map(shapes.map((shape) => [shape.name, shape])),
    shapeNames: shapes.map((shape) => shape.name).sort(),
    structures: shapes as StructureIr[],
    enums: [],
    errors: [],
    resources,
    sources: ["model/chime.json"],
  };
}

const RESOURCES: ResourceIr[] = [
  {
    name: "AccountResource",
    identifiers: { AccountId: "String" },
    lifecycle: { read: "GetAccount" },
    operations: [],
    resources: ["UserResource"],
  },
  {
    name: "UserResource",
    identifiers: { UserId: "String", AccountId: "String" },
    lifecycle: { read: "GetUser", list: "ListUsers" },
    operations: [],
    resources: ["UserSettingsResource"],
    parent: "AccountResource",
  },
  {
    name: "UserSettingsResource",
    identifiers: { AccountId: "String", UserId: "String" },
    lifecycle: {},
    operations: [],
    resources: [],
    parent: "UserResource",
  },
];

/** Compiles a generated module and returns its exports, so tests assert values rather than text. */
async function load(contents: string): Promise<Record<string, unknown>> {
  const js = ts.transpileModule(contents, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);
}

describe("mocks emitter", () => {
  const files = mocksEmitter.emit(fixture(RESOURCES));
  const byPath = new Map(files.map((file) => [file.path, file.contents]));

  it("writes its tables, the fixture factories and their test, each with the header", () => {
    expect([...byPath.keys()].sort()).toEqual([
      "packages/mocks/src/generated/factories.ts",
      "packages/mocks/src/generated/list-operations.ts",
      "packages/mocks/src/generated/operations.ts",
      "packages/mocks/src/generated/resources.ts",
      "packages/mocks/test/generated/factories.test.ts",
    ]);
    for (const contents of byPath.values())
      expect(contents.startsWith(generatedHeader("ts"))).toBe(true);
  });

  it("lists operations with their service method, errors and resource", async () => {
    const { operationTable } = await load(
      byPath.get("packages/mocks/src/generated/operations.ts")!,
    );
    expect(operationTable).toEqual({
      GetUser: {
        method: "getUser",
        readonly: true,
        resource: "UserResource",
        httpCode: 200,
        errors: ["BadRequestException", "NotFoundException"],
      },
      ListUsers: {
        method: "listUsers",
        readonly: true,
        resource: "UserResource",
        httpCode: 200,
        errors: ["BadRequestException", "NotFoundException"],
      },
    });
  });

  it("derives page-size bounds, the documented default and the query filters of paginated operations", async () => {
    const { listOperationTable } = await load(
      byPath.get("packages/mocks/src/generated/list-operations.ts")!,
    );
    expect(listOperationTable).toEqual({
      ListUsers: {
        inputToken: "NextToken",
        outputToken: "NextToken",
        pageSize: "MaxResults",
        items: "Users",
        pageSizeRange: { min: 1, max: 200 },
        defaultPageSize: 100,
        filters: ["UserEmail", "UserType"],
      },
    });
  });

  it("places each resource under its ancestors' identifiers and marks singletons", async () => {
    const { resourceTable } = (await load(
      byPath.get("packages/mocks/src/generated/resources.ts")!,
    )) as {
      resourceTable: Record<string, { scope: string[]; id?: string; parent?: string }>;
    };
    expect(resourceTable.AccountResource).toMatchObject({ scope: [], id: "AccountId" });
    expect(resourceTable.UserResource).toMatchObject({
      scope: ["AccountId"],
      id: "UserId",
      parent: "AccountResource",
    });
    expect(resourceTable.UserSettingsResource.scope).toEqual(["AccountId", "UserId"]);
    expect(resourceTable.UserSettingsResource.id).toBeUndefined();
  });

  it("is deterministic", () => {
    expect(mocksEmitter.emit(fixture(RESOURCES))).toEqual(files);
  });

  it("names the resource that adds two identifiers at one level", () => {
    const broken: ResourceIr[] = [
      { ...RESOURCES[0], identifiers: { AccountId: "String", OtherId: "String" }, resources: [] },
    ];
    expect(() => mocksEmitter.emit(fixture(broken))).toThrow(
      /resource AccountResource: .*AccountId, OtherId/,
    );
  });
});

describe("mocks emitter on the mini fixture model", () => {
  it("reads page-size bounds and resources from a real model through loadIr", async () => {
    const files = mocksEmitter.emit(loadIr("test/fixtures/mini"));
    const lists = await load(
      files.find((file) => file.path.endsWith("list-operations.ts"))!.contents,
    );
    expect((lists.listOperationTable as Record<string, unknown>).ListAccounts).toMatchObject({
      pageSize: "MaxResults",
      pageSizeRange: { min: 1, max: 200 },
    });
    const resources = await load(
      files.find((file) => file.path.endsWith("resources.ts"))!.contents,
    );
    expect((resources.resourceTable as Record<string, unknown>).AccountResource).toMatchObject({
      scope: [],
      id: "AccountId",
    });
  });
});
