import { assembleSite } from "../src/site/assemble.ts";
import { DIST_DIR } from "../src/site/paths.ts";

/** Every test reads the assembled site, so it is rendered from the model first. */
export default function setup(): void {
  assembleSite(DIST_DIR);
}
