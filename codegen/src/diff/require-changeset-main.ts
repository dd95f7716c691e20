/**
 * Runs the CI rule on its own, so `.ci/check-changeset.sh` does not depend on
 * how the codegen CLI wires its subcommands.
 */
import { requireChangesetCommand } from "./index.ts";

process.exitCode = await requireChangesetCommand(process.argv.slice(2));
