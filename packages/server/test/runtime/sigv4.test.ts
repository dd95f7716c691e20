import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { createServiceHandler, type ChimeHttpRequest } from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";
import { json, recordingService } from "../support/recording-service.js";

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const KEYS: Record<string, { secretAccessKey: string; awsAccountId: string }> = {
  AKIDEXAMPLE: {
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    awsAccountId: "111122223333",
  },
};

interface Unsigned {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  body?: string;
}

async function sign(
  unsigned: Unsigned,
  options: {
    service?: string;
    date?: number;
    accessKeyId?: string;
    secret?: string;
    applyChecksum?: boolean;
  } = {},
): Promise<ChimeHttpRequest> {
  const signer = new SignatureV4({
    service: options.service ?? "chime",
    region: "us-east-1",
    credentials: {
      accessKeyId: options.accessKeyId ?? "AKIDEXAMPLE",
      secretAccessKey: options.secret ?? KEYS.AKIDEXAMPLE.secretAccessKey,
    },
    sha256: Hash.bind(null, "sha256"),
    applyChecksum: options.applyChecksum ?? true,
  });
  const headers: Record<string, string> = { host: "chime.us-east-1.amazonaws.com" };
  if (unsigned.body !== undefined) headers["content-type"] = "application/json";
  const signed = await signer.sign(
    new HttpRequest({
      method: unsigned.method,
      protocol: "https:",
      hostname: headers.host,
      path: unsigned.path,
      query: unsigned.query ?? {},
      headers,
      body: unsigned.body,
    }),
    { signingDate: new Date(options.date ?? NOW) },
  );
  const query = Object.entries(unsigned.query ?? {})
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`,
      ),
    )
    .join("&");
  const lowerHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers))
    lowerHeaders[name.toLowerCase()] = value;
  return {
    method: signed.method,
    path: signed.path,
    query,
    headers: lowerHeaders,
    body: new TextEncoder().encode(unsigned.body ?? ""),
  };
}

function setup(mode: "sigv4" | "presence" | "off" = "sigv4") {
  const { service, calls } = recordingService();
  const handler = createServiceHandler(miniSchema, service, {
    auth: { mode, credentials: (id) => KEYS[id], now: () => NOW },
  });
  return { handler: (r: ChimeHttpRequest) => handler(r, undefined), calls };
}

const createWidget: Unsigned = {
  method: "POST",
  path: "/accounts/acc%201/widgets",
  query: { operation: "create" },
  body: JSON.stringify({ Name: "w" }),
};

async function expectAuthError(
  r: ChimeHttpRequest,
  status: number,
  type: string,
  message?: RegExp,
) {
  const { handler, calls } = setup();
  const response = await handler(r);
  expect(response.statusCode).toBe(status);
  expect(response.headers["x-amzn-errortype"]).toBe(type);
  if (message) expect(json(response).Message).toMatch(message);
  expect(calls).toHaveLength(0);
}

describe("sigv4 mode", () => {
  it("passes requests signed with @smithy/signature-v4 and resolves the identity", async () => {
    const { handler, calls } = setup();
    const response = await handler(await sign(createWidget));
    expect(response.statusCode).toBe(201);
    expect(calls[0].input).toEqual({ AccountId: "acc 1", Name: "w" });
    expect(calls[0].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
  });

  it("passes signed GET requests with repeated and encoded query values", async () => {
    const { handler, calls } = setup();
    const response = await handler(
      await sign({
        method: "GET",
        path: "/accounts/a/widgets",
        query: { id: ["b", "a+/"], "max-results": "5" },
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(calls[0].input).toMatchObject({
      Ids: ["b", "a+/"],
      MaxResults: 5,
    });
  });

  it("passes a signed query whose names prefix one another, in the order SigV4 sorts them", async () => {
    const { handler } = setup();
    const query = { a: "1", "a-b": "2", "a.c": ["z", "y"], a1: "3" };
    const response = await handler(
      await sign({ method: "GET", path: "/accounts/a/widgets", query }),
    );
    expect(response.statusCode).toBe(200);
    const presigned = await presign({ method: "GET", path: "/accounts/a/widgets", query });
    expect((await handler(presigned)).statusCode).toBe(200);
  });

  it("rejects a request without Authorization with MissingAuthenticationToken (403)", async () => {
    const signed = await sign(createWidget);
    delete signed.headers.authorization;
    await expectAuthError(
      signed,
      403,
      "MissingAuthenticationToken",
      /^Missing Authentication Token$/,
    );
  });

  it("rejects a changed body with InvalidSignatureException (403), with or without a signed payload hash", async () => {
    const hashed = await sign(createWidget);
    expect(hashed.headers["x-amz-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
    hashed.body = new TextEncoder().encode(JSON.stringify({ Name: "x" }));
    await expectAuthError(hashed, 403, "InvalidSignatureException", /x-amz-content-sha256/);
    const plain = await sign(createWidget, { applyChecksum: false });
    expect(plain.headers["x-amz-content-sha256"]).toBeUndefined();
    plain.body = new TextEncoder().encode(JSON.stringify({ Name: "x" }));
    await expectAuthError(
      plain,
      403,
      "InvalidSignatureException",
      /signature we calculated does not match/,
    );
  });

  it("rejects a changed signed header, path or query with InvalidSignatureException (403)", async () => {
    const header = await sign(createWidget);
    header.headers["content-type"] = "text/plain";
    await expectAuthError(header, 403, "InvalidSignatureException");
    const path = await sign(createWidget);
    path.path = "/accounts/acc%202/widgets";
    await expectAuthError(path, 403, "InvalidSignatureException");
    const query = await sign({ ...createWidget, query: { operation: "create", x: "1" } });
    query.query = "operation=create&x=2";
    await expectAuthError(query, 403, "InvalidSignatureException");
  });

  it("ignores unsigned headers", async () => {
    const signed = await sign(createWidget);
    signed.headers["user-agent"] = "changed";
    signed.headers["x-extra"] = "added";
    const { handler } = setup();
    expect((await handler(signed)).statusCode).toBe(201);
  });

  it("rejects a date outside the 15-minute skew with RequestExpired (400)", async () => {
    await expectAuthError(
      await sign(createWidget, { date: NOW - 16 * 60_000 }),
      400,
      "RequestExpired",
      /^Signature expired: 20240501T114400Z is now earlier than 20240501T114500Z/,
    );
    await expectAuthError(
      await sign(createWidget, { date: NOW + 16 * 60_000 }),
      400,
      "RequestExpired",
    );
    const { handler } = setup();
    expect((await handler(await sign(createWidget, { date: NOW - 14 * 60_000 }))).statusCode).toBe(
      201,
    );
  });

  it("rejects an unknown access key with InvalidClientTokenId (403)", async () => {
    await expectAuthError(
      await sign(createWidget, { accessKeyId: "AKIDUNKNOWN" }),
      403,
      "InvalidClientTokenId",
    );
  });

  it("rejects a wrong secret with InvalidSignatureException (403)", async () => {
    await expectAuthError(
      await sign(createWidget, { secret: "wrong" }),
      403,
      "InvalidSignatureException",
    );
  });

  it("rejects a scope for another service with InvalidSignatureException (403)", async () => {
    await expectAuthError(
      await sign(createWidget, { service: "s3" }),
      403,
      "InvalidSignatureException",
      /scoped to correct service: 'chime'/,
    );
  });

  it("rejects a malformed Authorization header with IncompleteSignature (400)", async () => {
    const signed = await sign(createWidget);
    signed.headers.authorization =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240501/us-east-1/chime/aws4_request";
    await expectAuthError(
      signed,
      400,
      "IncompleteSignature",
      /requires 'SignedHeaders' parameter\. .*requires 'Signature' parameter/,
    );
    const noDate = await sign(createWidget);
    delete noDate.headers["x-amz-date"];
    await expectAuthError(noDate, 400, "IncompleteSignature", /X-Amz-Date/);
    const basic = await sign(createWidget);
    basic.headers.authorization = "Basic dXNlcjpwYXNz";
    await expectAuthError(
      basic,
      400,
      "IncompleteSignature",
      /Unsupported authorization type 'Basic'/,
    );
  });

  it("rejects a signed payload hash that does not match the body", async () => {
    const signer = new SignatureV4({
      service: "chime",
      region: "us-east-1",
      credentials: {
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: KEYS.AKIDEXAMPLE.secretAccessKey,
      },
      sha256: Hash.bind(null, "sha256"),
    });
    const host = "chime.us-east-1.amazonaws.com";
    const signed = await signer.sign(
      new HttpRequest({
        method: "POST",
        hostname: host,
        path: "/accounts/a/widgets",
        query: { operation: "create" },
        headers: { host, "x-amz-content-sha256": "0".repeat(64) },
        body: "{}",
      }),
      { signingDate: new Date(NOW) },
    );
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(signed.headers)) headers[k.toLowerCase()] = v;
    await expectAuthError(
      {
        method: "POST",
        path: "/accounts/a/widgets",
        query: "operation=create",
        headers,
        body: new TextEncoder().encode("{}"),
      },
      403,
      "InvalidSignatureException",
      /x-amz-content-sha256/,
    );
  });

  it("routes a path with dot segments and repeated slashes as its signature reads it", async () => {
    const { handler, calls } = setup();
    const signed = await sign({ method: "GET", path: "/accounts/a/x/../widgets/.//w12" });
    expect(signed.path).toBe("/accounts/a/x/../widgets/.//w12");
    const response = await handler(signed);
    expect(response.statusCode).toBe(200);
    expect(calls[0].input).toEqual({ AccountId: "a", WidgetId: "w12" });
    const tampered = { ...signed, path: "/accounts/a/widgets/w13/../w12/extra/.." };
    expect((await handler(tampered)).statusCode).toBe(200);
    const elsewhere = { ...signed, path: "/accounts/b/../a/widgets/w13" };
    expect((await handler(elsewhere)).headers["x-amzn-errortype"]).toBe(
      "InvalidSignatureException",
    );
  });

  it("keeps each secret's signing key apart on one server", async () => {
    const { handler } = setup();
    expect((await handler(await sign(createWidget))).statusCode).toBe(201);
    const wrong = await handler(await sign(createWidget, { secret: "wrong" }));
    expect(wrong.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
    const nextDay = await sign(createWidget, { date: NOW + 10 * 60_000 });
    expect((await handler(nextDay)).statusCode).toBe(201);
    expect((await handler(await sign(createWidget))).statusCode).toBe(201);
  });

  it("needs a credentials lookup", () => {
    expect(() => createServiceHandler(miniSchema, {}, { auth: { mode: "sigv4" } })).toThrow(
      /needs auth\.credentials/,
    );
  });
});

describe("presence and off modes", () => {
  const unsignedWithHeader: ChimeHttpRequest = {
    method: "GET",
    path: "/accounts/a/widgets/w12",
    query: "",
    headers: {
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240501/us-east-1/chime/aws4_request, SignedHeaders=host, Signature=bad",
    },
    body: new Uint8Array(0),
  };

  it("presence needs an Authorization header but does not verify it", async () => {
    const { handler, calls } = setup("presence");
    const missing = await handler({ ...unsignedWithHeader, headers: {} });
    expect(missing.statusCode).toBe(403);
    expect(missing.headers["x-amzn-errortype"]).toBe("MissingAuthenticationToken");
    expect((await handler(unsignedWithHeader)).statusCode).toBe(200);
    expect(calls[0].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
  });

  it("off passes everything and still fills the identity from the header", async () => {
    const { handler, calls } = setup("off");
    expect((await handler({ ...unsignedWithHeader, headers: {} })).statusCode).toBe(200);
    expect((await handler(unsignedWithHeader)).statusCode).toBe(200);
    expect(calls[0].context.identity).toBeUndefined();
    expect(calls[1].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
  });

  it("fills only the access key when the lookup does not know it", async () => {
    const { handler, calls } = setup("off");
    const header = unsignedWithHeader.headers.authorization.replace("AKIDEXAMPLE", "AKIDOTHER");
    await handler({ ...unsignedWithHeader, headers: { authorization: header } });
    expect(calls[0].context.identity).toEqual({ accessKeyId: "AKIDOTHER" });
  });
});

/** A presigned URL for `unsigned`, as `@smithy/signature-v4`'s `presign` writes it, received as a request. */
async function presign(
  unsigned: Unsigned,
  options: { date?: number; expiresIn?: number; accessKeyId?: string } = {},
): Promise<ChimeHttpRequest> {
  const signer = new SignatureV4({
    service: "chime",
    region: "us-east-1",
    credentials: {
      accessKeyId: options.accessKeyId ?? "AKIDEXAMPLE",
      secretAccessKey: KEYS.AKIDEXAMPLE.secretAccessKey,
    },
    sha256: Hash.bind(null, "sha256"),
  });
  const host = "chime.us-east-1.amazonaws.com";
  const presigned = await signer.presign(
    new HttpRequest({
      method: unsigned.method,
      protocol: "https:",
      hostname: host,
      path: unsigned.path,
      query: unsigned.query ?? {},
      headers: { host },
      body: unsigned.body,
    }),
    { signingDate: new Date(options.date ?? NOW), expiresIn: options.expiresIn ?? 300 },
  );
  const query = Object.entries(presigned.query ?? {})
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (v) => `${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`,
      ),
    )
    .join("&");
  return {
    method: unsigned.method,
    path: unsigned.path,
    query,
    headers: { host },
    body: new TextEncoder().encode(unsigned.body ?? ""),
  };
}

/** The query with one parameter replaced (or removed, for `undefined`). */
function withParam(request: ChimeHttpRequest, name: string, value: string | undefined) {
  const params = new URLSearchParams(request.query);
  if (value === undefined) params.delete(name);
  else params.set(name, value);
  return { ...request, query: params.toString() };
}

const getWidget: Unsigned = { method: "GET", path: "/accounts/a/widgets/w12" };

describe("sigv4 mode, presigned URLs", () => {
  it("passes presigned GET and POST requests, without the X-Amz-* parameters reaching the input", async () => {
    const { handler, calls } = setup();
    expect((await handler(await presign(getWidget))).statusCode).toBe(200);
    expect(calls[0].input).toEqual({ AccountId: "a", WidgetId: "w12" });
    expect(calls[0].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
    expect((await handler(await presign(createWidget))).statusCode).toBe(201);
    expect(calls[1].input).toEqual({ AccountId: "acc 1", Name: "w" });
  });

  it("stays valid for X-Amz-Expires after its date, beyond the 15-minute skew", async () => {
    const { handler } = setup();
    const old = await presign(getWidget, { date: NOW - 30 * 60_000, expiresIn: 3600 });
    expect((await handler(old)).statusCode).toBe(200);
  });

  it("rejects an expired URL, or one dated too far ahead, with RequestExpired (400)", async () => {
    await expectAuthError(
      await presign(getWidget, { date: NOW - 10 * 60_000, expiresIn: 300 }),
      400,
      "RequestExpired",
      /^Request has expired: X-Amz-Date 20240501T115000Z plus X-Amz-Expires 300 seconds is before 20240501T120000Z\.$/,
    );
    await expectAuthError(
      await presign(getWidget, { date: NOW + 16 * 60_000 }),
      400,
      "RequestExpired",
      /is now later than/,
    );
  });

  it("rejects a changed path, query or body with InvalidSignatureException (403)", async () => {
    const path = await presign(getWidget);
    path.path = "/accounts/a/widgets/w13";
    await expectAuthError(path, 403, "InvalidSignatureException");
    const query = withParam(await presign({ ...getWidget, query: { x: "1" } }), "x", "2");
    await expectAuthError(query, 403, "InvalidSignatureException");
    const body = await presign(createWidget);
    body.body = new TextEncoder().encode(JSON.stringify({ Name: "x" }));
    await expectAuthError(body, 403, "InvalidSignatureException");
    const longer = withParam(await presign(getWidget), "X-Amz-Expires", "600");
    await expectAuthError(longer, 403, "InvalidSignatureException");
  });

  it("rejects missing or malformed X-Amz-* parameters with IncompleteSignature (400)", async () => {
    const signed = await presign(getWidget);
    await expectAuthError(
      withParam(signed, "X-Amz-SignedHeaders", undefined),
      400,
      "IncompleteSignature",
      /must include 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'/,
    );
    await expectAuthError(
      withParam(signed, "X-Amz-Expires", "604801"),
      400,
      "IncompleteSignature",
      /X-Amz-Expires must be a whole number of seconds from 1 to 604800 \(a week\), not '604801'/,
    );
    await expectAuthError(
      withParam(signed, "X-Amz-Algorithm", "AWS4-HMAC-SHA1"),
      400,
      "IncompleteSignature",
      /Unsupported X-Amz-Algorithm 'AWS4-HMAC-SHA1'/,
    );
    await expectAuthError(
      withParam(signed, "X-Amz-Credential", "AKIDEXAMPLE/20240501/us-east-1"),
      400,
      "IncompleteSignature",
      /Credential must have exactly 5 slash-delimited elements/,
    );
  });

  it("rejects an unknown access key with InvalidClientTokenId (403)", async () => {
    await expectAuthError(
      await presign(getWidget, { accessKeyId: "AKIDUNKNOWN" }),
      403,
      "InvalidClientTokenId",
    );
  });

  it("rejects a request signed both ways with IncompleteSignature (400)", async () => {
    const both = await presign(getWidget);
    const header = await sign(getWidget);
    both.headers = { ...header.headers, ...both.headers };
    await expectAuthError(both, 400, "IncompleteSignature", /Only one auth mechanism allowed/);
  });

  it("presence and off modes take the access key from X-Amz-Credential", async () => {
    const presence = setup("presence");
    const unverified = withParam(await presign(getWidget), "X-Amz-Signature", "0".repeat(64));
    expect((await presence.handler(unverified)).statusCode).toBe(200);
    expect(presence.calls[0].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
    const off = setup("off");
    await off.handler(unverified);
    expect(off.calls[0].context.identity).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      awsAccountId: "111122223333",
    });
  });
});
