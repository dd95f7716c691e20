import { expect, it } from "vitest";
import { compareWithReference } from "../../src/import/coverage.ts";
import type { OperationShapeNode, StructureShapeNode } from "../../src/model/smithy-ast.ts";
import { describeWithReference } from "../support/reference-suite.ts";
import { importReference } from "./reference-model.ts";

const id = (name: string) => `com.amazonaws.chime#${name}`;

describeWithReference("compareWithReference", () => {
  it("finds nothing to report on the imported model", () => {
    const { model, reference } = importReference();
    expect(compareWithReference(model, reference)).toEqual([]);
  });

  it("reports a missing member, a wrong pattern, a dropped required flag and an extra member", () => {
    const { model, reference } = importReference();
    const request = model.shapes[id("ListUsersRequest")] as StructureShapeNode;
    delete request.members!.UserType;
    request.members!.AccountId.traits = {
      ...request.members!.AccountId.traits,
      "smithy.api#pattern": ".*",
    };
    delete (request.members!.AccountId.traits as Record<string, unknown>)["smithy.api#required"];
    request.members!.Extra = { target: "smithy.api#String" };
    const problems = compareWithReference(model, reference);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ListUsersRequest\.UserType \(line \d+\): missing$/),
        expect.stringMatching(
          /^ListUsersRequest\.AccountId \(line \d+\): pattern \.\*, reference \.\*\\S\.\*$/,
        ),
        expect.stringMatching(
          /^ListUsersRequest\.AccountId \(line \d+\): required is false, reference says Yes$/,
        ),
        "ListUsersRequest.Extra: in the model but not in the reference",
      ]),
    );
  });

  it("reports a wrong URI, success code, error list and error status", () => {
    const { model, reference } = importReference();
    const operation = model.shapes[id("CreateRoom")] as OperationShapeNode;
    operation.traits!["smithy.api#http"] = {
      method: "POST",
      uri: "/accounts/{AccountId}/room",
      code: 200,
    };
    operation.errors = operation.errors!.filter(
      (error) => error.target !== id("ResourceLimitExceededException"),
    );
    model.shapes[id("ConflictException")].traits!["smithy.api#httpError"] = 400;
    const problems = compareWithReference(model, reference).join("\n");
    expect(problems).toMatch(
      /operation CreateRoom \(line \d+\): URI \/accounts\/\{AccountId\}\/room, reference \/accounts\/\{AccountId\}\/rooms/,
    );
    expect(problems).toMatch(/operation CreateRoom \(line \d+\): success code 200, reference 201/);
    expect(problems).toMatch(
      /operation CreateRoom .*: errors .*, reference .*ResourceLimitExceededException/,
    );
    expect(problems).toMatch(
      /operation CreateRoomMembership .*: ConflictException has status 400, reference 409/,
    );
  });

  it("reports a changed enum, list length and a missing data type", () => {
    const { model, reference } = importReference();
    const license = model.shapes[id("License")];
    if (license.type !== "enum") throw new Error("License is not an enum");
    delete license.members.ProTrial;
    const batch = model.shapes[id("BatchSuspendUserRequest")] as StructureShapeNode;
    batch.members!.UserIdList.traits = {
      ...batch.members!.UserIdList.traits,
      "smithy.api#length": { max: 20 },
    };
    delete model.shapes[id("VoiceConnectorSettings")];
    const problems = compareWithReference(model, reference).join("\n");
    expect(problems).toMatch(
      /User\.LicenseType \(line \d+\): values Basic \| Plus \| Pro, reference Basic \| Plus \| Pro \| ProTrial/,
    );
    expect(problems).toMatch(
      /BatchSuspendUserRequest\.UserIdList \(line \d+\): list length \{"max":20\}, reference \{"max":50\}/,
    );
    expect(problems).toMatch(
      /data type VoiceConnectorSettings \(line \d+\): no structure in the model/,
    );
  });

  it("reports a common error that is missing, has another status, or is not in the reference", () => {
    const { model, reference } = importReference();
    const service = model.shapes[id("Chime")];
    const listed = service.traits!["chimekit.traits#commonErrors"] as {
      code: string;
      httpStatus: number;
    }[];
    service.traits!["chimekit.traits#commonErrors"] = [
      ...listed
        .filter((error) => error.code !== "OptInRequired")
        .map((error) =>
          error.code === "ThrottlingException" ? { ...error, httpStatus: 429 } : error,
        ),
      { code: "SlowDown", httpStatus: 503, documentation: "Reduce your request rate." },
    ];
    const problems = compareWithReference(model, reference).join("\n");
    expect(problems).toMatch(
      /common error OptInRequired \(line \d+\): missing from chimekit\.traits#commonErrors/,
    );
    expect(problems).toMatch(
      /common error ThrottlingException \(line \d+\): status 429, reference 400/,
    );
    expect(problems).toMatch(/common error SlowDown: in the model, not in the reference/);
  });
});
