/**
 * Names for shapes the reference leaves unnamed. The reference gives only the values of an enum
 * (`Valid Values: Basic | Plus | Pro | ProTrial`); the name is the one the AWS SDK for JavaScript v3
 * exports for the same set of values (its published `enums.d.ts`), so code written against either
 * finds the same names. `test/import/sdk-names.test.ts` checks this table against those declarations.
 */
export interface EnumName {
  name: string;
  values: readonly string[];
  documentation: string;
}

export const ENUM_NAMES: readonly EnumName[] = [
  {
    name: "ErrorCode",
    values: [
      "AccessDenied",
      "BadRequest",
      "Conflict",
      "Forbidden",
      "NotFound",
      "PhoneNumberAssociationsExist",
      "PreconditionFailed",
      "ResourceLimitExceeded",
      "ServiceFailure",
      "ServiceUnavailable",
      "Throttled",
      "Throttling",
      "Unauthorized",
      "Unprocessable",
      "VoiceConnectorGroupAssociationsExist",
    ],
    documentation: "The error code of a failed request or of one failed item of a batch request.",
  },
  {
    name: "AccountStatus",
    values: ["Active", "Suspended"],
    documentation: "The status of an Amazon Chime account.",
  },
  {
    name: "AccountType",
    values: ["EnterpriseDirectory", "EnterpriseLWA", "EnterpriseOIDC", "Team"],
    documentation: "The Amazon Chime account type.",
  },
  {
    name: "License",
    values: ["Basic", "Plus", "Pro", "ProTrial"],
    documentation: "An Amazon Chime user license type.",
  },
  {
    name: "RoomMembershipRole",
    values: ["Administrator", "Member"],
    documentation: "The role of a chat room member.",
  },
  {
    name: "PhoneNumberProductType",
    values: ["BusinessCalling", "SipMediaApplicationDialIn", "VoiceConnector"],
    documentation: "The product type of a phone number.",
  },
  { name: "UserType", values: ["PrivateUser", "SharedDevice"], documentation: "The user type." },
  { name: "BotType", values: ["ChatBot"], documentation: "The bot type." },
  {
    name: "CallingNameStatus",
    values: ["Unassigned", "UpdateFailed", "UpdateInProgress", "UpdateSucceeded"],
    documentation: "The status of a phone number's outbound calling name.",
  },
  {
    name: "OrderedPhoneNumberStatus",
    values: ["Acquired", "Failed", "Processing"],
    documentation: "The status of one phone number of a phone number order.",
  },
  {
    name: "PhoneNumberOrderStatus",
    values: ["Failed", "Partial", "Processing", "Successful"],
    documentation: "The status of a phone number order.",
  },
  {
    name: "MemberType",
    values: ["Bot", "User", "Webhook"],
    documentation: "The type of a chat room member.",
  },
  {
    name: "InviteStatus",
    values: ["Accepted", "Failed", "Pending"],
    documentation: "The status of a user invitation.",
  },
  {
    name: "RegistrationStatus",
    values: ["Registered", "Suspended", "Unregistered"],
    documentation: "The registration status of a user.",
  },
  {
    name: "EmailStatus",
    values: ["Failed", "NotSent", "Sent"],
    documentation: "The status of an invitation email.",
  },
  {
    name: "PhoneNumberAssociationName",
    values: ["AccountId", "SipRuleId", "UserId", "VoiceConnectorGroupId", "VoiceConnectorId"],
    documentation: "The kind of entity a phone number is associated with.",
  },
  {
    name: "PhoneNumberStatus",
    values: [
      "AcquireFailed",
      "AcquireInProgress",
      "Assigned",
      "DeleteFailed",
      "DeleteInProgress",
      "ReleaseFailed",
      "ReleaseInProgress",
      "Unassigned",
    ],
    documentation: "The status of a phone number.",
  },
  {
    name: "PhoneNumberType",
    values: ["Local", "TollFree"],
    documentation: "The phone number type.",
  },
];

function valueKey(values: readonly string[]): string {
  return [...values].sort().join("|");
}

const BY_VALUES = new Map(ENUM_NAMES.map((entry) => [valueKey(entry.values), entry]));

/** The SDK's enum for exactly this set of values, or undefined when it has none. */
export function enumForValues(values: readonly string[]): EnumName | undefined {
  return BY_VALUES.get(valueKey(values));
}

/**
 * `ProTrial` -> `ProTrial`, `Sent-Out` -> `Sent_Out`: the AWS SDK keys its enum objects by the
 * wire value (`License.ProTrial`), so code written for it finds the same keys here; only
 * characters that cannot stand in an identifier are replaced.
 */
export function enumMemberName(value: string): string {
  const name = value.replace(/[^A-Za-z0-9_]+/g, "_");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
