// The checks that a signed header and a presigned URL share, and the
// signature comparison: see sigv4-verifier.ts and presigned-url-verifier.ts.
import type { ChimeHttpRequest } from "../http/types.js";
import type { SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import { computeSignature, sha256Hex, type SignedRequest } from "./canonical-request.js";
import type { ChimeCredentials } from "./options.js";
import type { SigningKeys } from "./signing-keys.js";

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const EMPTY_BODY_SHA256 = sha256Hex("");
export const CONTENT_SHA256_HEADER = "x-amz-content-sha256";

export interface VerifierSettings {
  service: string;
  clockSkewMs: number;
  lookup: (
    accessKeyId: string,
  ) => ChimeCredentials | undefined | Promise<ChimeCredentials | undefined>;
  now: () => number;
  signingKeys: SigningKeys;
}

/** Who signed a request that verified. */
export interface VerifiedSigner {
  accessKeyId: string;
  credentials: ChimeCredentials;
}

export function requireAmzDate(amzDate: string): Date {
  const m = AMZ_DATE.exec(amzDate);
  const date = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  if (!date || Number.isNaN(date.getTime())) {
    throw authError(
      "IncompleteSignature",
      `X-Amz-Date '${amzDate}' is not in the form YYYYMMDD'T'HHMMSS'Z'.`,
    );
  }
  return date;
}

export function checkScope(auth: SigV4Authorization, amzDate: string, service: string) {
  const { scope } = auth;
  if (scope.terminator !== "aws4_request") {
    throw authError(
      "InvalidSignatureException",
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${scope.terminator}'.`,
    );
  }
  if (scope.service !== service) {
    throw authError(
      "InvalidSignatureException",
      `Credential should be scoped to correct service: '${service}'.`,
    );
  }
  if (scope.date !== amzDate.slice(0, 8)) {
    throw authError(
      "InvalidSignatureException",
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (scope.region === "") {
    throw authError("InvalidSignatureException", "Credential should be scoped to a valid region.");
  }
}

export function checkSkew(signingDate: Date, amzDate: string, settings: VerifierSettings) {
  const now = settings.now();
  const skew = signingDate.getTime() - now;
  if (Math.abs(skew) <= settings.clockSkewMs) return;
  const minutes = Math.round(settings.clockSkewMs / 60_000);
  const bound = compactDate(now + (skew > 0 ? settings.clockSkewMs : -settings.clockSkewMs));
  const relation = skew > 0 ? "later" : "earlier";
  const sign = skew > 0 ? "+" : "-";
  throw authError(
    "RequestExpired",
    `Signature expired: ${amzDate} is now ${relation} than ${bound} (${compactDate(now)} ${sign} ${minutes} min.)`,
  );
}

export function compactDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/**
 * The signer's secret, once the request signs the host and names a known
 * access key; at once when the lookup answers at once, so that a verification
 * with a synchronous lookup never waits a turn of the event loop.
 */
export function signerCredentials(
  auth: SigV4Authorization,
  settings: VerifierSettings,
): ChimeCredentials | Promise<ChimeCredentials> {
  if (!auth.signedHeaders.includes("host")) {
    throw authError(
      "IncompleteSignature",
      "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }
  const found = settings.lookup(auth.accessKeyId);
  return found instanceof Promise ? found.then(knownCredentials) : knownCredentials(found);
}

function knownCredentials(credentials: ChimeCredentials | undefined): ChimeCredentials {
  if (!credentials) {
    throw authError(
      "InvalidClientTokenId",
      "The security token included in the request is invalid.",
    );
  }
  return credentials;
}

/**
 * The payload hash the client signed: the signed `x-amz-content-sha256`
 * header when there is one (checked against the body by the header verifier),
 * otherwise the hash of the body received.
 */
export function signedPayloadHash(request: ChimeHttpRequest, signedHeaders: readonly string[]) {
  const claimed = request.headers[CONTENT_SHA256_HEADER];
  if (claimed !== undefined && signedHeaders.includes(CONTENT_SHA256_HEADER)) return claimed;
  return bodySha256(request.body);
}

/** The hex SHA-256 of a body; most requests have none, whose hash is known. */
export function bodySha256(body: Uint8Array): string {
  return body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(body);
}

/** Recomputes the signature with the signer's (cached) signing key and compares it with the one sent. */
export function verifySignature(
  signed: SignedRequest,
  credentials: ChimeCredentials,
  settings: VerifierSettings,
): VerifiedSigner {
  const { auth } = signed;
  const { date, region, service } = auth.scope;
  const key = settings.signingKeys.get(credentials.secretAccessKey, date, region, service);
  if (!constantTimeEqual(computeSignature(signed, key), auth.signature)) {
    throw authError(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
  }
  return { accessKeyId: auth.accessKeyId, credentials };
}

export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
