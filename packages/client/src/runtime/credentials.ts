import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from "@smithy/types";

/** Credentials are refreshed this long before they expire. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export type CredentialsInput = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * Normalizes the `credentials` option to a provider. Without explicit
 * credentials, the default chain is imported on first use, through a literal
 * `import()`: a program that passes credentials never loads it, and a
 * bundler still keeps it for the programs that rely on it.
 */
export function resolveCredentials(
  input: CredentialsInput | undefined,
  chainOptions: { profile?: string; logger?: Logger },
): AwsCredentialIdentityProvider {
  if (input === undefined) {
    return memoize(defaultChain(chainOptions));
  }
  if (typeof input === "function") {
    return memoize(input);
  }
  const credentials = Promise.resolve(input);
  return () => credentials;
}

function defaultChain(options: {
  profile?: string;
  logger?: Logger;
}): AwsCredentialIdentityProvider {
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return async (properties) => {
    chain ??= import("./default-credentials.js").then(({ defaultCredentialChain }) =>
      defaultCredentialChain(options),
    );
    return (await chain)(properties);
  };
}

/** Calls the provider once, and again only when the credentials are about to expire. */
function memoize(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  let expiresAt = Infinity;
  return async (properties) => {
    if (properties?.forceRefresh || current === undefined || Date.now() >= expiresAt) {
      const next = provider(properties);
      current = next;
      try {
        const credentials = await next;
        expiresAt = credentials.expiration
          ? credentials.expiration.getTime() - EXPIRY_MARGIN_MS
          : Infinity;
      } catch (error) {
        current = undefined;
        throw error;
      }
    }
    return current;
  };
}
