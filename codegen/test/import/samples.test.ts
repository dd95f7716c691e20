import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import {
  joinSample,
  parseSampleRequest,
  parseSampleResponse,
} from "../../src/import/parse/samples.ts";
import { lines } from "./lines.ts";

describe("samples", () => {
  it("re-joins wrapped lines, closing breaks after a hyphen or slash", () => {
    const log = new CorrectionLog();
    const joined = joinSample(
      {
        line: 1,
        lines: lines(
          'POST /accounts/12a/rooms/  \nabcd/memberships HTTP/1.1 User-Agent: aws-  \ncli/1.16 {"Id": "1ab2-\nf23g", "Name": "Jan\nDoe"}',
        ),
      },
      "Op example request",
      log,
    );
    expect(joined.text).toBe(
      'POST /accounts/12a/rooms/abcd/memberships HTTP/1.1 User-Agent: aws-cli/1.16 {"Id": "1ab2-f23g", "Name": "Jan Doe"}',
    );
    expect(log.list().map((correction) => correction.id)).toEqual(["sample-wrapped-lines-1"]);
  });

  it("reads a fused request, dropping the /console prefix and a stray caption", () => {
    const log = new CorrectionLog();
    const request = parseSampleRequest(
      {
        line: 3,
        text: 'Update Bot API POST /console/accounts/12a/users?operation=create HTTP/1.1 Host: service.chime.aws.amazon.com X-Amz-Date: 20190108T175917Z Authorization: AUTHPARAMS Content-Length: 17 {"Name": "example"}',
      },
      "CreateUser example request",
      log,
    );
    expect(request).toEqual({
      method: "POST",
      path: "/accounts/12a/users",
      query: [["operation", "create"]],
      headers: { "Content-Length": "17" },
      body: '{"Name": "example"}',
      line: 3,
    });
    expect(log.list().map((correction) => correction.id)).toEqual([
      "sample-console-prefix-1",
      "sample-stray-caption-1",
    ]);
  });

  it("reads a request without a body", () => {
    const request = parseSampleRequest(
      {
        line: 1,
        text: "GET /settings HTTP/1.1 Host: service.chime.aws.amazon.com Authorization: AUTHPARAMS",
      },
      "GetGlobalSettings example request",
      new CorrectionLog(),
    );
    expect(request?.body).toBeUndefined();
  });

  it("reads a fused response and repairs an identifier the layout split", () => {
    const log = new CorrectionLog();
    const response = parseSampleResponse(
      {
        line: 9,
        text: 'HTTP/1.1 200 OK x-amzn-RequestId: e92d Content-Type: application/json Content-Length: 104 Date: Wed, 18 Sep 2019 19:48:24 GMT Connection: keep-alive {"Voice Connector": {"CdrBucket": "s3bucket"}}',
      },
      "GetGlobalSettings example response",
      log,
    );
    expect(response).toEqual({
      code: 200,
      headers: { "Content-Type": "application/json" },
      body: '{"VoiceConnector": {"CdrBucket": "s3bucket"}}',
      line: 9,
    });
    expect(log.list().map((correction) => correction.id)).toEqual(["sample-split-identifier-1"]);
  });

  it("puts back the slash of an IAM user ARN", () => {
    const log = new CorrectionLog();
    const response = parseSampleResponse(
      {
        line: 5,
        text: 'HTTP/1.1 200 OK Content-Type: application/json Connection: keep-alive {"Room": {"CreatedBy": "arn:aws:iam::111122223333:user alejandro"}}',
      },
      "GetRoom example response",
      log,
    );
    expect(response?.body).toBe(
      '{"Room": {"CreatedBy": "arn:aws:iam::111122223333:user/alejandro"}}',
    );
    expect(log.list()).toEqual([
      expect.objectContaining({
        id: "sample-arn-slash-1",
        said: "arn:aws:iam::111122223333:user alejandro",
        holds: "arn:aws:iam::111122223333:user/alejandro",
      }),
    ]);
  });

  it("reads a 204 response without a body", () => {
    const response = parseSampleResponse(
      {
        line: 1,
        text: "HTTP/1.1 204 No Content x-amzn-RequestId: a67c Content-Type: application/json Date: Tue, 08 Jan 2019 18:03:07 GMT Connection: keep-alive",
      },
      "LogoutUser example response",
      new CorrectionLog(),
    );
    expect(response).toMatchObject({ code: 204, body: undefined });
  });
});
