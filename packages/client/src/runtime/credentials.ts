import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from "@smithy/types";

/** Credentials are refreshed this long before they expire. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * The standard credential chain (environment, shared files, SSO, web identity,
 * container and instance metadata). Its module is named through a variable
 * so that bundlers leave it out: a program that passes explicit credentials
 * neither loads nor ships it.
 */
const CREDENTIAL_CHAIN_MODULE = "@aws-sdk/credential-provider-node";

export type CredentialsInput = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * Normalizes the `credentials` option to a provider. Without explicit
 * credentials, the standard chain is imported on first use.
 */
export function resolveCredentials(
  input: CredentialsInput | undefined,
  chainOptions: { profile?: string; logger?: Logger },
): AwsCredentialIdentityProvider {
  if (input === undefined) {
    return memoize(standardChain(chainOptions));
  }
  if (typeof input === "function") {
    return memoize(input);
  }
  const credentials = Promise.resolve(input);
  return () => credentials;
}

function standardChain(options: {
  profile?: string;
  logger?: Logger;
}): AwsCredentialIdentityProvider {
  let chain: Promise<AwsCredentialIdentityProvider> | undefined;
  return async (properties) => {
    chain ??= (
      import(CREDENTIAL_CHAIN_MODULE) as Promise<typeof import("@aws-sdk/credential-provider-node")>
    ).then(({ defaultProvider }) => defaultProvider(options));
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
