import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { PublicPackage } from "./packages.ts";
import type { ReadmeView } from "./view.ts";

/** Template paths in `PublicPackage` are from the repository root. */
const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** The partials every README uses: header, install, license. */
const SHARED_PARTIALS = fileURLToPath(new URL("./templates/partials", import.meta.url));

const compiled = new Map<string, HandlebarsTemplateDelegate<ReadmeView>>();

/** The `.md.hbs` files of a folder, by partial name (`install.md.hbs` is `install`). */
function partialsIn(folder: string): [string, string][] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(".md.hbs"))
    .sort()
    .map((file) => [basename(file, ".md.hbs"), readFileSync(join(folder, file), "utf8")]);
}

/**
 * A handlebars environment for one template: the shared partials, and the ones in the
 * `partials/` folder beside a template kept in its package (`packages/mocks/readme/partials/`),
 * named after their file; `join` and `codeList` write lists into prose.
 */
function environment(template: string): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper("join", (items: unknown[], separator: unknown) =>
    items.join(String(separator)),
  );
  env.registerHelper("codeList", (items: unknown[]) =>
    items.map((item) => `\`${String(item)}\``).join(", "),
  );
  const own = join(dirname(template), "partials");
  const ownPartials = own !== SHARED_PARTIALS && existsSync(own) ? partialsIn(own) : [];
  for (const [name, text] of [...partialsIn(SHARED_PARTIALS), ...ownPartials]) {
    if (env.partials[name] !== undefined) {
      throw new Error(`${template}: partial ${name} is both shared and the package's own`);
    }
    env.registerPartial(name, text);
  }
  return env;
}

/**
 * Renders the README of a public package from its template (`PublicPackage.template`).
 * Templates are strict (a field the view lacks throws, naming it) and do not HTML-escape,
 * since the output is Markdown.
 */
export function renderReadme(pkg: PublicPackage, view: ReadmeView): string {
  let template = compiled.get(pkg.template);
  if (template === undefined) {
    const path = join(REPOSITORY_ROOT, pkg.template);
    template = environment(path).compile<ReadmeView>(
      readFileSync(path, "utf8"),
      // Partials are not re-indented: their lines may sit inside code fences.
      { strict: true, noEscape: true, preventIndent: true },
    );
    compiled.set(pkg.template, template);
  }
  return template(view);
}
