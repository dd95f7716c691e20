import type { ChimeHttpRequest } from "../http/types.js";
import type { QueryParams } from "../http/query.js";
import { parseAuthorization, type SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import { verifyPresignedUrl } from "./presigned-url-verifier.js";
import { isPresigned } from "./presigned-query.js";
import {
  checkScope,
  checkSkew,
  matchSignature,
  requestToSign,
  requireAmzDate,
  sha256,
  signerCredentials,
  signerFor,
  type VerifiedSigner,
  type VerifierSettings,
} from "./sigv4-checks.js";

/**
 * Verifies a SigV4-signed request, signed in its `Authorization` header or as
 * a presigned URL (`X-Amz-*` query parameters), by recomputing its signature
 * over what was received (the signed headers only, the raw path, the decoded
 * query and the body) with the credential scope and date the client used,
 * then comparing. Throws the AWS-named error for whatever is wrong.
 */
export async function verifySigV4(
  request: ChimeHttpRequest,
  query: QueryParams,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
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

async function verifyAuthorizationHeader(
  request: ChimeHttpRequest,
  header: string,
  query: QueryParams,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
  const parsed = parseAuthorization(header);
  if (!parsed.ok) throw authError("IncompleteSignature", parsed.message);
  const auth = parsed.value;
  const amzDate = request.headers["x-amz-date"];
  if (!amzDate) {
    throw authError(
      "IncompleteSignature",
      "Authorization header requires existence of a 'X-Amz-Date' header.",
    );
  }
  const signingDate = requireAmzDate(amzDate);
  checkScope(auth, amzDate, settings.service);
  checkSkew(signingDate, amzDate, settings);
  const credentials = await signerCredentials(auth, settings);
  await checkPayloadHash(request, auth);
  const signer = signerFor(auth, credentials.secretAccessKey);
  const signed = await signer.sign(requestToSign(request, auth, query), {
    signingDate,
    signableHeaders: new Set(auth.signedHeaders),
  });
  const authorization = signed.headers.authorization ?? "";
  const expected = authorization.slice(
    authorization.lastIndexOf("Signature=") + "Signature=".length,
  );
  return matchSignature(auth, expected, credentials);
}

/** A signed `x-amz-content-sha256` is trusted by the signer, so it must match the body received. */
async function checkPayloadHash(request: ChimeHttpRequest, auth: SigV4Authorization) {
  const claimed = request.headers["x-amz-content-sha256"];
  if (claimed === undefined || !auth.signedHeaders.includes("x-amz-content-sha256")) return;
  const hash = new sha256();
  hash.update(request.body);
  const actual = toHex(await hash.digest());
  if (claimed !== actual) {
    throw authError(
      "InvalidSignatureException",
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
}

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
