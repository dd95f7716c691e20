/** Where a command runs and where it writes: the process by default, captured in tests. */
export interface CommandIo {
  /** The folder relative paths and git revisions are resolved in. */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The real process. `pnpm model:diff` runs the script inside `codegen/`, but
 * sets `INIT_CWD` to the workspace root where the root script lives, so paths
 * given to it are resolved from the root, as its README shows them.
 */
export function processIo(): CommandIo {
  return {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
