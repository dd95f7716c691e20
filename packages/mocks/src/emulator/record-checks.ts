import { chimeServiceSchema, createStructureValidator } from "@chimekit/server";
import { resourceTable, type ResourceName } from "../generated/resources.js";

/**
 * What a stored record of one collection must look like: which structure of
 * the model it is checked against (all of it, or one member holding that
 * structure), the member that holds its ID, and the members the emulator's
 * rules read without checking (a record without them answers 500 later).
 */
interface RecordKind {
  structure?: string;
  /** The record keeps the structure under this member (`RetentionSettings`). */
  structureMember?: string;
  idMember?: string;
  required: readonly string[];
  /** Members outside the model that must be strings when present. */
  strings?: readonly string[];
  scopeDepth: number;
}

function resourceKind(
  resource: ResourceName,
  kind: Omit<RecordKind, "scopeDepth" | "idMember">,
): RecordKind {
  const table = resourceTable[resource] as { scope: readonly string[]; id?: string };
  return { ...kind, idMember: table.id, scopeDepth: table.scope.length };
}

const RECORD_KINDS: Readonly<Record<string, RecordKind>> = {
  AccountResource: resourceKind("AccountResource", {
    structure: "Account",
    required: [
      "AccountType",
      "AccountStatus",
      "DefaultLicense",
      "SupportedLicenses",
      "CreatedTimestamp",
    ],
  }),
  AccountSettingsResource: resourceKind("AccountSettingsResource", {
    structure: "AccountSettings",
    required: [],
  }),
  RetentionSettingsResource: resourceKind("RetentionSettingsResource", {
    structure: "RetentionSettings",
    structureMember: "RetentionSettings",
    required: ["RetentionSettings"],
    strings: ["InitiateDeletionTimestamp"],
  }),
  UserResource: resourceKind("UserResource", {
    structure: "User",
    required: ["AccountId", "LicenseType", "UserType", "UserRegistrationStatus", "PersonalPIN"],
    strings: ["LastLogoutTimestamp"],
  }),
  UserSettingsResource: resourceKind("UserSettingsResource", {
    structure: "UserSettings",
    required: ["Telephony"],
  }),
  BotResource: resourceKind("BotResource", {
    structure: "Bot",
    required: ["AccountId", "UserId", "DisplayName", "BotEmail", "SecurityToken", "Disabled"],
    strings: ["AccountId"],
  }),
  EventsConfigurationResource: resourceKind("EventsConfigurationResource", {
    structure: "EventsConfiguration",
    required: ["BotId"],
  }),
  RoomResource: resourceKind("RoomResource", {
    structure: "Room",
    required: ["AccountId", "Name", "CreatedBy", "CreatedTimestamp", "UpdatedTimestamp"],
    strings: ["ClientRequestToken"],
  }),
  RoomMembershipResource: {
    ...resourceKind("RoomMembershipResource", {
      structure: "RoomMembership",
      required: ["RoomId", "MemberId", "MemberType", "Role"],
      strings: ["MemberId", "MemberType"],
    }),
    idMember: "MemberId",
  },
  PhoneNumberResource: resourceKind("PhoneNumberResource", {
    structure: "PhoneNumber",
    required: [
      "E164PhoneNumber",
      "ProductType",
      "Status",
      "Capabilities",
      "Associations",
      "CallingNameStatus",
    ],
    strings: ["DeletionTimestamp", "PhoneNumberOrderId"],
  }),
  PhoneNumberOrderResource: resourceKind("PhoneNumberOrderResource", {
    structure: "PhoneNumberOrder",
    required: ["ProductType", "Status", "OrderedPhoneNumbers"],
  }),
  GlobalSettingsResource: resourceKind("GlobalSettingsResource", {
    structure: "GetGlobalSettingsResponse",
    required: [],
  }),
  PhoneNumberSettingsResource: resourceKind("PhoneNumberSettingsResource", {
    structure: "GetPhoneNumberSettingsResponse",
    required: [],
  }),
  Redaction: {
    idMember: "RedactionId",
    required: ["AccountId", "MessageId", "RedactedBy", "RedactedTimestamp"],
    strings: [
      "AccountId",
      "MessageId",
      "ConversationId",
      "RoomId",
      "RedactedBy",
      "RedactedTimestamp",
    ],
    scopeDepth: 1,
  },
  MeetingDialOut: {
    idMember: "TransactionId",
    required: ["MeetingId", "FromPhoneNumber", "ToPhoneNumber", "CreatedTimestamp"],
    strings: ["MeetingId", "FromPhoneNumber", "ToPhoneNumber", "CreatedTimestamp"],
    scopeDepth: 0,
  },
  timers: { required: ["kind", "ref", "dueAt"], strings: ["kind", "ref", "dueAt"], scopeDepth: 0 },
};

/** Unique indexes live beside their collection, as `<collection>#<index>`, and point at a record's ID. */
const INDEX_KIND: RecordKind = { required: ["id"], strings: ["id"], scopeDepth: -1 };

const validateStructure = createStructureValidator(chimeServiceSchema);

/** The record kinds a state document may hold, for messages. */
const KNOWN_COLLECTIONS = Object.keys(RECORD_KINDS);

/**
 * What is wrong with one stored record, checked through the model's own
 * validation (the codecs the API runs on requests) plus the emulator's
 * invariants: a known collection, a scope as deep as the resource's, the ID
 * member equal to the record ID. Empty when the record is sound.
 */
export function recordProblems(
  collection: string,
  scope: string,
  id: string,
  value: Record<string, unknown>,
  root = "value",
): string[] {
  const at = (member: string) => (root === "" ? member : `${root}.${member}`);
  const indexOf = collection.indexOf("#");
  const kind =
    indexOf > 0 && collection.slice(0, indexOf) in RECORD_KINDS
      ? { ...INDEX_KIND, scopeDepth: RECORD_KINDS[collection.slice(0, indexOf)].scopeDepth }
      : RECORD_KINDS[collection];
  if (!kind) {
    return [
      `collection ${JSON.stringify(collection)} is not one the emulator keeps (${KNOWN_COLLECTIONS.join(", ")}, or <collection>#<index>)`,
    ];
  }
  const problems: string[] = [];
  const depth = scope === "" ? 0 : scope.split("/").length;
  if (depth !== kind.scopeDepth) {
    problems.push(
      `scope ${JSON.stringify(scope)} must hold ${kind.scopeDepth} enclosing ID${kind.scopeDepth === 1 ? "" : "s"} for ${collection}`,
    );
  }
  for (const member of kind.required) {
    if (value[member] === undefined || value[member] === null)
      problems.push(`${at(member)} is required`);
  }
  for (const member of kind.strings ?? []) {
    if (value[member] !== undefined && typeof value[member] !== "string")
      problems.push(`${at(member)} must be a string`);
  }
  if (kind.idMember !== undefined && value[kind.idMember] !== id) {
    problems.push(`${at(kind.idMember)} must be the record's id ${JSON.stringify(id)}`);
  }
  if (kind.structure !== undefined) {
    const checked = kind.structureMember === undefined ? value : value[kind.structureMember];
    if (checked !== undefined) {
      const path = kind.structureMember === undefined ? root : at(kind.structureMember);
      for (const violation of validateStructure(kind.structure, checked, path))
        problems.push(violation);
    }
  }
  return problems;
}
