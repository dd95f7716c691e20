// Formats one generated file with prettier, in a worker of the pool in format.ts.
// Plain JavaScript so it loads in a worker without a TypeScript loader.
import * as prettier from "prettier";
import Tinypool from "tinypool";

/** @type {import("prettier").Options} */
const options = Tinypool.workerData;

/** @param {{ contents: string, parser: string }} job */
export default async function format({ contents, parser }) {
  return prettier.format(contents, { ...options, parser });
}
