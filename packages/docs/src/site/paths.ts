import { fileURLToPath } from "node:url";

/** The package folder, whichever folder a script is started from. */
export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** The repository root, whose `model/` the site is rendered from. */
export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** The hand-written stylesheet and scripts. */
export const ASSETS_DIR = fileURLToPath(new URL("../../assets/", import.meta.url));

/** The assembled site. */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));
