import { assembleSite } from "./assemble.ts";
import { DIST_DIR } from "./paths.ts";

assembleSite(DIST_DIR);
console.log(`@chimekit/docs: site written to ${DIST_DIR}`);
