import { loadConfig } from "@smithy/core/config";
import {
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
} from "@smithy/core/retry";
import type { Provider } from "@smithy/types";

/**
 * The settings the AWS SDK reads from the environment and the shared config
 * files (`~/.aws/config`, `~/.aws/credentials`), read by the SDK's own
 * loaders in `@smithy/core`. The client imports this module only for the
 * settings a program leaves out, so a program that passes them all never
 * loads it. The configured endpoint is read by `./configured-endpoint.ts`.
 */

/** Which shared-config profile to read: the `profile` option, else `AWS_PROFILE`, else `default`. */
export interface SharedConfigOptions {
  profile?: string;
}

/** `AWS_REGION`, else the profile's `region`, else `fallback`. */
export function configuredRegion(fallback: string, options: SharedConfigOptions): Provider<string> {
  return loadConfig(
    {
      environmentVariableSelector: (env) => env.AWS_REGION,
      configFileSelector: (profile) => profile.region,
      default: fallback,
    },
    { ...options, preferredFile: "config" },
  );
}

/** `AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3. */
export function configuredMaxAttempts(options: SharedConfigOptions): Provider<number> {
  return loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, options);
}

/** `AWS_RETRY_MODE`, else the profile's `retry_mode`, else `standard`. */
export function configuredRetryMode(options: SharedConfigOptions): Provider<string> {
  return loadConfig(NODE_RETRY_MODE_CONFIG_OPTIONS, options);
}
