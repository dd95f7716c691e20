import type { ChimeHttpRequest } from "../http/types.js";
import type { QueryParams } from "../http/query.js";
import { parseAuthorization, type SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import type { ChimeCredentials } from "./options.js";
import { verifyPresignedUrl } from "./presigned-url-verifier.js";
import { isPresigned } from "./presigned-query.js";
import {
  bodySha256,
  checkScope,
  checkSkew,
  CONTENT_SHA256_HEADER,
  requireAmzDate,
  signedPayloadHash,
  signerCredentials,
  verifySignature,
  type VerifiedSigner,
  type VerifierSettings,
} from "./sigv4-checks.js";

const AMZ_DATE_HEADER = "x-amz-date";

/**
 * Verifies a SigV4-signed request, signed in its `Authorization` header or as
 * a presigned URL (`X-Amz-*` query parameters), by recomputing its signature
 * over what was received (the signed headers only, the canonical path, the
 * decoded query and the body) with the credential scope and date the client
 * used, then comparing. Throws the AWS-named error for whatever is wrong.
 * Answers at once when the credentials lookup does.
 */
export function verifySigV4(
  request: ChimeHttpRequest,
  query: QueryParams,
  settings: VerifierSettings,
): VerifiedSigner | Promise<VerifiedSigner> {
  const header = request.headers.authorization;
  const presigned = isPresigned(query);
  if (header && presigned) {
    throw authError(
      "IncompleteSignature",
      "Only one auth mechanism allowed: the Authorization header or the X-Amz-* query parameters of a presigned URL, not both.",
    );
  }
  if (header) return verifyAuthorizationHeader(request, header, query, settings);
  if (presigned) return verifyPresignedUrl(request, query, settings);
  throw authError("MissingAuthenticationToken", "Missing Authentication Token");
}

function verifyAuthorizationHeader(
  request: ChimeHttpRequest,
  header: string,
  query: QueryParams,
  settings: VerifierSettings,
): VerifiedSigner | Promise<VerifiedSigner> {
  const parsed = parseAuthorization(header);
  if (!parsed.ok) throw authError("IncompleteSignature", parsed.message);
  const auth = parsed.value;
  const amzDate = request.headers[AMZ_DATE_HEADER];
  if (!amzDate) {
    throw authError(
      "IncompleteSignature",
      "Authorization header requires existence of a 'X-Amz-Date' header.",
    );
  }
  const signingDate = requireAmzDate(amzDate);
  checkScope(auth, amzDate, settings.service);
  checkSkew(signingDate, amzDate, settings);
  const verify = (credentials: ChimeCredentials) => {
    checkPayloadHash(request, auth);
    // The date the skew was checked against is signed, whether or not the client listed it.
    const signedHeaders = auth.signedHeaders.includes(AMZ_DATE_HEADER)
      ? auth.signedHeaders
      : [...auth.signedHeaders, AMZ_DATE_HEADER];
    const payloadHash = signedPayloadHash(request, signedHeaders);
    const signed = { request, auth, signedHeaders, query, amzDate, payloadHash };
    return verifySignature(signed, credentials, settings);
  };
  const credentials = signerCredentials(auth, settings);
  return credentials instanceof Promise ? credentials.then(verify) : verify(credentials);
}

/** A signed `x-amz-content-sha256` is trusted by the signature, so it must match the body received. */
function checkPayloadHash(request: ChimeHttpRequest, auth: SigV4Authorization) {
  const claimed = request.headers[CONTENT_SHA256_HEADER];
  if (claimed === undefined || !auth.signedHeaders.includes(CONTENT_SHA256_HEADER)) return;
  if (claimed !== bodySha256(request.body)) {
    throw authError(
      "InvalidSignatureException",
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
}
