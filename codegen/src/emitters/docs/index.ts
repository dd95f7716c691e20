import type { BuildEmitter } from "../../emit/emitter.ts";
import type { ModelIr } from "../../ir/types.ts";
import { errorsFiles } from "./pages/errors-page.ts";
import { indexFiles } from "./pages/index-page.ts";
import { operationFiles } from "./pages/operation-page.ts";
import { searchIndexFiles } from "./pages/search-index.ts";
import { shapeFiles } from "./pages/shape-page.ts";
import { siteContext } from "./pages/site-context.ts";

/**
 * The API reference as a static site and as Markdown. From an operation
 * `GetUser` (GET /accounts/{AccountId}/users/{UserId}) it writes
 * `operations/GetUser.html` with the request syntax, parameter tables,
 * response, errors, examples and TypeScript/CLI calls, and
 * `markdown/operations/GetUser.md` with the same content; shapes, errors, the
 * index and the search index likewise. Stylesheet and scripts are
 * hand-written in `packages/docs/assets/`. The build of `packages/docs`
 * renders the site into its `dist/`.
 */
export const docsEmitter: BuildEmitter = {
  name: "docs",
  emit(ir: ModelIr) {
    const site = siteContext(ir);
    return [
      ...indexFiles(site),
      ...ir.operations.flatMap((operation) => operationFiles(site, operation)),
      ...shapeFiles(site),
      ...errorsFiles(site),
      ...searchIndexFiles(site),
    ];
  },
};
