import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ChimeHttpRequest } from "../http/types.js";
import { parseQuery } from "../http/query.js";
import { parseAuthorization, type SigV4Authorization } from "./authorization-header.js";
import { authError } from "./auth-errors.js";
import type { ChimeCredentials } from "./options.js";

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const sha256 = Hash.bind(null, "sha256");

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
 * Verifies a SigV4-signed request by recomputing its signature over what was
 * received (the signed headers only, the raw path, the decoded query and the
 * body) with the credential scope and date the client used, then comparing.
 * Throws the AWS-named error for whatever is wrong.
 */
export async function verifySigV4(
  request: ChimeHttpRequest,
  settings: VerifierSettings,
): Promise<VerifiedSigner> {
  const header = request.headers.authorization;
  if (!header) throw authError("MissingAuthenticationToken", "Missing Authentication Token");
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
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate) {
    throw authError(
      "IncompleteSignature",
      `X-Amz-Date '${amzDate}' is not in the form YYYYMMDD'T'HHMMSS'Z'.`,
    );
  }
  checkScope(auth, amzDate, settings.service);
  checkSkew(signingDate, amzDate, settings);
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
  await checkPayloadHash(request, auth);
  const expected = await computeSignature(request, auth, signingDate, credentials.secretAccessKey);
  if (!constantTimeEqual(expected, auth.signature)) {
    throw authError(
      "InvalidSignatureException",
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
  }
  return { accessKeyId: auth.accessKeyId, credentials };
}

function parseAmzDate(text: string): Date | undefined {
  const m = AMZ_DATE.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(date.getTime()) ? undefined : date;
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

function compactDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
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

async function computeSignature(
  request: ChimeHttpRequest,
  auth: SigV4Authorization,
  signingDate: Date,
  secretAccessKey: string,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [name, values] of parseQuery(request.query))
    query[name] = values.length === 1 ? values[0] : [...values];
  const signer = new SignatureV4({
    service: auth.scope.service,
    region: auth.scope.region,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: "https:",
      hostname: headers.host ?? "",
      path: request.path,
      query,
      headers,
      body: request.body.length > 0 ? request.body : undefined,
    }),
    { signingDate, signableHeaders: new Set(auth.signedHeaders) },
  );
  const authorization = signed.headers.authorization ?? "";
  return authorization.slice(authorization.lastIndexOf("Signature=") + "Signature=".length);
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
