import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { PackageFolder } from "../../naming.ts";
import type { ReadmeView } from "./view.ts";

const TEMPLATE_ROOT = fileURLToPath(new URL("./templates/", import.meta.url));

let env: typeof Handlebars | undefined;
const compiled = new Map<PackageFolder, HandlebarsTemplateDelegate<ReadmeView>>();

/**
 * One handlebars environment for every README: partials from
 * `templates/partials/` are named after their file (`install.md.hbs` is
 * `install`); `join` and `codeList` write lists into prose.
 */
function environment(): typeof Handlebars {
  if (env) return env;
  env = Handlebars.create();
  env.registerHelper("join", (items: unknown[], separator: unknown) =>
    items.join(String(separator)),
  );
  env.registerHelper("codeList", (items: unknown[]) =>
    items.map((item) => `\`${String(item)}\``).join(", "),
  );
  const partials = join(TEMPLATE_ROOT, "partials");
  for (const file of readdirSync(partials).sort()) {
    env.registerPartial(basename(file, ".md.hbs"), readFileSync(join(partials, file), "utf8"));
  }
  return env;
}

/**
 * Renders the README of the package in `packages/<folder>/` from
 * `templates/<folder>.md.hbs`. Templates are strict (a field the view lacks
 * throws, naming it) and do not HTML-escape, since the output is Markdown.
 */
export function renderReadme(folder: PackageFolder, view: ReadmeView): string {
  let template = compiled.get(folder);
  if (template === undefined) {
    template = environment().compile<ReadmeView>(
      readFileSync(join(TEMPLATE_ROOT, `${folder}.md.hbs`), "utf8"),
      // Partials are not re-indented: their lines may sit inside code fences.
      { strict: true, noEscape: true, preventIndent: true },
    );
    compiled.set(folder, template);
  }
  return template(view);
}
