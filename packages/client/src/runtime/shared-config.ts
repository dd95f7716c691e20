import { loadConfig } from "@smithy/core/config";
import { resolveEndpointConfig, type EndpointResolvedConfig } from "@smithy/core/endpoints";
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
 * loads it.
 */

/** The service ID the configured-endpoint keys derive from (`AWS_ENDPOINT_URL_CHIME`, `[services] chime`). */
const SERVICE_ID = "Chime";

/** Which shared-config profile to read: the `profile` option, else `AWS_PROFILE`, else `default`. */
export interface SharedConfigOptions {
  profile?: string;
}

/**
 * The endpoint configured for Chime outside the code: `AWS_ENDPOINT_URL_CHIME`,
 * `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's
 * `endpoint_url`, in that order; none when
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls`
 * is set. Like the AWS SDK, it reads the profile `AWS_PROFILE` names.
 */
export function configuredEndpoint(): Promise<string | undefined> {
  // Of an endpoint config, only `serviceId` matters to the configured endpoint it resolves.
  const endpointConfig = resolveEndpointConfig({ serviceId: SERVICE_ID } as Parameters<
    typeof resolveEndpointConfig
  >[0]) as EndpointResolvedConfig;
  return endpointConfig.serviceConfiguredEndpoint!();
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
