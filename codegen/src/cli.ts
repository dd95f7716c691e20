import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ModelError } from "./model/load.ts";
import { hasDrift, type Drift } from "./write/check.ts";

const USAGE = `usage: chimekit-codegen <command> [options]

commands:
  generate [--root <dir>]  validate the model and regenerate every generated package
  check [--root <dir>]     fail, listing the files, when the generated packages are stale
  import                   write the model from the API reference text (see "import --help")
  diff                     compare the model with a git ref and classify the changes (see "diff --help")`;

/** The repository root: codegen/src/cli.ts lives two folders below it. */
const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** A command module written in its own folder; loaded only when called, so each command stands alone. */
interface CommandModule {
  [name: string]: ((args: string[]) => Promise<number | void> | number | void) | unknown;
}

async function runModuleCommand(
  specifier: string,
  exportName: string,
  args: string[],
): Promise<number> {
  const module = (await import(specifier)) as CommandModule;
  const command = module[exportName];
  if (typeof command !== "function") throw new Error(`${specifier} does not export ${exportName}`);
  return (await command(args)) ?? 0;
}

/** `--root <dir>` points the generator at another repository root (tests use fixture roots). */
function rootOption(args: string[]): string {
  const at = args.indexOf("--root");
  if (at === -1) return ROOT;
  const dir = args[at + 1];
  if (dir === undefined) throw new Error("--root needs a folder");
  return resolve(dir);
}

async function generateCommand(mode: "write" | "check", args: string[]): Promise<number> {
  const started = performance.now();
  // Loaded here so that the other commands do not pay for loading every emitter.
  const { runPipeline } = await import("./pipeline.ts");
  let result: Awaited<ReturnType<typeof runPipeline>>;
  try {
    result = await runPipeline({ root: rootOption(args), mode });
  } catch (error) {
    console.error(error instanceof ModelError ? error.message : error);
    console.error("Nothing was written.");
    return 1;
  }
  const { outputs, drift, written } = result;
  const folderFiles = outputs.dirs.reduce((count, output) => count + output.files.length, 0);
  const ownedFiles = outputs.files.filter((file) => file.contents !== undefined).length;
  const fileCount = folderFiles + ownedFiles;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (mode === "check") {
    if (!hasDrift(drift)) {
      console.log(`generate:check: ${fileCount} generated files are up to date (${seconds} s)`);
      return 0;
    }
    console.error(describeDrift(drift));
    console.error("The generated files are stale: run `pnpm generate` and commit the result.");
    return 1;
  }
  const changed = written.length ? `rewrote ${written.join(", ")}` : "nothing changed";
  console.log(
    `generate: ${folderFiles} files in ${outputs.dirs.length} folders and ${ownedFiles} owned files; ${changed} (${seconds} s)`,
  );
  return 0;
}

function describeDrift(drift: Drift): string {
  const sections: [string, string[]][] = [
    ["differ from the generator's output", drift.differing],
    ["are missing", drift.missing],
    ["are no longer generated (extra)", drift.extra],
  ];
  return sections
    .filter(([, paths]) => paths.length > 0)
    .map(
      ([title, paths]) =>
        `${paths.length} file(s) ${title}:\n${paths.map((path) => `  ${path}`).join("\n")}`,
    )
    .join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "generate":
      return generateCommand("write", args);
    case "check":
      return generateCommand("check", args);
    case "import":
      return runModuleCommand("./import/index.ts", "importCommand", args);
    case "diff":
      return runModuleCommand("./diff/index.ts", "diffCommand", args);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
