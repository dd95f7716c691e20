// The checks and the signature recomputation that a signed header and a
// presigned URL share: see sigv4-verifier.ts and presigned-url-verifier.ts.
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { QueryParams } from "../http/query.js";
import type { ChimeHttpRequest } from "../http/types.js";
import type { SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import type { ChimeCredentials } from "./options.js";

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
export const sha256 = Hash.bind(null, "sha256");

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

/** The signer's secret, once the request signs the host and names a known access key. */
export async function signerCredentials(
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

export function signerFor(auth: SigV4Authorization, secretAccessKey: string): SignatureV4 {
  return new SignatureV4({
    service: auth.scope.service,
    region: auth.scope.region,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    sha256,
    applyChecksum: false,
  });
}

/** The request as the client signed it: its signed headers, and its query without `omit`. */
export function requestToSign(
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

export function matchSignature(
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

export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
