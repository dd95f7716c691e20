import type { Emitter } from "../../emit/emitter.ts";
import { readmePath } from "../../naming.ts";
import { README_PACKAGES, README_PATHS } from "./packages.ts";
import { renderReadme } from "./templates.ts";
import { modelView, readmeView } from "./view.ts";

/**
 * The README of each public package, from its handlebars template (in
 * `templates/`, the mocks' in `packages/mocks/readme/`; shared partials for
 * the header, install and license). The facts they state come from the IR: for Amazon Chime,
 * `packages/client/README.md` says "62 operations" and shows
 * `new GetUserCommand({ AccountId: "…", UserId: "…" })` with values that meet
 * the model's constraints. A package root also holds hand-written files, so
 * this emitter owns single files, not folders.
 */
export const readmeEmitter: Emitter = {
  name: "readme",
  outputDirs: [],
  outputFiles: [...README_PATHS],
  emit(ir) {
    const model = modelView(ir);
    return README_PACKAGES.map((pkg) => ({
      path: readmePath(pkg.folder),
      contents: renderReadme(pkg, readmeView(model, pkg)),
    }));
  },
};
