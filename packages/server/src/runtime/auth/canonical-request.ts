// The SigV4 canonical request and signature, computed once per request over
// what was received (AWS Signature Version 4, "Create a canonical request").
import * as crypto from "node:crypto";
import { canonicalPath } from "../http/canonical-path.js";
import type { QueryParams } from "../http/query.js";
import type { ChimeHttpRequest } from "../http/types.js";
import { SIGV4_ALGORITHM, type SigV4Authorization } from "./authorization-header.js";

/** The query parameter that carries a presigned URL's signature: never part of what is signed. */
const SIGNATURE_PARAM = "x-amz-signature";

/** Characters SigV4 leaves unescaped (RFC 3986 unreserved), and the slash of a path. */
const UNRESERVED_PATH = /^[A-Za-z0-9\-._~/]*$/;
/** An empty, `.` or `..` segment: the path needs canonicalizing. */
const DOT_OR_EMPTY_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/** RFC 3986 escaping as SigV4 specifies it: everything but unreserved characters. */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The path as signed: canonical (see canonicalPath), then escaped once more,
 * slashes kept; the received path is already percent-encoded, so its escapes
 * are escaped again, as SigV4 does for every service but S3. Most paths are
 * already in that form, and are taken as they are.
 */
function canonicalUri(rawPath: string): string {
  const path = DOT_OR_EMPTY_SEGMENT.test(rawPath) ? canonicalPath(rawPath) : rawPath;
  return UNRESERVED_PATH.test(path) ? path : escapeUri(path).replace(/%2F/g, "/");
}

/** Every parameter but the signature, escaped, sorted by name, then repeated names by value. */
function canonicalQuery(query: QueryParams): string {
  const pairs: [name: string, pair: string][] = [];
  for (const [name, values] of query) {
    if (name.toLowerCase() === SIGNATURE_PARAM) continue;
    const escapedName = escapeUri(name);
    for (const value of values) pairs.push([escapedName, `${escapedName}=${escapeUri(value)}`]);
  }
  // By name first: sorting whole pairs would put `a-b=1` before `a=1`.
  pairs.sort(([nameA, pairA], [nameB, pairB]) =>
    nameA === nameB ? compare(pairA, pairB) : compare(nameA, nameB),
  );
  return pairs.map(([, pair]) => pair).join("&");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The headers the client signed, in order, as `name:value` lines with the
 * values trimmed and inner runs of spaces folded; a signed header the request
 * does not carry is left out, so the signature cannot match.
 */
function canonicalHeaders(
  headers: Record<string, string>,
  signedHeaders: readonly string[],
): { lines: string; names: string } {
  // Clients send the list sorted, which leaves nothing to sort and no repeat to drop.
  const names = isAscending(signedHeaders)
    ? signedHeaders.filter((name) => headers[name] !== undefined)
    : signedHeaders
        .filter((name, i) => headers[name] !== undefined && signedHeaders.indexOf(name) === i)
        .sort();
  let lines = "";
  for (const name of names) lines += `${name}:${canonicalHeaderValue(headers[name]!)}\n`;
  return { lines, names: names.join(";") };
}

function isAscending(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1] >= names[i]) return false;
  return true;
}

/** A header value trimmed, with inner runs of white space folded to one space. */
function canonicalHeaderValue(value: string): string {
  const trimmed = value.trim();
  return FOLDABLE_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

const FOLDABLE_SPACE = /\s\s|[\t\n\r\f\v]/;

export interface SignedRequest {
  request: ChimeHttpRequest;
  auth: SigV4Authorization;
  /** The headers signed: the client's list, with any the scheme always signs. */
  signedHeaders: readonly string[];
  /** The query as signed: with a presigned URL's own parameters, without its signature. */
  query: QueryParams;
  /** `X-Amz-Date` as the client sent it. */
  amzDate: string;
  /** The hex SHA-256 the client signed as the payload's. */
  payloadHash: string;
}

/** The hex HMAC-SHA256 signature of `signed`'s canonical request under `signingKey`. */
export function computeSignature(signed: SignedRequest, signingKey: Buffer): string {
  const { request, auth } = signed;
  const headers = canonicalHeaders(request.headers, signed.signedHeaders);
  const canonicalRequest = [
    request.method,
    canonicalUri(request.path),
    canonicalQuery(signed.query),
    headers.lines,
    headers.names,
    signed.payloadHash,
  ].join("\n");
  const { date, region, service, terminator } = auth.scope;
  const stringToSign = [
    SIGV4_ALGORITHM,
    signed.amzDate,
    `${date}/${region}/${service}/${terminator}`,
    sha256Hex(canonicalRequest),
  ].join("\n");
  return crypto.createHmac("sha256", signingKey).update(stringToSign).digest("hex");
}

/**
 * Hex SHA-256. node:crypto's one-shot `hash` (Node 20.12 and later) skips
 * the Hash object that `createHash` builds, a measurable share of a
 * verification; older Node lines take `createHash`.
 */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data).digest("hex");
