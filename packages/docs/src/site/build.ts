import { ModelError } from "@chimekit/codegen";
import { assembleSite } from "./assemble.ts";
import { DIST_DIR } from "./paths.ts";

try {
  const written = assembleSite(DIST_DIR);
  console.log(
    `@chimekit/docs: ${written} pages and index files rendered from the model into ${DIST_DIR}`,
  );
} catch (error) {
  if (!(error instanceof ModelError)) throw error;
  console.error(`@chimekit/docs: the model is invalid, so no site was built.\n${error.message}`);
  process.exitCode = 1;
}
