import { describe, expect, it } from "vitest";
import {
  cliExample,
  describeConstraints,
  docsEmitter,
  documentationHtml,
  sampleInput,
  shellWord,
  typescriptExample,
  violations,
} from "@chimekit/codegen/docs-emitter";
import { fixtureIr } from "./fixture-ir.ts";

const ir = fixtureIr();
const operation = ir.operations[0];

describe("example values", () => {
  it("satisfy every constraint of every member they fill", () => {
    const input = sampleInput(ir, operation);
    expect(input.map((entry) => entry.member.name)).toEqual([
      "AccountId",
      "Name",
      "Licenses",
      "PhoneNumbers",
      "Since",
      "Owner",
    ]);
    for (const { member, value } of input)
      expect(violations(ir, member, value, member.name)).toEqual([]);
  });

  it("are reported when they break a constraint, naming the member and the constraint", () => {
    const [, name, licenses] = sampleInput(ir, operation);
    expect(violations(ir, name.member, "", "Name")).toEqual(["Name: size 0 is below 1"]);
    expect(violations(ir, licenses.member, ["Gold"], "Licenses")).toEqual([
      'Licenses[0]: "Gold" is not a License',
    ]);
  });
});

describe("calls", () => {
  const input = sampleInput(ir, operation);

  it("pass timestamps to the client as Dates and nested structures as objects", () => {
    const code = typescriptExample(ir, operation, input);
    expect(code).toContain('import { ChimeClient, CreateRoomCommand } from "@chimekit/client";');
    expect(code).toContain('Since: new Date("2024-01-15T17:00:00.000Z"),');
    expect(code).toMatch(/Owner: \{\n\s+Name: "Example Corp",\n\s+\},/);
  });

  it("give the AWS CLI one word per list item and JSON for structures", () => {
    const cli = cliExample(operation, input);
    expect(cli.split(" \\\n  ")[0]).toBe("aws chime create-room");
    expect(cli).toContain("--licenses Basic \\");
    expect(cli).toContain("--phone-numbers +12065550100 \\");
    expect(cli).toContain(`--owner '{"Name":"Example Corp"}'`);
  });

  it("quote shell words only when they need it", () => {
    expect(shellWord("abc-1.2@x")).toBe("abc-1.2@x");
    expect(shellWord("it's here")).toBe("'it'\\''s here'");
  });
});

describe("constraints and documentation", () => {
  it("state a list's size, its items' valid values and sensitivity", () => {
    const licenses = ir.structures[0].members.find((member) => member.name === "Licenses");
    const phones = ir.structures[0].members.find((member) => member.name === "PhoneNumbers");
    expect(describeConstraints(ir, licenses!)).toEqual([
      { kind: "bounds", label: "Size", text: "1 to 3 items", values: [] },
      { kind: "values", label: "Valid values", text: null, values: ["Basic", "Pro"] },
    ]);
    expect(describeConstraints(ir, phones!)).toEqual([
      { kind: "pattern", label: "Item pattern", text: null, values: ["^\\+?[1-9]\\d{1,14}$"] },
    ]);
  });

  it("links dead links that name a page, unwraps the others, and never passes raw HTML", () => {
    const html = String(
      documentationHtml(
        "See [CreateRoom](#), [the guide](#) and <script>x</script>.",
        () => undefined,
        "../",
      ),
    );
    expect(html).toContain("the guide and &lt;script&gt;x&lt;/script&gt;");
    const linked = String(
      documentationHtml(
        "See [CreateRoom](#).",
        (name) => (name === "CreateRoom" ? "operations/CreateRoom.html" : undefined),
        "../",
      ),
    );
    expect(linked).toContain('<a href="../operations/CreateRoom.html">CreateRoom</a>');
  });
});

describe("the emitter", () => {
  it("writes every page in both formats, each starting with the generated header", () => {
    const files = docsEmitter.emit(ir);
    const paths = files.map((file) => file.path).sort();
    expect(paths).toEqual([
      "errors.html",
      "index.html",
      "markdown/README.md",
      "markdown/errors.md",
      "markdown/operations/CreateRoom.md",
      "markdown/shapes/License.md",
      "markdown/shapes/Room.md",
      "operations/CreateRoom.html",
      "search-index.js",
      "search-index.json",
      "shapes/License.html",
      "shapes/Room.html",
    ]);
    for (const file of files)
      expect(file.contents).toMatch(/^(<!-- |\/\/ |\{"\$comment":"|\{\n)?.*DO NOT EDIT/);
  });

  it("is deterministic", () => {
    expect(docsEmitter.emit(fixtureIr())).toEqual(docsEmitter.emit(fixtureIr()));
  });

  it("links the request syntax's labels and query to their rows, and Room back to the operation", () => {
    const files = new Map(docsEmitter.emit(ir).map((file) => [file.path, file.contents]));
    const page = files.get("operations/CreateRoom.html") ?? "";
    expect(page).toContain(
      'POST /accounts/<a href="#request-AccountId">{AccountId}</a>/rooms<wbr /><span class="nowrap">?max-results&#x3D;</span><a href="#request-MaxResults">MaxResults</a> HTTP/1.1',
    );
    const room = files.get("shapes/Room.html") ?? "";
    expect(room).toMatch(/In the request of:[\s\S]*href="..\/operations\/CreateRoom.html"/);
    expect(room).toContain('<a href="../operations/CreateRoom.html">CreateRoom</a> and the guide');
  });
});
