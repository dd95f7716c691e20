// Marks dist/cjs as CommonJS. The file also becomes the package scope of the
// CommonJS build, so it must repeat the package's `#smithy/*` import aliases.
import { readFileSync, writeFileSync } from "node:fs";

const { imports } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const cjsPackage = { type: "commonjs", imports };
writeFileSync(
  new URL("../dist/cjs/package.json", import.meta.url),
  `${JSON.stringify(cjsPackage, null, 2)}\n`,
);
