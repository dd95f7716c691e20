import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { clientEmitter } from "../../../src/emitters/client/index.ts";
import type { ModelIr, StructureIr } from "../../../src/ir/types.ts";
import { generatedHeader } from "../../../src/naming.ts";
import { loadIr } from "../../../src/pipeline.ts";

const fixture = fileURLToPath(new URL("../../fixtures/mini", import.meta.url));

let ir: ModelIr;
let files: Map<string, string>;

beforeAll(() => {
  ir = loadIr(fixture);
  files = new Map(clientEmitter.emit(ir).map((file) => [file.path, file.contents]));
});

function file(path: string): string {
  const contents = files.get(`packages/client/${path}`);
  if (contents === undefined)
    throw new Error(`not emitted: ${path}\n${[...files.keys()].join("\n")}`);
  return contents;
}

/** A copy of the IR with one structure replaced, for error cases. */
function withStructure(structure: StructureIr): ModelIr {
  const shapes = new Map(ir.shapes);
  shapes.set(structure.name, structure);
  return {
    ...ir,
    shapes,
    structures: ir.structures.map((s) => (s.name === structure.name ? structure : s)),
  };
}

describe("client emitter on the mini fixture", () => {
  it("writes one command per operation, a paginator per paginated operation, and the shared modules", () => {
    for (const operation of ir.operations) {
      expect(files.has(`packages/client/src/generated/commands/${operation.name}Command.ts`)).toBe(
        true,
      );
    }
    expect(file("src/generated/pagination/ListAccountsPaginator.ts")).toContain(
      "export const paginateListAccounts",
    );
    expect(file("src/generated/pagination/ListAccountsPaginator.ts")).toContain(
      "export const listAccountsItems",
    );
    for (const module of ["ChimeClient", "Chime", "schemas", "models/errors", "index"]) {
      expect(file(`src/generated/${module}.ts`)).toBeTruthy();
    }
    expect(file("test/generated/operation-samples.ts")).toContain("operationSamples");
    expect(file("test/generated/protocol-cases.ts")).toContain("requestCases");
  });

  it("writes only below its output folders, each file starting with the generated header", () => {
    for (const [path, contents] of files) {
      expect(clientEmitter.outputDirs.some((dir) => path.startsWith(`${dir}/`))).toBe(true);
      expect(contents.startsWith(`${generatedHeader("ts")}\n`)).toBe(true);
    }
  });

  it("is deterministic", () => {
    const again = clientEmitter.emit(ir);
    expect(again.map((f) => [f.path, f.contents])).toEqual([...files.entries()]);
  });

  it("splits the URI around labels and keeps its literal query", () => {
    const logout = file("src/generated/commands/LogoutUserCommand.ts");
    expect(logout).toMatch(/path: \["\/accounts\/", "AccountId", "\/users\/", "UserId", ""\]/);
    expect(logout).toMatch(/queryLiterals: \{\s*operation: "logout",?\s*\}/);
    expect(logout).toMatch(/code: 204/);
    expect(file("src/generated/commands/GetAccountCommand.ts")).toMatch(
      /name: "AccountId",\s*schema: "string",\s*required: true,\s*location: "label"/,
    );
  });

  it("builds a command's operation schema when the command is first made, not on import", () => {
    const getAccount = file("src/generated/commands/GetAccountCommand.ts");
    expect(getAccount).toMatch(
      /function operationSchema\(\): OperationSchema \{\s*return \{\s*name: "GetAccount"/,
    );
    expect(getAccount).toContain("let operation: OperationSchema | undefined;");
    expect(getAccount).toContain("super((operation ??= operationSchema()), input);");
  });

  it("imports in a command only the symbols it uses", () => {
    const getAccount = file("src/generated/commands/GetAccountCommand.ts");
    expect(getAccount).toMatch(/import \{ AccountSchema \} from "\.\.\/schemas\.js";/);
    expect(getAccount).not.toContain("ListAccounts");
    expect(getAccount).not.toContain("paginate");
    const imported = [...getAccount.matchAll(/import (?:type )?\{([^}]*)\}/g)].flatMap((match) =>
      match[1]!
        .split(",")
        .map((name) => name.replace(/\btype\b/, "").trim())
        .filter(Boolean),
    );
    for (const name of imported) {
      const uses = getAccount.split(new RegExp(`\\b${name.replace("$", "\\$")}\\b`)).length - 1;
      expect([name, uses > 1]).toEqual([name, true]);
    }
  });

  it("re-exports enum objects from @chimekit/types as values, model types as types", () => {
    const index = file("src/generated/index.ts");
    const fromTypes = /export \{([^}]*)\} from "@chimekit\/types";/.exec(index)?.[1] ?? "";
    expect(fromTypes).toMatch(/(^|[\s,])License,/);
    expect(fromTypes).toMatch(/type Account,/);
  });

  it("exports every command, paginator, error and enum by name from the index", () => {
    const index = file("src/generated/index.ts");
    expect(index).not.toContain("export *");
    for (const operation of ir.operations) {
      expect(index).toMatch(new RegExp(`\\b${operation.name}Command\\b`));
      expect(index).toMatch(
        new RegExp(`\\btype ${operation.name}CommandInput\\b|${operation.name}CommandInput,`),
      );
    }
    for (const name of [
      "paginateListAccounts",
      "listAccountsItems",
      "NotFoundException",
      "License",
      "ChimeClient",
      "Chime",
    ]) {
      expect(index).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("names the member when a structure holds a blob, which the serde does not support", () => {
    const account = ir.shapes.get("Account") as StructureIr;
    const broken = withStructure({
      ...account,
      members: [
        ...account.members,
        { ...account.members[0]!, name: "Avatar", type: { kind: "blob" } },
      ],
    });
    expect(() => clientEmitter.emit(broken)).toThrow(/Account\.Avatar is a blob/);
  });

  it("names the cycle when structures are recursive", () => {
    const account = ir.shapes.get("Account") as StructureIr;
    const broken = withStructure({
      ...account,
      members: [
        ...account.members,
        { ...account.members[0]!, name: "Parent", type: { kind: "structure", shape: "Account" } },
      ],
    });
    expect(() => clientEmitter.emit(broken)).toThrow(
      /recursive structures are not supported \(Account -> Account\)/,
    );
  });
});
