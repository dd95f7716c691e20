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
