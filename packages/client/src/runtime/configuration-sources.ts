import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Whether a setting may be configured outside the code: one of its
 * environment variables is set, or a shared config or credentials file
 * exists. When neither holds, the SDK's loaders would read nothing and
 * answer the default, so the client answers it without loading them: most
 * deployed programs (containers, functions, CI jobs) have no `~/.aws` files,
 * and the loaders cost a cold start about a twentieth of its time.
 *
 * The files are looked for wherever the SDK's loaders may look:
 * `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, and `.aws/config` and
 * `.aws/credentials` under every folder that can be the home folder to them
 * (`HOME`, `USERPROFILE`, `HOMEDRIVE` + `HOMEPATH`, the account's home). A
 * file in any of them sends the setting to the loaders, which pick the one
 * they read; importing their home-folder rule instead would bring the
 * loaders' module into every start.
 */
export function mayBeConfigured(environmentVariables: readonly string[]): boolean {
  if (environmentVariables.some((name) => process.env[name] !== undefined)) return true;
  return sharedConfigFiles().some((file) => existsSync(file));
}

function sharedConfigFiles(): string[] {
  const { AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, HOME, USERPROFILE, HOMEDRIVE, HOMEPATH } =
    process.env;
  const homes = [HOME, USERPROFILE, HOMEPATH && `${HOMEDRIVE ?? "C:\\"}${HOMEPATH}`, homedir()];
  return [
    ...[AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE].filter((file) => !!file),
    ...homes
      .filter((home) => !!home)
      .flatMap((home) => [join(home!, ".aws", "config"), join(home!, ".aws", "credentials")]),
  ] as string[];
}
