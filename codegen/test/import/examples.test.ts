import { expect, it } from "vitest";
import type { OperationShapeNode } from "../../src/model/smithy-ast.ts";
import { describeWithReference } from "../support/reference-suite.ts";
import { importReference } from "./reference-model.ts";

const operation = (name: string) =>
  importReference().model.shapes[`com.amazonaws.chime#${name}`] as OperationShapeNode;

describeWithReference("examples and protocol tests from the samples", () => {
  it("binds labels (decoded), the literal query and the body of a sample request", () => {
    const tests = operation("AssociatePhoneNumberWithUser").traits!["smithy.test#httpRequestTests"];
    expect(tests).toEqual([
      expect.objectContaining({
        protocol: "aws.protocols#restJson1",
        method: "POST",
        uri: "/accounts/12a3456b-7c89-012d-3456-78901e23fg45/users/1ab2345c-67de-8901-f23g-45h678901j2k",
        queryParams: ["operation=associate-phone-number"],
        headers: { "Content-Type": "application/json" },
        body: '{"E164PhoneNumber":"+12065550100"}',
        bodyMediaType: "application/json",
        params: {
          AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
          UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
          E164PhoneNumber: "+12065550100",
        },
      }),
    ]);
    const deleteTests = operation("DeletePhoneNumber").traits![
      "smithy.test#httpRequestTests"
    ] as Array<Record<string, unknown>>;
    expect(deleteTests[0]).toMatchObject({
      uri: "/phone-numbers/%2B12065550100",
      params: { PhoneNumberId: "+12065550100" },
    });
  });

  it("binds query parameters and types integers", () => {
    const search = operation("SearchAvailablePhoneNumbers").traits![
      "smithy.test#httpRequestTests"
    ] as Array<Record<string, unknown>>;
    expect(search.map((test) => test.params)).toEqual([
      { AreaCode: "206" },
      { Country: "GB", PhoneNumberType: "Local" },
    ]);
    expect(search[1].queryParams).toEqual([
      "type=phone-numbers",
      "country=GB",
      "phone-number-type=Local",
    ]);
  });

  it("keeps unknown members and nulls in a response body but not in params, for clients only", () => {
    const [test] = operation("GetAccount").traits!["smithy.test#httpResponseTests"] as Array<
      Record<string, unknown>
    >;
    expect(test.appliesTo).toBe("client");
    expect(test.body).toContain('"BillingType":"SeatBilling"');
    expect(test.params).toMatchObject({
      Account: {
        AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
        CreatedTimestamp: "2018-12-20T18:38:02.181Z",
      },
    });
    expect(JSON.stringify(test.params)).not.toContain("BillingType");
  });

  it("leaves out a sample cut off mid-message and says so", () => {
    const traits = operation("GetBot").traits!;
    expect(traits["smithy.test#httpResponseTests"]).toBeUndefined();
    expect(traits["smithy.test#httpRequestTests"]).toHaveLength(1);
    const broken = importReference().corrections.filter(
      (correction) =>
        correction.subject === "GetBot example response" && correction.rule.id === "sample-broken",
    );
    expect(broken).toEqual([
      expect.objectContaining({
        said: expect.stringMatching(/"UserId":"123abcd4-5ef6-789g-$/),
        holds: "left out: the JSON body is cut off or garbled",
      }),
    ]);
  });

  it("leaves out a sample request whose Content-Length promises a body it lacks", () => {
    const traits = operation("UpdateRoom").traits!;
    expect(traits["smithy.api#examples"]).toBeUndefined();
    expect(traits["smithy.test#httpRequestTests"]).toBeUndefined();
    const broken = importReference().corrections.filter(
      (correction) =>
        correction.subject === "UpdateRoom example request" &&
        correction.rule.id === "sample-broken",
    );
    expect(broken).toEqual([
      expect.objectContaining({
        holds: "left out: the body is missing (Content-Length 21)",
      }),
    ]);
  });

  it("gives a sample's IAM user ARN back its slash", () => {
    const [example] = operation("GetRoom").traits!["smithy.api#examples"] as Array<{
      output: { Room: { CreatedBy: string } };
    }>;
    expect(example.output.Room.CreatedBy).toBe("arn:aws:iam::111122223333:user/alejandro");
  });

  it("makes the examples agree with the protocol tests", () => {
    const traits = operation("UpdateUserSettings").traits!;
    const [example] = traits["smithy.api#examples"] as Array<Record<string, unknown>>;
    const [request] = traits["smithy.test#httpRequestTests"] as Array<Record<string, unknown>>;
    expect(example.input).toEqual(request.params);
    expect(example.output).toEqual({});
    expect(example.title).toBe("Updates the settings for the specified user");
  });
});
