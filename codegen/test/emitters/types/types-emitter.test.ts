import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { typesEmitter } from "../../../src/emitters/types/index.ts";
import { loadIr } from "../../../src/pipeline.ts";
import { generatedHeader } from "../../../src/naming.ts";
import { editShape, fixtureRoot, NS, removeFixtureRoots } from "../../support/fixture-root.ts";

afterAll(removeFixtureRoots);

function emitMini(edit?: (root: string) => void): Map<string, string> {
  const root = fixtureRoot();
  edit?.(root);
  return new Map(typesEmitter.emit(loadIr(root)).map((file) => [file.path, file.contents]));
}

// Member types, enums and TSDoc are checked whole, and compiled, by the golden files (golden.test.ts).
describe("types emitter", () => {
  const files = emitMini();

  it("writes one module per enum, error, data structure and operation, and an index", () => {
    expect([...files.keys()].sort()).toEqual([
      "packages/types/src/enums/AccountType.ts",
      "packages/types/src/enums/ErrorCode.ts",
      "packages/types/src/enums/License.ts",
      "packages/types/src/errors/BadRequestException.ts",
      "packages/types/src/errors/NotFoundException.ts",
      "packages/types/src/errors/ServiceFailureException.ts",
      "packages/types/src/index.ts",
      "packages/types/src/operations/CreateAccount.ts",
      "packages/types/src/operations/DeleteAccount.ts",
      "packages/types/src/operations/GetAccount.ts",
      "packages/types/src/operations/ListAccounts.ts",
      "packages/types/src/operations/LogoutUser.ts",
      "packages/types/src/operations/UpdateAccount.ts",
      "packages/types/src/structures/Account.ts",
    ]);
    for (const contents of files.values())
      expect(contents.startsWith(`${generatedHeader("ts")}\n`)).toBe(true);
  });

  it("derives imports from the types a module uses", () => {
    const account = files.get("packages/types/src/structures/Account.ts") ?? "";
    expect(account).toContain('import type { AccountType } from "../enums/AccountType.js";');
    expect(account).toContain('import type { License } from "../enums/License.js";');
    expect(account).not.toContain("ErrorCode");
    const deleteAccount = files.get("packages/types/src/operations/DeleteAccount.ts") ?? "";
    expect(deleteAccount).not.toContain("import");
  });

  it("exports every type by name from the index, enums as values too", () => {
    const index = files.get("packages/types/src/index.ts") ?? "";
    expect(index).toContain('export { License } from "./enums/License.js";');
    expect(index).toContain(
      'export type { ListAccountsRequest, ListAccountsResponse } from "./operations/ListAccounts.js";',
    );
    expect(index).toContain(
      'export type { NotFoundException } from "./errors/NotFoundException.js";',
    );
    expect(index).not.toContain("export *");
  });

  it("escapes a comment terminator in documentation", () => {
    const escaped = emitMini((root) =>
      editShape(root, `${NS}Account`, (shape) => {
        shape.members.Name.traits["smithy.api#documentation"] = "Names like a*/b are fine.";
      }),
    );
    expect(escaped.get("packages/types/src/structures/Account.ts")).toContain(
      "Names like a*\\/b are fine.",
    );
  });
});

describe("types emitter on the real model", () => {
  it("emits byte-identical files on every run", () => {
    const root = fileURLToPath(new URL("../../../../", import.meta.url));
    const first = typesEmitter.emit(loadIr(root));
    const second = typesEmitter.emit(loadIr(root));
    expect(second).toEqual(first);
    expect(first.find((file) => file.path === "packages/types/src/index.ts")?.contents).toContain(
      'export type { GetUserRequest, GetUserResponse } from "./operations/GetUser.js";',
    );
  });
});
