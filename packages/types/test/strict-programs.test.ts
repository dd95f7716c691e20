import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const ENTRY = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const PROGRAM_DIR = fileURLToPath(new URL("./programs/", import.meta.url));

/** Small consumer programs, type-checked together in one strict program that imports the package by name. */
const programs: Record<string, string> = {
  "valid.ts": `
    import { License, UserType } from "@chimekit/types";
    import type { GetUserRequest, GetUserResponse, ListUsersRequest, ListUsersResponse, NotFoundException, User } from "@chimekit/types";

    const request: GetUserRequest = { AccountId: "a", UserId: "u" };
    const license: License = License.Pro;
    const user: User = { UserId: "u", LicenseType: license, RegisteredOn: new Date(), UserType: UserType.PrivateUser };
    const response: GetUserResponse = { User: user };
    const list: ListUsersRequest = { AccountId: "a", MaxResults: 10, UserType: "SharedDevice" };
    const page: ListUsersResponse = { Users: [user], NextToken: "next" };
    const error: NotFoundException = { Code: "NotFound", Message: "gone" };
    const every: License[] = Object.values(License);
    const registered: Date | undefined = response.User?.RegisteredOn;
    export { request, list, page, error, every, registered };
  `,
  "missing-required.ts": `
    import type { GetUserRequest } from "@chimekit/types";
    export const request: GetUserRequest = { AccountId: "a" };
  `,
  "unknown-enum-value.ts": `
    import type { License } from "@chimekit/types";
    export const license: License = "Gold";
  `,
  "unknown-enum-key.ts": `
    import { License } from "@chimekit/types";
    export const license = License.Gold;
  `,
  "string-timestamp.ts": `
    import type { User } from "@chimekit/types";
    export const user: User = { UserId: "u", RegisteredOn: "2019-01-01T00:00:00Z" };
  `,
};

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  types: [],
  paths: { "@chimekit/types": [ENTRY] },
};

let diagnostics: Map<string, ts.Diagnostic[]>;

beforeAll(() => {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const sourceOf = (fileName: string) =>
    fileName.startsWith(PROGRAM_DIR) ? programs[fileName.slice(PROGRAM_DIR.length)] : undefined;
  host.readFile = (fileName) => sourceOf(fileName) ?? readFile(fileName);
  host.fileExists = (fileName) => sourceOf(fileName) !== undefined || fileExists(fileName);
  const program = ts.createProgram(
    Object.keys(programs).map((name) => PROGRAM_DIR + name),
    options,
    host,
  );
  diagnostics = new Map(
    Object.keys(programs).map((name) => [
      name,
      [...ts.getPreEmitDiagnostics(program, program.getSourceFile(PROGRAM_DIR + name))],
    ]),
  );
}, 120_000);

function messages(name: string): { code: number; text: string }[] {
  return (diagnostics.get(name) ?? []).map((diagnostic) => ({
    code: diagnostic.code,
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  }));
}

describe("@chimekit/types under strict TypeScript", () => {
  it("accepts a program using request, response, data, error and enum types", () => {
    expect(messages("valid.ts")).toEqual([]);
  });

  it("rejects a request that omits a required member", () => {
    expect(messages("missing-required.ts")).toEqual([
      { code: 2741, text: expect.stringContaining("Property 'UserId' is missing") },
    ]);
  });

  it("rejects a value outside an enum", () => {
    expect(messages("unknown-enum-value.ts")).toEqual([
      {
        code: 2322,
        text: expect.stringContaining(`Type '"Gold"' is not assignable to type 'License'`),
      },
    ]);
    expect(messages("unknown-enum-key.ts")).toEqual([
      { code: 2339, text: expect.stringContaining("Property 'Gold' does not exist") },
    ]);
  });

  it("types timestamps as Date", () => {
    expect(messages("string-timestamp.ts")).toEqual([
      {
        code: 2322,
        text: expect.stringContaining("Type 'string' is not assignable to type 'Date'"),
      },
    ]);
  });
});
