import { afterEach, describe, expect, it } from "vitest";
import type { MemberIr, ModelIr, StructureIr } from "../src/ir/types.ts";
import { fileURLToPath } from "node:url";
import { loadIr } from "../src/pipeline.ts";
import { editShape, fixtureRoot, NS, removeFixtureRoots } from "./support/fixture-root.ts";

afterEach(removeFixtureRoots);

function structure(ir: ModelIr, name: string): StructureIr {
  const shape = ir.shapes.get(name);
  if (shape?.kind !== "structure") throw new Error(`${name} is not a structure in the IR`);
  return shape;
}

function memberOf(ir: ModelIr, shape: string, name: string): MemberIr {
  const member = structure(ir, shape).members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`${shape} has no member ${name}`);
  return member;
}

describe("buildIr on the mini fixture", () => {
  const ir = loadIr(fixtureRoot());

  it("describes the service from its traits", () => {
    expect(ir.service).toEqual({
      shapeId: `${NS}Chime`,
      namespace: "com.amazonaws.chime",
      name: "Chime",
      version: "2018-05-01",
      sdkId: "Chime",
      endpointPrefix: "chime",
      signingName: "chime",
      commonErrors: [],
      title: "Mini Chime",
      documentation: "A small slice of the Amazon Chime API, for generator tests.",
    });
    expect(ir.sources).toEqual([
      "model/enums-and-errors.json",
      "model/operations.json",
      "model/service.json",
      "model/shapes.json",
    ]);
  });

  it("finds operations bound to resources, sorted by name", () => {
    expect(ir.operations.map((operation) => [operation.name, operation.resource])).toEqual([
      ["CreateAccount", "AccountResource"],
      ["DeleteAccount", "AccountResource"],
      ["GetAccount", "AccountResource"],
      ["ListAccounts", "AccountResource"],
      ["LogoutUser", "UserResource"],
      ["UpdateAccount", "AccountResource"],
    ]);
  });

  it("lists the closure of shapes, sorted, with lists, enums and simple shapes but no prelude shapes", () => {
    expect(ir.shapeNames).toEqual([...ir.shapeNames].sort());
    expect(ir.shapeNames).toContain("AccountList");
    expect(ir.shapeNames).toContain("EmailAddress");
    expect(ir.shapeNames).not.toContain("String");
    expect(ir.structures.map((shape) => shape.name)).toEqual(
      ir.shapeNames.filter((name) => ir.shapes.get(name)?.kind === "structure"),
    );
    expect(ir.enums.map((shape) => shape.name)).toEqual(["AccountType", "ErrorCode", "License"]);
    expect(ir.errors.map((shape) => [shape.name, shape.error])).toEqual([
      ["BadRequestException", { fault: "client", httpStatus: 400 }],
      ["NotFoundException", { fault: "client", httpStatus: 404 }],
      ["ServiceFailureException", { fault: "server", httpStatus: 500 }],
    ]);
  });

  it("parses the http trait: method, path segments, literal query and code", () => {
    const logout = ir.operations.find((operation) => operation.name === "LogoutUser");
    expect(logout?.http).toEqual({
      method: "POST",
      uri: "/accounts/{AccountId}/users/{UserId}?operation=logout",
      path: "/accounts/{AccountId}/users/{UserId}",
      segments: [
        { kind: "literal", value: "accounts" },
        { kind: "label", name: "AccountId", greedy: false },
        { kind: "literal", value: "users" },
        { kind: "label", name: "UserId", greedy: false },
      ],
      queryLiterals: { operation: "logout" },
      code: 204,
    });
  });

  it("binds input members to labels, query parameters and the body", () => {
    expect(memberOf(ir, "UpdateAccountRequest", "AccountId").binding).toEqual({
      location: "label",
    });
    expect(memberOf(ir, "ListAccountsRequest", "MaxResults").binding).toEqual({
      location: "query",
      name: "max-results",
    });
    expect(memberOf(ir, "UpdateAccountRequest", "Name").binding).toEqual({
      location: "body",
      jsonName: "Name",
    });
  });

  it("merges member constraints over target constraints, and sensitivity from either", () => {
    const maxResults = memberOf(ir, "ListAccountsRequest", "MaxResults");
    expect(maxResults.type).toEqual({ kind: "integer", shape: "ProfileServiceMaxResults" });
    expect(maxResults.constraints).toEqual({ range: { min: 1, max: 200 } });
    const email = memberOf(ir, "ListAccountsRequest", "UserEmail");
    expect(email.sensitive).toBe(true);
    expect(email.constraints.pattern).toBe(".+@.+\\..+");
    const name = memberOf(ir, "CreateAccountRequest", "Name");
    expect(name.constraints).toEqual({ length: { min: 1, max: 100 }, pattern: ".*\\S.*" });
    expect(name.required).toBe(true);
    expect(memberOf(ir, "CreateAccountRequest", "ClientRequestToken").idempotencyToken).toBe(true);
  });

  it("resolves lists, enums, structures and timestamps", () => {
    expect(memberOf(ir, "Account", "SupportedLicenses")).toMatchObject({
      type: {
        kind: "list",
        shape: "LicenseList",
        member: { type: { kind: "enum", shape: "License" } },
      },
      constraints: { length: { max: 4 } },
    });
    expect(memberOf(ir, "Account", "CreatedTimestamp").type).toEqual({
      kind: "timestamp",
      format: "date-time",
    });
    expect(memberOf(ir, "ListAccountsResponse", "Accounts").type).toMatchObject({
      kind: "list",
      member: { type: { kind: "structure", shape: "Account" } },
    });
    expect(structure(ir, "Account").members.map((member) => member.index)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it("sorts enum values by value and keeps the member names", () => {
    const license = ir.shapes.get("License");
    expect(
      license?.kind === "enum" && license.values.map((value) => [value.name, value.value]),
    ).toEqual([
      ["BASIC", "Basic"],
      ["PLUS", "Plus"],
      ["PRO", "Pro"],
      ["PROTRIAL", "ProTrial"],
    ]);
  });

  it("links structures to their operations", () => {
    expect(structure(ir, "GetAccountRequest").inputOf).toBe("GetAccount");
    expect(structure(ir, "GetAccountResponse").outputOf).toBe("GetAccount");
    expect(structure(ir, "Account").inputOf).toBeUndefined();
  });

  it("carries pagination, flags, errors, examples and protocol tests", () => {
    const list = ir.operations.find((operation) => operation.name === "ListAccounts");
    expect(list?.paginated).toEqual({
      inputToken: "NextToken",
      outputToken: "NextToken",
      pageSize: "MaxResults",
      items: "Accounts",
    });
    expect(list?.readonly).toBe(true);
    expect(list?.errors).toEqual([
      "BadRequestException",
      "NotFoundException",
      "ServiceFailureException",
    ]);
    const remove = ir.operations.find((operation) => operation.name === "DeleteAccount");
    expect([remove?.idempotent, remove?.readonly, remove?.http.code]).toEqual([true, false, 204]);
    const get = ir.operations.find((operation) => operation.name === "GetAccount");
    expect(get?.examples).toEqual([
      expect.objectContaining({ title: "Get an account", input: { AccountId: "acct-1" } }),
    ]);
    expect(get?.requestTests).toEqual([
      {
        id: "GetAccountSample1Request",
        protocol: "aws.protocols#restJson1",
        method: "GET",
        uri: "/accounts/acct-1",
        params: { AccountId: "acct-1" },
      },
    ]);
    expect(get?.responseTests[0]).toMatchObject({
      code: 200,
      appliesTo: "client",
      bodyMediaType: "application/json",
    });
  });

  it("nests resources with their identifiers, lifecycle and parent", () => {
    expect(ir.resources).toEqual([
      {
        name: "AccountResource",
        documentation: "An account (`/accounts/{AccountId}`).",
        identifiers: { AccountId: "String" },
        lifecycle: {
          create: "CreateAccount",
          read: "GetAccount",
          update: "UpdateAccount",
          delete: "DeleteAccount",
          list: "ListAccounts",
        },
        operations: [],
        resources: ["UserResource"],
      },
      {
        name: "UserResource",
        documentation: "A user of an account (`/accounts/{AccountId}/users/{UserId}`).",
        identifiers: { AccountId: "String", UserId: "String" },
        lifecycle: {},
        operations: ["LogoutUser"],
        resources: [],
        parent: "AccountResource",
      },
    ]);
  });
});

describe("buildIr bindings beyond the fixture", () => {
  it("binds headers, payloads, response codes and JSON names, with restJson1's timestamp defaults", () => {
    const root = fixtureRoot();
    editShape(root, `${NS}GetAccountRequest`, (shape) => {
      shape.members.Since = {
        target: "smithy.api#Timestamp",
        traits: { "smithy.api#httpQuery": "since" },
      };
      shape.members.Trace = {
        target: "smithy.api#String",
        traits: { "smithy.api#httpHeader": "X-Trace" },
      };
    });
    editShape(root, `${NS}GetAccountResponse`, (shape) => {
      shape.members.Status = {
        target: "smithy.api#Integer",
        traits: { "smithy.api#httpResponseCode": {} },
      };
      shape.members.Modified = {
        target: "smithy.api#Timestamp",
        traits: { "smithy.api#httpHeader": "Last-Modified" },
      };
      shape.members.Created = {
        target: "smithy.api#Timestamp",
        traits: { "smithy.api#jsonName": "created" },
      };
    });
    editShape(root, `${NS}UpdateAccountRequest`, (shape) => {
      shape.members.Name.traits["smithy.api#httpPayload"] = {};
    });
    const ir = loadIr(root);
    expect(memberOf(ir, "GetAccountRequest", "Since")).toMatchObject({
      binding: { location: "query", name: "since" },
      type: { kind: "timestamp", format: "date-time" },
    });
    expect(memberOf(ir, "GetAccountRequest", "Trace").binding).toEqual({
      location: "header",
      name: "X-Trace",
    });
    expect(memberOf(ir, "GetAccountResponse", "Status").binding).toEqual({
      location: "responseCode",
    });
    expect(memberOf(ir, "GetAccountResponse", "Modified")).toMatchObject({
      binding: { location: "header", name: "Last-Modified" },
      type: { kind: "timestamp", format: "http-date" },
    });
    expect(memberOf(ir, "GetAccountResponse", "Created")).toMatchObject({
      binding: { location: "body", jsonName: "created" },
      type: { kind: "timestamp", format: "epoch-seconds" },
    });
    expect(memberOf(ir, "UpdateAccountRequest", "Name").binding).toEqual({ location: "payload" });
  });

  it("ignores HTTP binding traits on structures that are not an operation's input or output", () => {
    const root = fixtureRoot();
    editShape(root, `${NS}Account`, (shape) => {
      shape.members.AccountId.traits["smithy.api#httpHeader"] = "X-Account";
    });
    expect(memberOf(loadIr(root), "Account", "AccountId").binding).toEqual({
      location: "body",
      jsonName: "AccountId",
    });
  });
});

describe("buildIr on the real model", () => {
  const ir = loadIr(fileURLToPath(new URL("../..", import.meta.url)));

  it("carries the errors common to all actions, from the service's commonErrors trait", () => {
    const { commonErrors } = ir.service;
    expect(commonErrors.map((error) => error.code)).toEqual([
      "AccessDeniedException",
      "IncompleteSignature",
      "InternalFailure",
      "InvalidAction",
      "InvalidClientTokenId",
      "NotAuthorized",
      "OptInRequired",
      "RequestExpired",
      "ServiceUnavailable",
      "ThrottlingException",
      "ValidationException",
    ]);
    expect(commonErrors.find((error) => error.code === "InternalFailure")).toEqual({
      code: "InternalFailure",
      httpStatus: 500,
      documentation:
        "The request processing has failed because of an unknown error, exception or failure.",
    });
    // The trait's own shapes are definitions, not part of the API.
    expect(ir.shapeNames).not.toContain("CommonError");
  });
});
