import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { serverEmitter } from "../../../src/emitters/server/index.ts";
import { loadIr } from "../../../src/index.ts";
import { generatedHeader } from "../../../src/naming.ts";
import { fixtureIr } from "./fixture.ts";

const files = () => serverEmitter.emit(fixtureIr());
const file = (path: string) => {
  const found = files().find((f) => f.path === path);
  if (!found) throw new Error(`not emitted: ${path}`);
  return found.contents;
};

describe("server emitter", () => {
  it("writes only into its output folders, each file with the generated header", () => {
    for (const f of files()) {
      expect(serverEmitter.outputDirs.some((dir) => f.path.startsWith(`${dir}/`))).toBe(true);
      expect(f.contents.startsWith(`${generatedHeader("ts")}\n`)).toBe(true);
    }
  });

  it("is deterministic", () => {
    expect(files()).toEqual(files());
  });

  it("emits syntactically valid TypeScript", () => {
    for (const f of files()) {
      const output = ts.transpileModule(f.contents, { reportDiagnostics: true, fileName: f.path });
      expect(output.diagnostics, f.path).toEqual([]);
    }
  });

  it("describes each operation's route, literal query and success code", () => {
    const operations = file("packages/server/src/generated/schema/operations.ts");
    expect(operations).toContain(
      `http: { method: "POST", path: "/accounts/{AccountId}/users/{UserId}", query: { operation: "logout" }, code: 204 }`,
    );
    expect(operations).toContain(`name: "GetUser", method: "getUser"`);
  });

  it("describes members with their binding and merged constraints", () => {
    const inputs = file("packages/server/src/generated/schema/inputs.ts");
    expect(inputs).toContain(
      `{ name: "MaxResults", value: { type: "integer", range: { min: 1, max: 99 } }, location: { in: "query", name: "max-results" } }`,
    );
    expect(inputs).toContain(
      `{ name: "Tags", value: { type: "list", member: { type: "string", length: { max: 4 } }, length: { max: 2 } }, location: { in: "body" } }`,
    );
    expect(inputs).toContain(`value: { type: "string", pattern: ".+@.+\\\\..+", sensitive: true }`);
  });

  it("types each service method by its input and output, void allowed for empty outputs", () => {
    const service = file("packages/server/src/generated/service.ts");
    expect(service).toContain(
      "getUser(input: GetUserRequest, context: ChimeRequestContext<Context>): Promise<GetUserResponse>;",
    );
    expect(service).toContain("): Promise<LogoutUserResponse | void>;");
    expect(service).toContain(`import type { CreateUserRequest,`);
  });

  it("gives each error class its status, fault and the Code that names it", () => {
    const errors = file("packages/server/src/generated/errors.ts");
    expect(errors).toContain("export class ThrottledClientException extends ChimeServiceError {");
    expect(errors).toContain(
      `super({ name: "ThrottledClientException", statusCode: 429, fault: "client" }, { Code: "Throttled", ...init });`,
    );
    expect(errors).toContain("ThrottledClientException as ThrottledClientExceptionShape");
  });

  it("exports every public name explicitly from the index", () => {
    const index = file("packages/server/src/generated/index.ts");
    expect(index).not.toMatch(/export \*/);
    for (const name of [
      "BadRequestException",
      "ThrottledClientException",
      "createChimeHandler",
      "createChimeServer",
      "type ChimeService",
      "ChimeServiceError",
    ]) {
      expect(index).toContain(name);
    }
  });

  it("generates one operation test per operation", () => {
    const tests = file("packages/server/test/generated/operations.test.ts");
    expect(tests.match(/operation: "/g)).toHaveLength(5);
    expect(tests).toContain(`path: "/accounts/account-id%201/users/user-id%201"`);
  });

  it("generates a passing and a failing conformance case per constraint", () => {
    const tests = file("packages/server/test/generated/conformance.test.ts");
    expect(tests).toContain(
      `"38 constraint conformance cases (operation x constraint x direction)"`,
    );
    expect(tests).toContain(
      `violation: "Value '100' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 99"`,
    );
    expect(tests).toContain(
      `violation: "Value null at 'username' failed to satisfy constraint: Member must not be null"`,
    );
    expect(tests).toContain(`member: "tags.1.member"`);
    expect(tests.match(/direction: "pass"/g)?.length).toBe(
      tests.match(/direction: "fail"/g)?.length,
    );
  });

  it("keeps protocol tests that apply to servers and converts timestamps", () => {
    const responses = file("packages/server/test/generated/protocol-responses.test.ts");
    expect(responses).toContain(`id: "GetUserSample"`);
    expect(responses).not.toContain("GetUserClientOnly");
    expect(responses).toContain(`RegisteredOn: new Date("2018-12-20T18:45:25.231Z")`);
    const requests = file("packages/server/test/generated/protocol-requests.test.ts");
    expect(requests).toContain(`headers: { "content-type": "application/json" }`);
  });

  it("emits every file from the generator's mini fixture model too", () => {
    const emitted = serverEmitter.emit(
      loadIr(fileURLToPath(new URL("../../fixtures/mini", import.meta.url))),
    );
    expect(emitted.map((f) => f.path)).toEqual(files().map((f) => f.path));
  });
});
