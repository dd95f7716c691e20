import { resolveEndpointConfig, type EndpointResolvedConfig } from "@smithy/core/endpoints";

/**
 * The endpoint the AWS SDK reads from the environment and the shared config
 * files, by its own resolver in `@smithy/core`. A module of its own, apart
 * from `./shared-config.ts`: the resolver brings the endpoint middleware with
 * it, which a program that passes `endpoint` but leaves another setting out
 * would otherwise load and never use.
 */

/** The service ID the configured-endpoint keys derive from (`AWS_ENDPOINT_URL_CHIME`, `[services] chime`). */
const SERVICE_ID = "Chime";

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
