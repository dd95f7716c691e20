import type {
  EnumIr,
  MemberIr,
  ModelIr,
  OperationIr,
  ShapeIr,
  StructureIr,
  ValueIr,
} from "@chimekit/codegen";

/** A tiny model written as IR: one enum, one data type, one operation with labels, query and body. */
export function member(name: string, value: ValueIr, extra: Partial<MemberIr> = {}): MemberIr {
  return {
    name,
    ...value,
    required: false,
    binding: { location: "body", jsonName: name },
    idempotencyToken: false,
    index: 0,
    ...extra,
  };
}

export const string = (constraints: ValueIr["constraints"] = {}): ValueIr => ({
  type: { kind: "string" },
  constraints,
  sensitive: false,
});

const license: EnumIr = {
  kind: "enum",
  name: "License",
  values: [
    { name: "Basic", value: "Basic" },
    { name: "Pro", value: "Pro" },
  ],
};

const room: StructureIr = {
  kind: "structure",
  name: "Room",
  documentation: "A chat room. See [CreateRoom](#) and [the guide](#).",
  sensitive: false,
  members: [
    member("RoomId", string({ pattern: "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}" }), {
      index: 0,
    }),
    member("Name", string({ length: { min: 1, max: 64 } }), { index: 1, required: true }),
  ],
};

const input: StructureIr = {
  kind: "structure",
  name: "CreateRoomRequest",
  inputOf: "CreateRoom",
  sensitive: false,
  members: [
    member("AccountId", string({ pattern: ".*\\S.*" }), {
      index: 0,
      required: true,
      binding: { location: "label" },
    }),
    member("Name", string({ length: { min: 1, max: 64 } }), { index: 1, required: true }),
    member(
      "Licenses",
      {
        type: {
          kind: "list",
          shape: "LicenseList",
          member: { type: { kind: "enum", shape: "License" }, constraints: {}, sensitive: false },
        },
        constraints: { length: { min: 1, max: 3 } },
        sensitive: false,
      },
      { index: 2, required: true },
    ),
    member(
      "MaxResults",
      { type: { kind: "integer" }, constraints: { range: { min: 1, max: 5 } }, sensitive: false },
      { index: 3, binding: { location: "query", name: "max-results" } },
    ),
    member(
      "PhoneNumbers",
      {
        type: {
          kind: "list",
          shape: "PhoneNumberList",
          member: {
            type: { kind: "string" },
            constraints: { pattern: "^\\+?[1-9]\\d{1,14}$" },
            sensitive: true,
          },
        },
        constraints: {},
        sensitive: false,
      },
      { index: 4, required: true },
    ),
    member(
      "Since",
      { type: { kind: "timestamp", format: "date-time" }, constraints: {}, sensitive: false },
      { index: 5, required: true },
    ),
    member(
      "Owner",
      { type: { kind: "structure", shape: "Room" }, constraints: {}, sensitive: false },
      { index: 6, required: true },
    ),
  ],
};

const output: StructureIr = {
  kind: "structure",
  name: "CreateRoomResponse",
  outputOf: "CreateRoom",
  sensitive: false,
  members: [
    member("Room", {
      type: { kind: "structure", shape: "Room" },
      constraints: {},
      sensitive: false,
    }),
  ],
};

const operation: OperationIr = {
  name: "CreateRoom",
  documentation: "Creates a room.",
  http: {
    method: "POST",
    uri: "/accounts/{AccountId}/rooms",
    path: "/accounts/{AccountId}/rooms",
    segments: [
      { kind: "literal", value: "accounts" },
      { kind: "label", name: "AccountId", greedy: false },
      { kind: "literal", value: "rooms" },
    ],
    queryLiterals: {},
    code: 201,
  },
  input: "CreateRoomRequest",
  output: "CreateRoomResponse",
  errors: [],
  readonly: false,
  idempotent: false,
  examples: [],
  requestTests: [],
  responseTests: [],
};

export function fixtureIr(): ModelIr {
  const shapes: ShapeIr[] = [input, license, output, room];
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
    },
    operations: [operation],
    shapes: new Map(shapes.map((shape) => [shape.name, shape])),
    shapeNames: shapes.map((shape) => shape.name).sort(),
    structures: [input, output, room],
    enums: [license],
    errors: [],
    resources: [],
    sources: [],
  };
}
