import { afterAll, describe, expect, it } from "vitest";
import type { ModelIr } from "../../../src/ir/types.ts";
import { readmeEmitter } from "../../../src/emitters/readme/index.ts";
import { generatedHeader } from "../../../src/naming.ts";
import { loadIr } from "../../../src/pipeline.ts";
import { editShape, fixtureRoot, NS, removeFixtureRoots } from "../../support/fixture-root.ts";

afterAll(removeFixtureRoots);

const FOLDERS = ["types", "client", "server", "mocks", "docs"] as const;

function miniIr(edit?: (root: string) => void): ModelIr {
  const root = fixtureRoot();
  edit?.(root);
  return loadIr(root);
}

function readmes(ir: ModelIr): Map<string, string> {
  return new Map(readmeEmitter.emit(ir).map((file) => [file.path, file.contents]));
}

function readme(files: Map<string, string>, folder: string): string {
  const contents = files.get(`packages/${folder}/README.md`);
  if (contents === undefined) throw new Error(`no README for ${folder}`);
  return contents;
}

/** The first ```ts block of a README: its first example. */
function firstExample(contents: string): string {
  const match = /```ts\n([\s\S]*?)```/.exec(contents);
  if (!match) throw new Error("the README has no TypeScript example");
  return match[1]!;
}

describe("readme emitter", () => {
  const files = readmes(miniIr());

  it("writes the README of each public package, and owns exactly those files", () => {
    const paths = FOLDERS.map((folder) => `packages/${folder}/README.md`);
    expect([...files.keys()]).toEqual(paths);
    expect(readmeEmitter.outputFiles).toEqual(paths);
    expect(readmeEmitter.outputDirs).toEqual([]);
  });

  it.each(FOLDERS)(
    "%s: header, title, install line and a first example using the package",
    (folder) => {
      const contents = readme(files, folder);
      const lines = contents.split("\n");
      expect(lines[0]).toBe(generatedHeader("md"));
      expect(lines[2]).toBe(`# @chimekit/${folder}`);
      expect(contents).toMatch(
        new RegExp(`\`\`\`sh\\nnpm install (--save-dev )?@chimekit/${folder}\\b`),
      );
      expect(contents.indexOf("npm install")).toBeLessThan(contents.indexOf("```ts"));
      expect(firstExample(contents)).toContain(`"@chimekit/${folder}`);
      expect(contents).toContain("## License\n\nApache-2.0.");
    },
  );

  it("shows the read operation of the resource with the most operations, with the model's example values", () => {
    const client = firstExample(readme(files, "client"));
    expect(client).toContain('new GetAccountCommand({ AccountId: "acct-1" })');
    expect(client).toContain("paginateListAccounts({ client, pageSize: 50 }, {})");
    expect(client).toContain("console.log(page.Accounts);");
    expect(client).toContain("error instanceof NotFoundException");
  });

  it("types the example by required members: the input's and the returned structure's", () => {
    const types = firstExample(readme(files, "types"));
    expect(types).toContain('const request: GetAccountRequest = { AccountId: "acct-1" };');
    // Account's required members are AccountId and Name; AccountType is its first enum member.
    expect(types).toMatch(
      /const account: Account = \{ AccountId: "[^"]+", Name: "[^"]+", AccountType: AccountType\.\w+ \};/,
    );
    expect(readme(files, "types")).toContain(
      "(`GetAccountRequest` has `AccountId`); every other member is",
    );
  });

  it("states counts and names that follow the model", () => {
    const ir = miniIr();
    expect(readme(readmes(ir), "mocks")).toContain("(2018-05-01, all 6 operations)");
    ir.operations = ir.operations.filter((operation) => operation.name !== "LogoutUser");
    ir.service = { ...ir.service, version: "2099-12-31", title: "Tiny Chime" };
    const changed = readmes(ir);
    for (const folder of FOLDERS) expect(readme(changed, folder)).toContain("2099-12-31");
    expect(readme(changed, "mocks")).toContain(
      "Tiny Chime administrative API (2099-12-31, all 5 operations)",
    );
    expect(readme(changed, "mocks")).toContain("Every one of the 5 operations is answered");
    expect(readme(changed, "docs")).toContain("chime-api-reference-2099-12-31.txt");
  });

  it("follows the model's example values and pagination", () => {
    const ir = miniIr((root) =>
      editShape(root, `${NS}GetAccount`, (shape) => {
        shape.traits["smithy.api#examples"][0].input.AccountId = "acct-42";
      }),
    );
    ir.operations = ir.operations.map((operation) =>
      operation.name === "ListAccounts" ? { ...operation, paginated: undefined } : operation,
    );
    const client = readme(readmes(ir), "client");
    expect(client).toContain('new GetAccountCommand({ AccountId: "acct-42" })');
    expect(client).not.toContain("paginate");
    expect(client).not.toContain("Beyond the AWS SDK");
  });

  it("lists the resources, the errors and the paginated operations of the model", () => {
    expect(readme(files, "docs")).toContain("an index grouped by resource (Account, User)");
    expect(readme(files, "client")).toContain(
      "for each of the 1 paginated operations\n(`ListAccounts`)",
    );
    expect(readme(files, "types")).toContain(
      "the 3 modeled errors (`BadRequestException`, `NotFoundException`, `ServiceFailureException`)",
    );
  });

  it("builds the emulator example from a top-level resource that can be created from nothing", () => {
    const mocks = firstExample(readme(files, "mocks"));
    expect(mocks).toContain(
      'await client.send(new CreateAccountCommand({ Name: "Example Corp" }));',
    );
    expect(mocks).toContain("const page = await client.send(new ListAccountsCommand({}));");
  });

  it("names the server method, its required members and the error to throw", () => {
    const server = firstExample(readme(files, "server"));
    expect(server).toContain("async getAccount({ AccountId }, context) {");
    expect(server).toContain("accountStore.get(`${AccountId}`)");
    expect(server).toContain(
      "throw new NotFoundException({ Message: `No account ${AccountId}.` })",
    );
  });

  it("refuses a model without a resource to base the examples on, saying why", () => {
    const ir = miniIr();
    ir.resources = [];
    expect(() => readmeEmitter.emit(ir)).toThrowError(
      /readme emitter: no resource of the model has a read operation that returns it/,
    );
  });
});
