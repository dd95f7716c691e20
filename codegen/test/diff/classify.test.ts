import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare-models.ts";
import { diffCommand, type ModelChange } from "../../src/diff/index.ts";
import { captureIo, FIXTURES } from "./helpers.ts";

type Expected = Pick<ModelChange, "class" | "kind" | "shape">;

/** Runs `model:diff fixtures/base fixtures/changes/<name>.json --json` and returns its changes. */
async function changesFor(fixture: string): Promise<Expected[]> {
  const io = captureIo(FIXTURES);
  const code = await diffCommand(["base", join("changes", `${fixture}.json`), "--json"], io);
  expect(io.err).toBe("");
  expect(code).toBe(0);
  const report = JSON.parse(io.out) as { changes: ModelChange[] };
  return report.changes.map(({ class: changeClass, kind, shape }) => ({
    class: changeClass,
    kind,
    shape,
  }));
}

const breaking = (kind: string, shape: string): Expected => ({ class: "breaking", kind, shape });
const feature = (kind: string, shape: string): Expected => ({ class: "feature", kind, shape });
const docs = (kind: string, shape: string): Expected => ({ class: "docs", kind, shape });

const CASES: Array<[fixture: string, expected: Expected[]]> = [
  [
    "operation-removed",
    [
      breaking("operation-removed", "ns#UpdateUser"),
      breaking("shape-removed", "ns#UpdateUserRequest"),
    ],
  ],
  ["operation-renamed", [breaking("operation-renamed", "ns#UpdateUser")]],
  ["member-removed", [breaking("member-removed", "ns#User$Email")]],
  ["member-renamed", [breaking("member-renamed", "ns#User$Email")]],
  [
    "member-replaced",
    [
      breaking("member-removed", "ns#User$Email"),
      feature("optional-member-added", "ns#User$Phone"),
    ],
  ],
  ["member-became-required", [breaking("member-required", "ns#User$Email")]],
  ["required-member-added", [breaking("required-member-added", "ns#UpdateUserRequest$Email")]],
  ["length-tightened", [breaking("length-tightened", "ns#User$Name")]],
  ["range-tightened", [breaking("range-tightened", "ns#MaxResults")]],
  ["pattern-changed", [breaking("pattern-changed", "ns#EmailAddress")]],
  ["list-size-narrowed", [breaking("length-tightened", "ns#UserList")]],
  ["enum-value-removed", [breaking("enum-value-removed", "ns#License$PRO")]],
  ["http-uri-changed", [breaking("http-uri-changed", "ns#GetUser")]],
  ["http-method-changed", [breaking("http-method-changed", "ns#UpdateUser")]],
  ["http-code-changed", [breaking("http-code-changed", "ns#UpdateUser")]],
  ["http-query-renamed", [breaking("binding-changed", "ns#ListUsersRequest$MaxResults")]],
  ["http-header-renamed", [breaking("binding-changed", "ns#ListUsersRequest$AccountId")]],
  ["operation-error-removed", [breaking("operation-error-removed", "ns#GetUser")]],
  ["service-error-removed", [breaking("service-error-removed", "ns#Chime")]],
  ["error-removed", [breaking("error-removed", "ns#ThrottledClientException")]],
  ["shape-renamed", [breaking("shape-renamed", "ns#EmailAddress")]],
  ["member-type-changed", [breaking("member-type-changed", "ns#User$Age")]],
  [
    "operation-added",
    [feature("operation-added", "ns#DeleteUser"), feature("shape-added", "ns#DeleteUserRequest")],
  ],
  ["optional-member-added", [feature("optional-member-added", "ns#User$Nickname")]],
  ["enum-value-added", [feature("enum-value-added", "ns#License$PLUS")]],
  ["operation-error-added", [feature("operation-error-added", "ns#GetUser")]],
  ["error-added", [feature("error-added", "ns#ConflictException")]],
  ["length-loosened", [feature("length-loosened", "ns#User$Name")]],
  ["required-dropped", [feature("member-optional", "ns#User$UserId")]],
  [
    "documentation-changed",
    [docs("documentation-changed", "ns#User"), docs("documentation-changed", "ns#User$Name")],
  ],
  ["examples-added", [docs("examples-changed", "ns#GetUser")]],
  ["protocol-tests-added", [docs("protocol-tests-changed", "ns#GetUser")]],
];

describe("model:diff classifies each kind of change", () => {
  it.each(CASES)("%s", async (fixture, expected) => {
    expect(await changesFor(fixture)).toEqual(expected);
  });

  it("finds nothing between a model and itself", async () => {
    const io = captureIo(FIXTURES);
    expect(await diffCommand(["base", "base", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ changes: [], packages: [] });
  });

  it("reads the reverse of a removal as an addition", async () => {
    const io = captureIo(FIXTURES);
    await diffCommand([join("changes", "enum-value-removed.json"), "base", "--json"], io);
    expect(JSON.parse(io.out).changes).toEqual([
      {
        class: "feature",
        kind: "enum-value-added",
        shape: "ns#License$PRO",
        description: 'enum value "Pro" added',
      },
    ]);
  });

  it("does not pair shapes that have nothing but a type as a rename", () => {
    const changes = compareModels(
      { smithy: "2.0", shapes: { "ns#DeleteUserResponse": { type: "structure", members: {} } } },
      { smithy: "2.0", shapes: { "ns#CreateBotResponse": { type: "structure", members: {} } } },
    );
    expect(changes.map(({ kind, shape }) => [kind, shape])).toEqual([
      ["shape-removed", "ns#DeleteUserResponse"],
      ["shape-added", "ns#CreateBotResponse"],
    ]);
  });

  it("classifies the model's own trait definitions as docs, apart from API shapes", () => {
    const definition = {
      "own#note": {
        type: "list" as const,
        member: { target: "own#Note" },
        traits: { "smithy.api#trait": { selector: "service" } },
      },
      "own#Note": {
        type: "structure" as const,
        members: { text: { target: "smithy.api#String" } },
      },
    };
    const api = { "ns#User": { type: "structure" as const, members: {} } };
    const added = compareModels(
      { smithy: "2.0", shapes: api },
      { smithy: "2.0", shapes: { ...api, ...definition } },
    );
    expect(added.map(({ class: changeClass, kind, shape }) => [changeClass, kind, shape])).toEqual([
      ["docs", "trait-definition-added", "own#Note"],
      ["docs", "trait-definition-added", "own#note"],
    ]);
    const edited = structuredClone(definition);
    edited["own#Note"].members = { text: { target: "smithy.api#Integer" } };
    expect(
      compareModels({ smithy: "2.0", shapes: definition }, { smithy: "2.0", shapes: edited }).map(
        ({ kind, shape }) => [kind, shape],
      ),
    ).toEqual([["trait-definition-changed", "own#Note"]]);
  });
});
