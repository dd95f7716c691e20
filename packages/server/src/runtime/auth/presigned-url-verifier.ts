import type { ChimeHttpRequest } from "../http/types.js";
import type { QueryParams } from "../http/query.js";
import { authError } from "./auth-errors.js";
import type { ChimeCredentials } from "./options.js";
import {
  PRESIGN_PARAM,
  parsePresignedQuery,
  type PresignedAuthorization,
} from "./presigned-query.js";
import {
  checkScope,
  checkSkew,
  compactDate,
  requireAmzDate,
  signedPayloadHash,
  signerCredentials,
  verifySignature,
  type VerifiedSigner,
  type VerifierSettings,
} from "./sigv4-checks.js";

/**
 * Verifies a presigned URL: its `X-Amz-*` parameters name the scope, date,
 * validity and signed headers, and the signature is recomputed over the
 * request received, its query with every parameter but `X-Amz-Signature`.
 */
export function verifyPresignedUrl(
  request: ChimeHttpRequest,
  query: QueryParams,
  settings: VerifierSettings,
): VerifiedSigner | Promise<VerifiedSigner> {
  const parsed = parsePresignedQuery(query);
  if (!parsed.ok) throw authError("IncompleteSignature", parsed.message);
  const auth = parsed.value;
  const signingDate = requireAmzDate(auth.amzDate);
  checkScope(auth, auth.amzDate, settings.service);
  checkExpiry(signingDate, auth, settings);
  const verify = (credentials: ChimeCredentials) => {
    const { signedHeaders, amzDate } = auth;
    const payloadHash = signedPayloadHash(request, signedHeaders);
    const signed = { request, auth, signedHeaders, query, amzDate, payloadHash };
    return verifySignature(signed, credentials, settings);
  };
  const credentials = signerCredentials(auth, settings);
  return credentials instanceof Promise ? credentials.then(verify) : verify(credentials);
}

/** A presigned URL is good from its date (give or take the clock skew) until it expires. */
function checkExpiry(signingDate: Date, auth: PresignedAuthorization, settings: VerifierSettings) {
  const now = settings.now();
  if (signingDate.getTime() > now) checkSkew(signingDate, auth.amzDate, settings);
  if (now > signingDate.getTime() + auth.expiresSeconds * 1000) {
    throw authError(
      "RequestExpired",
      `Request has expired: ${PRESIGN_PARAM.date} ${auth.amzDate} plus ${PRESIGN_PARAM.expires} ${auth.expiresSeconds} seconds is before ${compactDate(now)}.`,
    );
  }
}
