import type { ChimeHttpRequest } from "../http/types.js";
import type { QueryParams } from "../http/query.js";
import { authError } from "./auth-errors.js";
import {
  PRESIGN_PARAM,
  parsePresignedQuery,
  type PresignedAuthorization,
} from "./presigned-query.js";
import {
  checkScope,
  checkSkew,
  compactDate,
  matchSignature,
  requestToSign,
  requireAmzDate,
  signerCredentials,
  signerFor,
  type VerifiedSigner,
  type VerifierSettings,
} from "./sigv4-checks.js";

/** The parameters `presign` adds itself: the signature is computed over the query without them. */
const PRESIGN_OWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PRESIGN_PARAM));

/**
 * Verifies a presigned URL: its `X-Amz-*` parameters name the scope, date,
 * validity and signed headers, and the signature is recomputed with
 * `presign` over the request received, without those parameters.
 */
export async function verifyPresignedUrl(
  request: ChimeHttpRequest,
  query: QueryParams,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
  const parsed = parsePresignedQuery(query);
  if (!parsed.ok) throw authError("IncompleteSignature", parsed.message);
  const auth = parsed.value;
  const signingDate = requireAmzDate(auth.amzDate);
  checkScope(auth, auth.amzDate, settings.service);
  checkExpiry(signingDate, auth, settings);
  const credentials = await signerCredentials(auth, settings);
  const signer = signerFor(auth, credentials.secretAccessKey);
  const presigned = await signer.presign(requestToSign(request, auth, query, PRESIGN_OWN_PARAMS), {
    signingDate,
    expiresIn: auth.expiresSeconds,
    signableHeaders: new Set(auth.signedHeaders),
    // Signed headers stay headers: hoisting them would sign a different query.
    unhoistableHeaders: new Set(auth.signedHeaders),
  });
  return matchSignature(
    auth,
    String(presigned.query?.[PRESIGN_PARAM.signature] ?? ""),
    credentials,
  );
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
