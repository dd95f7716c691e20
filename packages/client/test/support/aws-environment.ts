import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The shared config and credentials files of one test, as their INI text. */
export interface SharedFiles {
  config?: string;
  credentials?: string;
}

/**
 * An environment of the AWS SDK's settings for one test: a temporary home
 * with its own shared config and credentials files, and only the `AWS_*`
 * variables the test sets, so the real home and environment are never read.
 */
export class AwsEnvironment {
  readonly dir = mkdtempSync(join(tmpdir(), "chimekit-aws-env-"));
  readonly #saved = { ...process.env };

  constructor(variables: Record<string, string>, files: SharedFiles = {}) {
    for (const name of Object.keys(process.env)) {
      if (name.startsWith("AWS_")) {
        delete process.env[name];
      }
    }
    const configFile = join(this.dir, "config");
    const credentialsFile = join(this.dir, "credentials");
    writeFileSync(configFile, files.config ?? "");
    writeFileSync(credentialsFile, files.credentials ?? "");
    Object.assign(process.env, this.variables(variables));
  }

  /** The variables a child process of this test runs with. */
  variables(extra: Record<string, string> = {}): Record<string, string> {
    return {
      HOME: this.dir,
      USERPROFILE: this.dir,
      AWS_CONFIG_FILE: join(this.dir, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(this.dir, "credentials"),
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: "1",
      ...extra,
    };
  }

  restore(): void {
    for (const name of Object.keys(process.env)) {
      if (!(name in this.#saved)) {
        delete process.env[name];
      }
    }
    Object.assign(process.env, this.#saved);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
