import { createHash, createHmac } from "node:crypto";
import { Hash } from "#smithy/hash-node";
import { HttpRequest } from "#smithy/protocol-http";
import { SignatureV4 } from "#smithy/signature-v4";
import { extendedEncodeURIComponent } from "#smithy/smithy-client";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  EventSigningArguments,
  FormattedEvent,
  MessageSigningArguments,
  Provider,
  QueryParameterBag,
  RequestSigningArguments,
  SignableMessage,
  SignedMessage,
  SigningArguments,
} from "@smithy/types";

const ALGORITHM = "AWS4-HMAC-SHA256";
/** The hex SHA-256 of an empty payload. */
const EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
/** Headers the signature writes, dropped from the request first so a re-signed attempt is signed afresh. */
const GENERATED_HEADERS = new Set(["authorization", "x-amz-date", "date"]);
/** Headers that proxies may change, never part of the signature. */
const UNSIGNABLE_HEADERS = new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);
const UNSIGNABLE_PREFIX = /^(proxy|sec)-/;
/** Whether a header value has line breaks, tabs, runs of spaces or spaces at its ends. */
const NEEDS_FOLDING = /[\r\n\t]| {2}|^ | $/;

/** The signing key of one (secret, date, region, service), derived once and reused. */
interface DerivedKey {
  readonly secretAccessKey: string;
  readonly shortDate: string;
  readonly region: string;
  readonly service: string;
  readonly key: Buffer;
}

export interface ChimeSignerInit {
  credentials: AwsCredentialIdentityProvider;
  region: Provider<string>;
  service: string;
}

/**
 * The client's SigV4 signer. Every call signs one request with no options,
 * and @smithy/signature-v4 spends most of a call's client-side time there
 * (an HMAC per call for its key cache, a hash object and buffer copies per
 * step, a promise per step). That case is signed here: the derived key is kept
 * per (secret, date, region, service), and the canonical request is built
 * once, with the same bytes as the library's. Presigning, signing with
 * options, strings, events and messages go to @smithy/signature-v4 itself.
 */
export class ChimeSigner extends SignatureV4 {
  #derivedKey: DerivedKey | undefined;
  #formattedDate: { second: number; text: string } | undefined;

  constructor({ credentials, region, service }: ChimeSignerInit) {
    super({
      credentials,
      region,
      service,
      sha256: Hash.bind(null, "sha256"),
      uriEscapePath: true,
    });
  }

  override sign(stringToSign: string, options?: SigningArguments): Promise<string>;
  override sign(event: FormattedEvent, options: EventSigningArguments): Promise<string>;
  override sign(event: SignableMessage, options: MessageSigningArguments): Promise<SignedMessage>;
  override sign(
    requestToSign: HttpRequest,
    options?: RequestSigningArguments,
  ): Promise<HttpRequest>;
  override sign(toSign: any, options?: any): Promise<any> {
    // The library signs as a request whatever is not a string, an event or a message.
    const isRequest =
      typeof toSign !== "string" && !(toSign.headers && toSign.payload) && !toSign.message;
    if (options === undefined && isRequest) {
      return this.#signRequest(toSign);
    }
    return super.sign(toSign, options);
  }

  async #signRequest(original: HttpRequest): Promise<HttpRequest> {
    const longDate = this.#longDate(Date.now());
    const credentials = await this.credentialProvider();
    this.validateResolvedCredentials(credentials);
    const region = await this.regionProvider();
    const request = HttpRequest.clone(original);
    // A spread copy (what `clone` makes) turns every header added to it into a slow
    // store, several microseconds each; a copy made by assignment keeps them fast.
    const headers = Object.assign({}, original.headers);
    request.headers = headers;
    for (const name of Object.keys(headers)) {
      if (GENERATED_HEADERS.has(name.toLowerCase())) {
        delete headers[name];
      }
    }
    const shortDate = longDate.slice(0, 8);
    const scope = `${shortDate}/${region}/${this.service}/aws4_request`;
    headers["x-amz-date"] = longDate;
    if (credentials.sessionToken) {
      headers["x-amz-security-token"] = credentials.sessionToken;
    }
    const givenPayloadHash = headerValue(headers, "x-amz-content-sha256");
    const payloadHash = givenPayloadHash ?? payloadHashOf(request.body);
    if (givenPayloadHash === undefined && this.applyChecksum) {
      headers["x-amz-content-sha256"] = payloadHash;
    }
    const signed = signedHeaders(headers);
    const signedNames = signed.names.join(";");
    let headerLines = "";
    for (let index = 0; index < signed.names.length; index += 1) {
      headerLines += `${signed.names[index]}:${signed.values[index]}\n`;
    }
    const canonicalRequest = `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(
      request.query,
    )}\n${headerLines}\n${signedNames}\n${payloadHash}`;
    const stringToSign = `${ALGORITHM}\n${longDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
    const signature = createHmac("sha256", this.#signingKey(credentials, shortDate, region))
      .update(stringToSign)
      .digest("hex");
    headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedNames}, Signature=${signature}`;
    return request;
  }

  /**
   * `20261203T065130Z`: the text changes once a second, so it is formatted once a second. It is
   * put together from the UTC fields: a process's first `toISOString()` takes ~0.3 ms.
   */
  #longDate(now: number): string {
    const second = Math.floor(now / 1000);
    if (this.#formattedDate?.second !== second) {
      const date = new Date(second * 1000);
      const text =
        `${String(date.getUTCFullYear()).padStart(4, "0")}${twoDigits(date.getUTCMonth() + 1)}${twoDigits(date.getUTCDate())}` +
        `T${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}${twoDigits(date.getUTCSeconds())}Z`;
      this.#formattedDate = { second, text };
    }
    return this.#formattedDate.text;
  }

  #signingKey(credentials: AwsCredentialIdentity, shortDate: string, region: string): Buffer {
    const cached = this.#derivedKey;
    if (
      cached?.secretAccessKey === credentials.secretAccessKey &&
      cached.shortDate === shortDate &&
      cached.region === region &&
      cached.service === this.service
    ) {
      return cached.key;
    }
    let key: string | Buffer = `AWS4${credentials.secretAccessKey}`;
    for (const part of [shortDate, region, this.service, "aws4_request"]) {
      key = createHmac("sha256", key).update(part).digest();
    }
    this.#derivedKey = {
      secretAccessKey: credentials.secretAccessKey,
      shortDate,
      region,
      service: this.service,
      key: key as Buffer,
    };
    return key as Buffer;
  }
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

function sha256Hex(data: string | ArrayBufferView | ArrayBuffer): string {
  const hash = createHash("sha256");
  if (typeof data === "string") {
    hash.update(data);
  } else if (ArrayBuffer.isView(data)) {
    hash.update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  } else {
    hash.update(new Uint8Array(data));
  }
  return hash.digest("hex");
}

/** The value of a header whatever the case of its name, as the signer looks it up. */
function headerValue(headers: Record<string, string>, lowerCaseName: string): string | undefined {
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === lowerCaseName) {
      return headers[name];
    }
  }
  return undefined;
}

/** A body the signer can hash (text or bytes); a stream is sent with an unsigned payload. */
function payloadHashOf(body: unknown): string {
  if (body === undefined || body === null) {
    return EMPTY_PAYLOAD_HASH;
  }
  if (typeof body === "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
    return sha256Hex(body);
  }
  return UNSIGNED_PAYLOAD;
}

/** An `ArrayBuffer`, also one from another realm. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return (
    value instanceof ArrayBuffer || Object.prototype.toString.call(value) === "[object ArrayBuffer]"
  );
}

/**
 * The signed headers as sorted lower-case names and their values, trimmed and
 * folded. Names are visited in sorted order, so when two names differ only in
 * case the one that sorts last gives the value, as in the library.
 */
function signedHeaders(headers: Record<string, string>): { names: string[]; values: string[] } {
  const canonical = new Map<string, string>();
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
    if (value === undefined || value === null) {
      continue;
    }
    const lowerCaseName = name.toLowerCase();
    if (UNSIGNABLE_HEADERS.has(lowerCaseName) || UNSIGNABLE_PREFIX.test(lowerCaseName)) {
      continue;
    }
    canonical.set(lowerCaseName, NEEDS_FOLDING.test(value) ? foldHeaderValue(value) : value);
  }
  const names = [...canonical.keys()].sort();
  return { names, values: names.map((name) => canonical.get(name)!) };
}

function foldHeaderValue(value: string): string {
  return value
    .replace(/[\r\n]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/^ | $/g, "");
}

/**
 * The path with `.` and `..` segments resolved and empty segments dropped,
 * then URI-encoded once more (the service expects the already encoded path
 * encoded again), slashes kept.
 */
function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") {
      continue;
    }
    if (segment === "..") {
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  const normalized = `${path.startsWith("/") ? "/" : ""}${segments.join("/")}${
    segments.length > 0 && path.endsWith("/") ? "/" : ""
  }`;
  return extendedEncodeURIComponent(normalized).replace(/%2F/g, "/");
}

/** The query sorted by encoded name, each value encoded, list values sorted. */
function canonicalQuery(query: QueryParameterBag | undefined): string {
  if (query === undefined) {
    return "";
  }
  const pairs: [string, string][] = [];
  for (const name of Object.keys(query)) {
    if (name.toLowerCase() === "x-amz-signature") {
      continue;
    }
    const key = extendedEncodeURIComponent(name);
    const value = query[name];
    if (typeof value === "string") {
      pairs.push([key, `${key}=${extendedEncodeURIComponent(value)}`]);
    } else if (Array.isArray(value) && value.length > 0) {
      const encoded = value.map((item) => `${key}=${extendedEncodeURIComponent(item)}`).sort();
      pairs.push([key, encoded.join("&")]);
    }
  }
  return pairs
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, pair]) => pair)
    .join("&");
}
