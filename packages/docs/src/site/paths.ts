import { fileURLToPath } from "node:url";

/** The package folder, whichever folder a script is started from. */
export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** Pages, Markdown and search index written by the generator. */
export const GENERATED_DIR = fileURLToPath(new URL("../generated/", import.meta.url));

/** The hand-written stylesheet and scripts. */
export const ASSETS_DIR = fileURLToPath(new URL("../../assets/", import.meta.url));

/** The assembled site. */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));
