import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { PageFormat } from "./site-paths.ts";

/** The page templates of each format; partials live beside them in `partials/`. */
export type PageTemplate = "index" | "operation" | "shape" | "errors";

const TEMPLATE_ROOT = fileURLToPath(new URL("./templates/", import.meta.url));

const TEMPLATE_FOLDER: Record<PageFormat, string> = { html: "html", md: "markdown" };

/**
 * Markdown pages are not HTML: their templates do not HTML-escape, and table
 * cells go through the `cell` helper instead.
 */
function environment(format: PageFormat): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper("cell", (value: unknown) =>
    String(value ?? "")
      .trim()
      .replace(/\n{2,}/g, "<br><br>")
      .replace(/\n/g, " ")
      .replaceAll("|", "\\|"),
  );
  env.registerHelper("codeSpan", (value: unknown) => {
    const content = String(value);
    const fence = "`".repeat(
      (content.match(/`+/g) ?? [""]).reduce((a, b) => (b.length > a.length ? b : a)).length + 1,
    );
    return fence.length > 1 && content.includes("`")
      ? `${fence} ${content} ${fence}`
      : `\`${content}\``;
  });
  const partials = join(TEMPLATE_ROOT, TEMPLATE_FOLDER[format], "partials");
  for (const file of readdirSync(partials).sort()) {
    env.registerPartial(basename(file, ".hbs"), readFileSync(join(partials, file), "utf8"));
  }
  return env;
}

type Compiled = Record<PageTemplate, HandlebarsTemplateDelegate>;

const compiled = new Map<PageFormat, Compiled>();

function templates(format: PageFormat): Compiled {
  let found = compiled.get(format);
  if (found === undefined) {
    const env = environment(format);
    const load = (name: PageTemplate) =>
      env.compile(
        readFileSync(join(TEMPLATE_ROOT, TEMPLATE_FOLDER[format], `${name}.hbs`), "utf8"),
        {
          strict: true,
          noEscape: format === "md",
          // Partials must not be re-indented: their lines may sit inside <pre> and code fences.
          preventIndent: true,
        },
      );
    found = {
      index: load("index"),
      operation: load("operation"),
      shape: load("shape"),
      errors: load("errors"),
    };
    compiled.set(format, found);
  }
  return found;
}

/** Renders one page; a view missing a field the template reads throws, naming the field. */
export function renderPage(format: PageFormat, template: PageTemplate, view: object): string {
  return templates(format)[template](view);
}
