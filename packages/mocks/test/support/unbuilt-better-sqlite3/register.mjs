// Loaded with `node --import`: makes this process see better-sqlite3 as an
// install whose native build was skipped (package present, binding missing).
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
