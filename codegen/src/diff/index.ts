import { DIFF_USAGE, runDiff } from "./diff-command.ts";
import { ModelDiffError, UsageError } from "./diff-error.ts";
import { processIo, type CommandIo } from "./io.ts";
import { REQUIRE_CHANGESET_USAGE, runRequireChangeset } from "./require-changeset.ts";

export type { ChangeClass, ModelChange } from "./change.ts";
export type { CommandIo } from "./io.ts";
export { PUBLIC_PACKAGES } from "./release.ts";

/**
 * `model:diff <old> [<new>] [--json] [--changeset]`. Returns the exit code:
 * 0 when the comparison ran (whatever it found), 1 when a model or revision
 * could not be read, 2 for bad arguments.
 */
export async function diffCommand(args: string[], io: CommandIo = processIo()): Promise<number> {
  return reportErrors("model:diff", DIFF_USAGE, () => runDiff(args, io), io);
}

/**
 * `require-changeset [--base <revision>]`, the CI rule: exit 1 when the model
 * has API changes since the base and no added changeset covers their bump.
 */
export async function requireChangesetCommand(
  args: string[],
  io: CommandIo = processIo(),
): Promise<number> {
  return reportErrors(
    "require-changeset",
    REQUIRE_CHANGESET_USAGE,
    () => runRequireChangeset(args, io),
    io,
  );
}

async function reportErrors(
  command: string,
  usage: string,
  run: () => Promise<number>,
  io: CommandIo,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.stderr(`${command}: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof ModelDiffError) {
      io.stderr(`${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** `node:util` parseArgs marks its errors with an ERR_PARSE_ARGS_* code. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
