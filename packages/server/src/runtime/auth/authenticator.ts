import type { ChimeHttpRequest } from "../http/types.js";
import type { QueryParams } from "../http/query.js";
import { accessKeyIdOf } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import type { ChimeAuthOptions, ChimeCredentialsLookup, ChimeIdentity } from "./options.js";
import { accessKeyIdOfQuery, isPresigned } from "./presigned-query.js";
import { SigningKeys } from "./signing-keys.js";
import { verifySigV4 } from "./sigv4-verifier.js";
import type { VerifiedSigner } from "./sigv4-checks.js";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Resolves a request's identity, or throws the AWS-named error when the auth mode rejects it. */
export type Authenticator = (
  request: ChimeHttpRequest,
  query: QueryParams,
) => Promise<ChimeIdentity | undefined> | ChimeIdentity | undefined;

export function createAuthenticator(options: ChimeAuthOptions | undefined): Authenticator {
  const mode = options?.mode ?? "off";
  const lookup = options?.credentials;
  switch (mode) {
    case "off":
      return (request, query) => identityOf(request, query, lookup);
    case "presence":
      return (request, query) => {
        if (!request.headers.authorization && !isPresigned(query)) {
          throw authError("MissingAuthenticationToken", "Missing Authentication Token");
        }
        return identityOf(request, query, lookup);
      };
    case "sigv4": {
      if (!lookup) {
        throw new Error(
          "auth.mode 'sigv4' needs auth.credentials: a lookup from access key to secret.",
        );
      }
      const settings = {
        service: options?.signingService ?? "chime",
        clockSkewMs: options?.clockSkewMs ?? FIFTEEN_MINUTES,
        lookup,
        now: options?.now ?? Date.now,
        signingKeys: new SigningKeys(),
      };
      const identity = (signer: VerifiedSigner) =>
        withAccount(signer.accessKeyId, signer.credentials.awsAccountId);
      return (request, query) => {
        const signer = verifySigV4(request, query, settings);
        return signer instanceof Promise ? signer.then(identity) : identity(signer);
      };
    }
    default:
      throw new Error(`auth.mode must be 'off', 'presence' or 'sigv4', not '${String(mode)}'.`);
  }
}

/**
 * Without verification: the access key the `Authorization` header (or a
 * presigned URL's `X-Amz-Credential`) names, and its account when the lookup knows it.
 */
function identityOf(
  request: ChimeHttpRequest,
  query: QueryParams,
  lookup: ChimeCredentialsLookup | undefined,
): Promise<ChimeIdentity | undefined> | ChimeIdentity | undefined {
  const accessKeyId = accessKeyIdOf(request.headers.authorization) ?? accessKeyIdOfQuery(query);
  if (!accessKeyId) return undefined;
  if (!lookup) return { accessKeyId };
  const found = lookup(accessKeyId);
  return found instanceof Promise
    ? found.then((credentials) => withAccount(accessKeyId, credentials?.awsAccountId))
    : withAccount(accessKeyId, found?.awsAccountId);
}

function withAccount(accessKeyId: string, awsAccountId: string | undefined): ChimeIdentity {
  return awsAccountId === undefined ? { accessKeyId } : { accessKeyId, awsAccountId };
}
