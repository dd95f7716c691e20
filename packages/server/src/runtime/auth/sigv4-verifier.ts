import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChimeHttpRequest } from "../http/types.js";
import { parseQuery, type QueryParams } from "../http/query.js";
import { parseAuthorization, type SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import type { ChimeCredentials } from "./options.js";
import {
  looksPresigned,
  parsePresignedQuery,
  PRESIGN_PARAM,
  type PresignedAuthorization,
} from "./presigned-query.js";

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const sha256 = Hash.bind(null, "sha256");
/** The parameters `presign` adds itself: the signature is computed over the query without them. */
const PRESIGN_OWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PRESIGN_PARAM));

export interface VerifierSettings {
  service: string;
  clockSkewMs: number;
  lookup: (
    accessKeyId: string,
  ) => ChimeCredentials | undefined | Promise<ChimeCredentials | undefined>;
  now: () => number;
}

/** Who signed a request that verified. */
export interface VerifiedSigner {
  accessKeyId: string;
  credentials: ChimeCredentials;
}

/**
 * Verifies a SigV4-signed request, signed in its `Authorization` header or as
 * a presigned URL (`X-Amz-*` query parameters), by recomputing its signature
 * over what was received (the signed headers only, the raw path, the decoded
 * query and the body) with the credential scope and date the client used,
 * then comparing. Throws the AWS-named error for whatever is wrong.
 */
export async function verifySigV4(
  request: ChimeHttpRequest,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
  const header = request.headers.authorization;
  const presigned = looksPresigned(request.query);
  if (header && presigned) {
    throw authError(
      "IncompleteSignature",
      "Only one auth mechanism allowed: the Authorization header or the X-Amz-* query parameters of a presigned URL, not both.",
    );
  }
  if (header) return verifyAuthorizationHeader(request, header, settings);
  if (presigned) return verifyPresignedUrl(request, settings);
  throw authError("MissingAuthenticationToken", "Missing Authentication Token");
}

async function verifyAuthorizationHeader(
  request: ChimeHttpRequest,
  header: string,
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
  const signed = await signer.sign(requestToSign(request, auth, parseQuery(request.query)), {
    signingDate,
    signableHeaders: new Set(auth.signedHeaders),
  });
  const authorization = signed.headers.authorization ?? "";
  const expected = authorization.slice(
    authorization.lastIndexOf("Signature=") + "Signature=".length,
  );
  return matchSignature(auth, expected, credentials);
}

async function verifyPresignedUrl(
  request: ChimeHttpRequest,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
  const query = parseQuery(request.query);
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

function requireAmzDate(amzDate: string): Date {
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

function checkScope(auth: SigV4Authorization, amzDate: string, service: string) {
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

function checkSkew(signingDate: Date, amzDate: string, settings: VerifierSettings) {
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

function compactDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** The signer's secret, once the request signs the host and names a known access key. */
async function signerCredentials(
  auth: SigV4Authorization,
  settings: VerifierSettings,
): Promise<ChimeCredentials> {
  if (!auth.signedHeaders.includes("host")) {
    throw authError(
      "IncompleteSignature",
      "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }
  const credentials = await settings.lookup(auth.accessKeyId);
  if (!credentials) {
    throw authError(
      "InvalidClientTokenId",
      "The security token included in the request is invalid.",
    );
  }
  return credentials;
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

function signerFor(auth: SigV4Authorization, secretAccessKey: string): SignatureV4 {
  return new SignatureV4({
    service: auth.scope.service,
    region: auth.scope.region,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    sha256,
    applyChecksum: false,
  });
}

/** The request as the client signed it: its signed headers, and its query without `omit`. */
function requestToSign(
  request: ChimeHttpRequest,
  auth: SigV4Authorization,
  query: QueryParams,
  omit: ReadonlySet<string> = new Set(),
): HttpRequest {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const bag: Record<string, string | string[]> = {};
  for (const [name, values] of query) {
    if (!omit.has(name)) bag[name] = values.length === 1 ? values[0] : [...values];
  }
  return new HttpRequest({
    method: request.method,
    protocol: "https:",
    hostname: headers.host ?? "",
    path: request.path,
    query: bag,
    headers,
    body: request.body.length > 0 ? request.body : undefined,
  });
}

function matchSignature(
  auth: SigV4Authorization,
  expected: string,
  credentials: ChimeCredentials,
): VerifiedSigner {
  if (!constantTimeEqual(expected, auth.signature)) {
    throw authError(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
  }
  return { accessKeyId: auth.accessKeyId, credentials };
}

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
