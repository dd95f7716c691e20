import { describe, expect, it } from "vitest";
import { parseAuthorization } from "../../src/runtime/auth/authorization-header.js";

const SIGNATURE = "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
const SDK_FORM = `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/chime/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIGNATURE}`;

describe("parseAuthorization", () => {
  it("reads the form the SDKs write and the forms it may also take alike", () => {
    const expected = {
      ok: true,
      value: {
        accessKeyId: "AKIDEXAMPLE",
        scope: {
          date: "20150830",
          region: "us-east-1",
          service: "chime",
          terminator: "aws4_request",
        },
        signedHeaders: ["host", "x-amz-date"],
        signature: SIGNATURE,
      },
    };
    for (const header of [
      SDK_FORM,
      SDK_FORM.replaceAll(", ", ","),
      `${SDK_FORM} `,
      `AWS4-HMAC-SHA256 Signature=${SIGNATURE}, SignedHeaders=host;x-amz-date, Credential=AKIDEXAMPLE/20150830/us-east-1/chime/aws4_request`,
      SDK_FORM.replaceAll(", ", " ,  "),
    ]) {
      expect(parseAuthorization(header), header).toEqual(expected);
    }
  });

  it("names what is missing or malformed, with the access key when there is one", () => {
    expect(parseAuthorization(SDK_FORM.replace("/chime/", "/"))).toEqual({
      ok: false,
      accessKeyId: "AKIDEXAMPLE",
      message: expect.stringContaining("exactly 5 slash-delimited elements"),
    });
    expect(parseAuthorization(SDK_FORM.replace(/, Signature=.*$/, ""))).toMatchObject({
      ok: false,
      message: expect.stringContaining("requires 'Signature' parameter"),
    });
    expect(
      parseAuthorization(SDK_FORM.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1")),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("Unsupported authorization type"),
    });
  });
});
