import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type {
  AwsCredentialIdentity,
  HttpRequest as SignedRequest,
  QueryParameterBag,
} from "@smithy/types";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChimeSigner } from "../../src/runtime/signing.js";

/**
 * `ChimeSigner` signs a request without options on its own path; whatever it
 * signs must come out byte for byte as @smithy/signature-v4 signs it, so each
 * case signs the same request with both, at the same clock time.
 */

const credentials: AwsCredentialIdentity = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

function signers(identity: AwsCredentialIdentity = credentials, region = "us-east-1") {
  const provider = async () => identity;
  const regionProvider = async () => region;
  return {
    ours: new ChimeSigner({ credentials: provider, region: regionProvider, service: "chime" }),
    library: new SignatureV4({
      credentials: provider,
      region: regionProvider,
      service: "chime",
      sha256: Hash.bind(null, "sha256"),
      uriEscapePath: true,
    }),
  };
}

function request(
  fields: Partial<Pick<HttpRequest, "method" | "path" | "query" | "headers" | "body">>,
) {
  return new HttpRequest({
    protocol: "https:",
    hostname: "service.chime.aws.amazon.com",
    method: "GET",
    path: "/",
    query: {},
    ...fields,
    headers: { host: "service.chime.aws.amazon.com", ...fields.headers },
  });
}

/** What goes on the wire, header order included. */
function wire(signed: SignedRequest) {
  return {
    method: signed.method,
    path: signed.path,
    query: signed.query,
    headers: Object.entries(signed.headers),
    body: signed.body,
  };
}

async function expectSameSignature(
  toSign: HttpRequest,
  pair: ReturnType<typeof signers> = signers(),
) {
  const before = structuredClone({ headers: toSign.headers, query: toSign.query });
  const ours = await pair.ours.sign(toSign);
  const library = await pair.library.sign(toSign);
  expect(wire(ours)).toEqual(wire(library));
  expect(ours).toBeInstanceOf(HttpRequest);
  // Retries sign the same request again: it must come back untouched.
  expect({ headers: toSign.headers, query: toSign.query }).toEqual(before);
  return ours;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-03T06:51:30.123Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("ChimeSigner, against @smithy/signature-v4", () => {
  it("signs a GET with labels in its path", async () => {
    const signed = await expectSameSignature(
      request({ path: "/accounts/12a3456b-7c89/users/1ab2345c-67de" }),
    );
    expect(signed.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261203\/us-east-1\/chime\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it.each<[string, unknown]>([
    ["a JSON string", JSON.stringify({ Name: "room", Ünïcode: "ü" })],
    ["an empty string", ""],
    ["bytes", new TextEncoder().encode("bytes")],
    ["a view into a larger buffer", new Uint8Array(Buffer.from("xxpayloadxx")).subarray(2, 9)],
    ["an ArrayBuffer", new TextEncoder().encode("array buffer").buffer],
    ["a stream (unsigned payload)", Readable.from(["streamed"])],
  ])("hashes a body that is %s", async (_, body) => {
    await expectSameSignature(
      request({
        method: "POST",
        path: "/accounts",
        headers: { "content-type": "application/json" },
        body,
      }),
    );
  });

  it.each<[string, string]>([
    ["percent-encoded labels", "/users/a%2Fb/x%20y"],
    ["characters encodeURIComponent keeps", "/rooms/it's(1)*!"],
    ["dot segments", "/a/./b/../c"],
    ["empty segments and a trailing slash", "//a//b/"],
    ["only a slash", "/"],
    ["non-ASCII text", "/names/Zoë"],
  ])("normalizes and encodes a path with %s", async (_, path) => {
    await expectSameSignature(request({ path }));
  });

  it.each<[string, QueryParameterBag]>([
    ["unsorted names", { "next-token": "abc", MaxResults: "10", "user-type": "PrivateUser" }],
    ["lists of values, sorted", { "phone-number": ["+15550002", "+15550001"], a: "b" }],
    ["reserved characters", { "user-email": "a+b@example.com", "a b": "c/d?e=f&g" }],
    ["an empty list and a missing value", { empty: [], none: undefined as any, x: "" }],
    ["a signature parameter, left out", { "X-Amz-Signature": "old", operation: "logout" }],
  ])("canonicalizes a query with %s", async (_, query) => {
    await expectSameSignature(request({ query }));
  });

  it("signs the headers it should, with values trimmed and folded", async () => {
    await expectSameSignature(
      request({
        headers: {
          "X-Custom": "  spaced\t\tout  ",
          "x-multi": "line one\r\nline two",
          "User-Agent": "left out",
          connection: "keep-alive",
          "proxy-authorization": "left out",
          "sec-fetch-mode": "left out",
          "amz-sdk-invocation-id": "2b1f8a1e-0c55-4a59-9b0e-3c7c3a4d1e2f",
          "amz-sdk-request": "attempt=1; max=3",
          "x-undefined": undefined as any,
        },
      }),
    );
  });

  it("takes the last name in sort order when two names differ only in case", async () => {
    await expectSameSignature(request({ headers: { "X-Dup": "upper", "x-dup": "lower" } }));
  });

  it("drops a previous signature and date, so a retried attempt is signed afresh", async () => {
    const first = await expectSameSignature(request({ path: "/accounts" }));
    vi.setSystemTime(new Date("2026-12-03T06:52:00Z"));
    const again = await expectSameSignature(
      request({ path: "/accounts", headers: { ...first.headers, Date: "yesterday" } }),
    );
    expect(again.headers["x-amz-date"]).toBe("20261203T065200Z");
    expect(again.headers.authorization).not.toBe(first.headers.authorization);
  });

  it("uses a payload hash the caller set, whatever its case", async () => {
    const signed = await expectSameSignature(
      request({
        method: "PUT",
        body: "x",
        headers: { "X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD" },
      }),
    );
    expect(signed.headers["x-amz-content-sha256"]).toBeUndefined();
  });

  it("signs the session token of temporary credentials", async () => {
    const pair = signers({ ...credentials, sessionToken: "session/token+=" });
    const signed = await expectSameSignature(request({ path: "/accounts" }), pair);
    expect(signed.headers["x-amz-security-token"]).toBe("session/token+=");
  });

  it("derives a new key when the date, the secret or the region changes", async () => {
    let identity = credentials;
    let region = "us-east-1";
    const provider = async () => identity;
    const regionProvider = async () => region;
    const ours = new ChimeSigner({
      credentials: provider,
      region: regionProvider,
      service: "chime",
    });
    const library = new SignatureV4({
      credentials: provider,
      region: regionProvider,
      service: "chime",
      sha256: Hash.bind(null, "sha256"),
    });
    const both = { ours, library };
    const toSign = request({ path: "/accounts" });
    await expectSameSignature(toSign, both);
    vi.setSystemTime(new Date("2026-12-04T00:00:01Z"));
    await expectSameSignature(toSign, both);
    identity = { accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" };
    await expectSameSignature(toSign, both);
    region = "eu-central-1";
    await expectSameSignature(toSign, both);
    identity = credentials;
    vi.setSystemTime(new Date("2026-12-03T23:59:59Z"));
    await expectSameSignature(toSign, both);
  });

  it("dates a signature as the library does, field by field", async () => {
    const { ours, library } = signers();
    for (const time of [
      "2026-01-02T03:04:05Z",
      "2028-02-29T23:59:59Z",
      "2026-12-31T23:59:59Z",
      "2027-01-01T00:00:00Z",
      "0999-09-09T09:09:09Z",
    ]) {
      vi.setSystemTime(new Date(time));
      await expectSameSignature(request({ path: "/accounts" }), { ours, library });
    }
  });

  it("rejects credentials without a secret, as the library does", async () => {
    const { ours } = signers({ accessKeyId: "AKIDEXAMPLE" } as AwsCredentialIdentity);
    await expect(ours.sign(request({}))).rejects.toThrow("Resolved credential object is not valid");
  });

  it("leaves signing with options, and presigning, to the library", async () => {
    const { ours, library } = signers();
    const options = { signingDate: new Date("2020-01-01T00:00:00Z"), signingRegion: "us-west-2" };
    expect(wire(await ours.sign(request({}), options))).toEqual(
      wire(await library.sign(request({}), options)),
    );
    expect(wire(await ours.presign(request({})))).toEqual(wire(await library.presign(request({}))));
    expect(await ours.sign("string to sign")).toBe(await library.sign("string to sign"));
  });
});

describe("ChimeSigner, on generated requests", () => {
  /** A small seeded generator, so a failure names a case that can be replayed. */
  function random(seed: number) {
    let state = seed;
    return <T>(items: readonly T[]): T => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return items[state % items.length]!;
    };
  }
  const methods = ["GET", "POST", "PUT", "DELETE"] as const;
  const paths = ["/", "/accounts/a1/users/u%2B1", "/a/../b/./c/", "/rooms/x(y)!", "/v/ü/%25"];
  const queries: QueryParameterBag[] = [
    {},
    { "max-results": "5" },
    { b: ["2", "10", "1"], a: "x y", "~": "*" },
    { operation: "logout", "next-token": "t/o+k=n" },
  ];
  const headerSets: Record<string, string>[] = [
    {},
    { "Content-Type": "application/json", "content-length": "12" },
    { "x-amz-user-agent": "aws-sdk-js", "user-agent": "ua", "x-amzn-trace-id": "t" },
    { "X-A": " a  b ", "x-a": "c", expect: "100-continue", "proxy-x": "p" },
  ];
  const bodies = [undefined, "", '{"Name":"n"}', new Uint8Array([1, 2, 3])];

  it("signs 200 combinations of method, path, query, headers and body alike", async () => {
    const pair = signers();
    for (let seed = 1; seed <= 200; seed += 1) {
      const pick = random(seed);
      const toSign = request({
        method: pick(methods),
        path: pick(paths),
        query: structuredClone(pick(queries)),
        headers: { ...pick(headerSets) },
        body: pick(bodies),
      });
      await expectSameSignature(toSign, pair);
    }
  });
});
