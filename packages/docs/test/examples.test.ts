import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliOptionName, commandName, kebabName } from "@chimekit/codegen";
import { DIST_DIR } from "../src/site/paths.ts";
import { readPage, visibleText } from "./site.ts";

/**
 * The calls on every operation page must name the client's command and the
 * CLI's command as the generator names them, and pass every required member.
 */
const operations = readdirSync(join(DIST_DIR, "operations"))
  .filter((file) => file.endsWith(".html"))
  .map((file) => file.replace(/\.html$/, ""));

describe("the TypeScript and AWS CLI calls of operation pages", () => {
  it.each(operations)("%s", (operation) => {
    const page = readPage(`operations/${operation}.html`);
    const typescript = page.querySelector("#typescript pre")?.text ?? "";
    const cli = page.querySelector("#aws-cli pre")?.text ?? "";
    const emulator = visibleText(page.querySelector("#emulator"));
    const required = page
      .querySelectorAll("#request-parameters tbody tr, #request-body tbody tr")
      .filter((row) => visibleText(row.querySelector(".member-required")) === "Yes")
      .map((row) => visibleText(row.querySelector(".member-name a")));

    const problems: string[] = [];
    const command = commandName(operation);
    if (!typescript.includes(`import { ChimeClient, ${command} } from "@chimekit/client";`)) {
      problems.push(`TypeScript does not import ChimeClient and ${command} from @chimekit/client`);
    }
    if (!new RegExp(`await client\\.send\\(\\s*new ${command}\\(`).test(typescript)) {
      problems.push(`TypeScript does not send a ${command}`);
    }
    if (!cli.startsWith(`aws chime ${kebabName(operation)} \\`)) {
      problems.push(`CLI does not start with aws chime ${kebabName(operation)}`);
    }
    const endpoint = /--endpoint-url (http:\/\/127\.0\.0\.1:\d+)/.exec(cli)?.[1];
    if (endpoint === undefined) problems.push("CLI has no --endpoint-url on 127.0.0.1");
    else if (!typescript.includes(`endpoint: "${endpoint}"`) || !emulator.includes(endpoint)) {
      problems.push(`TypeScript and the emulator steps do not use the CLI's endpoint ${endpoint}`);
    }
    for (const member of required) {
      if (!new RegExp(`^\\s*${member}: `, "m").test(typescript))
        problems.push(`TypeScript lacks ${member}`);
      if (!cli.includes(`${cliOptionName(member)} `))
        problems.push(`CLI lacks ${cliOptionName(member)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("the TypeScript calls of the Markdown edition", () => {
  // Prettier formats the Markdown's code fences; the same text on both editions shows the
  // generator already prints the calls the way prettier would.
  it.each(operations)("%s matches the HTML page", (operation) => {
    const markdown = readFileSync(
      join(DIST_DIR, "markdown", "operations", `${operation}.md`),
      "utf8",
    );
    const fenced = [...markdown.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((match) => match[1]);
    const html = readPage(`operations/${operation}.html`)
      .querySelectorAll("#typescript pre")
      .map((pre) => pre.text.replace(/\n$/, ""));
    expect(fenced).toEqual(html);
  });
});
