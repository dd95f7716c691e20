// `prepack` of every public package: npm and pnpm pack a LICENSE only from the
// package's own folder, so the repository's LICENSE is copied there first.
// Run from the package folder: `node ../../scripts/copy-license.mjs`.
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("../LICENSE", import.meta.url));
const target = join(process.cwd(), "LICENSE");

if (!existsSync(source)) {
  console.error(
    `copy-license: ${source} is missing; the package would be published without its license`,
  );
  process.exit(1);
}
copyFileSync(source, target);
