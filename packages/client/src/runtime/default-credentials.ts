import {
  chain,
  CredentialsProviderError,
  getProfileName,
  parseKnownFiles,
} from "@smithy/core/config";
import {
  ENV_CMDS_FULL_URI,
  ENV_CMDS_RELATIVE_URI,
  fromContainerMetadata,
  fromInstanceMetadata,
} from "@smithy/credential-provider-imds";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Logger,
  ParsedIniData,
} from "@smithy/types";

/**
 * The default credential chain, in the AWS SDK's order: environment, the
 * shared credentials and config files, web identity, then container or
 * instance metadata. This module is imported with a literal `import()`, so a
 * bundle keeps it: its members need only `@smithy/core` and
 * `@smithy/credential-provider-imds`, which keeps bundles small.
 *
 * Sources that need AWS API calls (SSO, assume-role, web identity, EKS Pod
 * Identity) or a child process (`credential_process`) are handed to the
 * AWS SDK's own chain, `@aws-sdk/credential-provider-node`, which is imported
 * by a name bundlers do not follow: it loads from an installed package, and a
 * bundle that leaves it out fails with an error saying what to add.
 */

export interface DefaultChainOptions {
  profile?: string;
  logger?: Logger;
}

/** The AWS SDK's chain, named through a variable so that bundlers leave it out (~380 KB minified). */
const FULL_CHAIN_MODULE = "@aws-sdk/credential-provider-node";

/** Profile keys whose credentials only the AWS SDK's chain resolves, and what they stand for. */
const FULL_CHAIN_PROFILE_KEYS: Record<string, string> = {
  sso_session: "SSO",
  sso_start_url: "SSO",
  role_arn: "an assume-role profile",
  web_identity_token_file: "web identity",
  credential_process: "credential_process",
  login_session: "console login",
};

const ENV_WEB_IDENTITY_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
const ENV_CONTAINER_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
/** Container credential hosts `@smithy/credential-provider-imds` accepts in a full URI. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1"]);

export function defaultCredentialChain(
  options: DefaultChainOptions,
): AwsCredentialIdentityProvider {
  return chain(
    async () => fromEnvironment(options),
    async () => fromSharedFiles(options),
    async () => fromWebIdentityEnvironment(options),
    async () => fromContainerOrInstance(options),
    async () => {
      throw new CredentialsProviderError(
        "ChimeClient: no credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, " +
          "a profile in the shared credentials or config file (AWS_PROFILE), or container or " +
          "instance credentials; or pass `credentials` to the client",
        { tryNextLink: false, logger: options.logger },
      );
    },
  );
}

/** Static keys from the environment, unless a profile is named (the SDK prefers the profile then). */
function fromEnvironment({ profile, logger }: DefaultChainOptions): AwsCredentialIdentity {
  const env = process.env;
  if (profile ?? env.AWS_PROFILE) {
    throw new CredentialsProviderError("a profile is named: skipping environment credentials", {
      logger,
    });
  }
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new CredentialsProviderError("no credentials in the environment", { logger });
  }
  return {
    accessKeyId,
    secretAccessKey,
    ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
    ...(env.AWS_CREDENTIAL_EXPIRATION && { expiration: new Date(env.AWS_CREDENTIAL_EXPIRATION) }),
    ...(env.AWS_CREDENTIAL_SCOPE && { credentialScope: env.AWS_CREDENTIAL_SCOPE }),
    ...(env.AWS_ACCOUNT_ID && { accountId: env.AWS_ACCOUNT_ID }),
  };
}

/** The profile's static keys; a profile that resolves credentials otherwise goes to the SDK's chain. */
async function fromSharedFiles(options: DefaultChainOptions): Promise<AwsCredentialIdentity> {
  const profileName = getProfileName(options);
  const profiles: ParsedIniData = await parseKnownFiles(options);
  const profile = profiles[profileName];
  const fullChainKey = Object.keys(FULL_CHAIN_PROFILE_KEYS).find((key) => profile?.[key]);
  if (fullChainKey !== undefined) {
    return fromFullChain(
      `profile "${profileName}" uses ${FULL_CHAIN_PROFILE_KEYS[fullChainKey]} (${fullChainKey})`,
      options,
    );
  }
  if (!profile?.aws_access_key_id || !profile.aws_secret_access_key) {
    throw new CredentialsProviderError(
      `profile "${profileName}" holds no credentials in the shared files`,
      { logger: options.logger },
    );
  }
  return {
    accessKeyId: profile.aws_access_key_id,
    secretAccessKey: profile.aws_secret_access_key,
    ...(profile.aws_session_token && { sessionToken: profile.aws_session_token }),
    ...(profile.aws_credential_scope && { credentialScope: profile.aws_credential_scope }),
    ...(profile.aws_account_id && { accountId: profile.aws_account_id }),
  };
}

function fromWebIdentityEnvironment(options: DefaultChainOptions): Promise<AwsCredentialIdentity> {
  if (!process.env[ENV_WEB_IDENTITY_TOKEN_FILE]) {
    throw new CredentialsProviderError(`${ENV_WEB_IDENTITY_TOKEN_FILE} is not set`, {
      logger: options.logger,
    });
  }
  return fromFullChain(`web identity (${ENV_WEB_IDENTITY_TOKEN_FILE})`, options);
}

async function fromContainerOrInstance(
  options: DefaultChainOptions,
): Promise<AwsCredentialIdentity> {
  const env = process.env;
  const fullUri = env[ENV_CMDS_FULL_URI];
  if (fullUri || env[ENV_CMDS_RELATIVE_URI]) {
    // EKS Pod Identity and other non-local full URIs, and token files, need the SDK's HTTP provider.
    if (env[ENV_CONTAINER_TOKEN_FILE] || (fullUri && !isLoopbackUrl(fullUri))) {
      return fromFullChain(`container credentials from ${fullUri ?? "the relative URI"}`, options);
    }
    return fromContainerMetadata(options)();
  }
  if (env[ENV_IMDS_DISABLED] && env[ENV_IMDS_DISABLED] !== "false") {
    throw new CredentialsProviderError(`instance metadata is disabled (${ENV_IMDS_DISABLED})`, {
      logger: options.logger,
    });
  }
  return fromInstanceMetadata(options)();
}

function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    // A malformed URL is reported by the container provider, with the SDK's message.
    return true;
  }
}

/** Resolves credentials with the AWS SDK's chain, or says what to add when it cannot be loaded. */
async function fromFullChain(
  reason: string,
  options: DefaultChainOptions,
): Promise<AwsCredentialIdentity> {
  let fullChain: typeof import("@aws-sdk/credential-provider-node");
  try {
    fullChain = (await import(FULL_CHAIN_MODULE)) as typeof fullChain;
  } catch (error) {
    // Node's message goes on with the require stack: its first line says what failed.
    const loadError = String((error as Error).message).split("\n")[0];
    throw new CredentialsProviderError(
      `ChimeClient: ${reason} needs ${FULL_CHAIN_MODULE}, which this program cannot load ` +
        `(${loadError}). A bundle leaves it out: install it where the program ` +
        `runs (npm install ${FULL_CHAIN_MODULE}), or pass \`credentials\` ` +
        `to the client (e.g. fromSSO() or fromIni() of @aws-sdk/credential-providers, which a bundler keeps)`,
      { tryNextLink: false, logger: options.logger },
    );
  }
  return fullChain.defaultProvider(options)();
}
