import type {
  EnumIr,
  MemberIr,
  ModelIr,
  OperationIr,
  ShapeIr,
  StructureIr,
  ValueIr,
} from "../../../src/ir/types.ts";

let memberIndex = 0;

export function member(name: string, partial: Partial<MemberIr> = {}): MemberIr {
  return {
    name,
    type: { kind: "string" },
    constraints: {},
    sensitive: false,
    required: false,
    binding: { location: "body", jsonName: name },
    idempotencyToken: false,
    index: memberIndex++,
    ...partial,
  };
}

const label = (name: string, partial: Partial<MemberIr> = {}) =>
  member(name, {
    required: true,
    binding: { location: "label" },
    constraints: { pattern: ".*\\S.*" },
    ...partial,
  });

function structure(
  name: string,
  members: MemberIr[],
  partial: Partial<StructureIr> = {},
): StructureIr {
  return { kind: "structure", name, members, sensitive: false, ...partial };
}

function enumIr(name: string, values: string[]): EnumIr {
  return {
    kind: "enum",
    name,
    values: values.map((value) => ({ name: value.toUpperCase(), value })),
  };
}

function operation(
  name: string,
  method: OperationIr["http"]["method"],
  uri: string,
  code: number,
  partial: Partial<OperationIr> = {},
): OperationIr {
  const [path, query] = uri.split("?");
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const label = /^\{(\w+)(\+)?\}$/.exec(segment);
      return label
        ? ({ kind: "label", name: label[1], greedy: label[2] === "+" } as const)
        : ({ kind: "literal", value: segment } as const);
    });
  const queryLiterals = query
    ? Object.fromEntries(query.split("&").map((pair) => pair.split("=")))
    : {};
  return {
    name,
    http: { method, uri, path, segments, queryLiterals, code },
    input: `${name}Request`,
    output: `${name}Response`,
    errors: ["BadRequestException", "NotFoundException"],
    readonly: method === "GET",
    idempotent: false,
    examples: [],
    requestTests: [],
    responseTests: [],
    ...partial,
  };
}

const errorMembers = () => [
  member("Code", { type: { kind: "enum", shape: "ErrorCode" } }),
  member("Message"),
];

const stringList = (item: Partial<ValueIr> = {}): ValueIr["type"] => ({
  kind: "list",
  shape: "StringList",
  member: { type: { kind: "string" }, constraints: {}, sensitive: false, ...item },
});

/** A small Chime-like model: labels, query values, a literal-query group, body constraints, errors. */
export function fixtureIr(): ModelIr {
  memberIndex = 0;
  const shapes: ShapeIr[] = [
    enumIr("ErrorCode", ["BadRequest", "NotFound", "ServiceFailure", "Throttled", "Throttling"]),
    enumIr("License", ["Basic", "Plus", "Pro"]),
    structure("User", [
      member("UserId", { required: true }),
      member("PrimaryEmail", { sensitive: true }),
      member("LicenseType", { type: { kind: "enum", shape: "License" } }),
      member("RegisteredOn", { type: { kind: "timestamp", format: "date-time" } }),
    ]),
    structure("GetUserRequest", [label("AccountId"), label("UserId")], { inputOf: "GetUser" }),
    structure("GetUserResponse", [member("User", { type: { kind: "structure", shape: "User" } })], {
      outputOf: "GetUser",
    }),
    structure(
      "ListUsersRequest",
      [
        label("AccountId"),
        member("MaxResults", {
          type: { kind: "integer" },
          constraints: { range: { min: 1, max: 99 } },
          binding: { location: "query", name: "max-results" },
        }),
        member("UserType", {
          type: { kind: "enum", shape: "License" },
          binding: { location: "query", name: "user-type" },
        }),
      ],
      { inputOf: "ListUsers" },
    ),
    structure(
      "ListUsersResponse",
      [
        member("Users", {
          type: {
            kind: "list",
            shape: "UserList",
            member: {
              type: { kind: "structure", shape: "User" },
              constraints: {},
              sensitive: false,
            },
          },
        }),
      ],
      { outputOf: "ListUsers" },
    ),
    structure(
      "CreateUserRequest",
      [
        label("AccountId"),
        member("Username", {
          required: true,
          constraints: { length: { min: 1, max: 8 }, pattern: ".*\\S.*" },
        }),
        member("Email", { constraints: { pattern: ".+@.+\\..+" }, sensitive: true }),
        member("Tags", {
          type: stringList({ constraints: { length: { max: 4 } } }),
          constraints: { length: { max: 2 } },
        }),
      ],
      { inputOf: "CreateUser" },
    ),
    structure(
      "CreateUserResponse",
      [member("User", { type: { kind: "structure", shape: "User" } })],
      {
        outputOf: "CreateUser",
      },
    ),
    structure("LogoutUserRequest", [label("AccountId"), label("UserId")], {
      inputOf: "LogoutUser",
    }),
    structure("LogoutUserResponse", [], { outputOf: "LogoutUser" }),
    structure(
      "UpdateUserRequest",
      [
        label("AccountId"),
        label("UserId"),
        member("LicenseType", { type: { kind: "enum", shape: "License" } }),
      ],
      {
        inputOf: "UpdateUser",
      },
    ),
    structure("UpdateUserResponse", [], { outputOf: "UpdateUser" }),
    structure("BadRequestException", errorMembers(), {
      error: { fault: "client", httpStatus: 400 },
    }),
    structure("NotFoundException", errorMembers(), { error: { fault: "client", httpStatus: 404 } }),
    structure("ServiceFailureException", errorMembers(), {
      error: { fault: "server", httpStatus: 500 },
    }),
    structure("ThrottledClientException", errorMembers(), {
      error: { fault: "client", httpStatus: 429 },
    }),
  ];
  const operations = [
    operation("CreateUser", "POST", "/accounts/{AccountId}/users?operation=create", 201, {
      requestTests: [
        {
          id: "CreateUserSample",
          protocol: "aws.protocols#restJson1",
          method: "POST",
          uri: "/accounts/acc-1/users",
          queryParams: ["operation=create"],
          headers: { "Content-Type": "application/json" },
          body: '{"Username":"ann"}',
          params: { AccountId: "acc-1", Username: "ann" },
        },
      ],
    }),
    operation("GetUser", "GET", "/accounts/{AccountId}/users/{UserId}", 200, {
      responseTests: [
        {
          id: "GetUserSample",
          protocol: "aws.protocols#restJson1",
          code: 200,
          headers: { "Content-Type": "application/json" },
          body: '{"User":{"UserId":"u-1","RegisteredOn":"2018-12-20T18:45:25.231Z"}}',
          params: { User: { UserId: "u-1", RegisteredOn: "2018-12-20T18:45:25.231Z" } },
        },
        {
          id: "GetUserClientOnly",
          protocol: "aws.protocols#restJson1",
          code: 200,
          body: '{"User":{"UserId":"u-1","Devices":null}}',
          params: { User: { UserId: "u-1" } },
          appliesTo: "client",
        },
      ],
    }),
    operation("ListUsers", "GET", "/accounts/{AccountId}/users", 200),
    operation("LogoutUser", "POST", "/accounts/{AccountId}/users/{UserId}?operation=logout", 204),
    operation("UpdateUser", "POST", "/accounts/{AccountId}/users/{UserId}", 200),
  ];
  const byName = new Map(shapes.map((s) => [s.name, s]));
  const shapeNames = [...byName.keys()].sort();
  const sorted = <T extends { name: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.name < b.name ? -1 : 1));
  const structures = sorted(shapes.filter((s): s is StructureIr => s.kind === "structure"));
  return {
    service: {
      shapeId: "com.amazonaws.chime#UCBuzzConsoleService",
      namespace: "com.amazonaws.chime",
      name: "UCBuzzConsoleService",
      version: "2018-05-01",
      sdkId: "Chime",
      endpointPrefix: "chime",
      signingName: "chime",
      commonErrors: [],
      title: "Amazon Chime",
    },
    operations: sorted(operations),
    shapes: byName,
    shapeNames,
    structures,
    enums: sorted(shapes.filter((s): s is EnumIr => s.kind === "enum")),
    errors: structures.filter((s) => s.error !== undefined),
    resources: [],
    sources: ["model/service.json"],
  };
}
