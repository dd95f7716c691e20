import type { ShapeRegistry } from "./shape-registry.ts";

/**
 * Members that carry PINs, secret tokens, phone numbers or email addresses, by member name, and the
 * sensitive string shape they target. Smithy puts `sensitive` on shapes, not members, hence the
 * named targets. Pagination tokens (`NextToken`) are opaque cursors, not secrets, and stay plain.
 */
const SENSITIVE_MEMBERS: Record<string, SensitiveShape> = {
  PersonalPIN: "SensitiveString",
  SecurityToken: "SensitiveString",
  JoinToken: "SensitiveString",
  ClientRequestToken: "SensitiveString",
  PhoneNumberId: "SensitiveString",
  PhoneNumberIds: "SensitiveString",
  E164PhoneNumber: "E164PhoneNumber",
  E164PhoneNumbers: "E164PhoneNumber",
  FromPhoneNumber: "E164PhoneNumber",
  ToPhoneNumber: "E164PhoneNumber",
  PrimaryProvisionedNumber: "E164PhoneNumber",
  Email: "EmailAddress",
  EmailAddress: "EmailAddress",
  PrimaryEmail: "EmailAddress",
  UserEmail: "EmailAddress",
  UserEmailList: "EmailAddress",
  BotEmail: "EmailAddress",
};

type SensitiveShape = "SensitiveString" | "E164PhoneNumber" | "EmailAddress";

const DOCUMENTATION: Record<SensitiveShape, string> = {
  SensitiveString:
    "A string that holds a secret or personal value (a PIN, a token, a phone number ID); tools must keep it out of logs.",
  E164PhoneNumber:
    "A phone number in E.164 format (`+12065550100`); personal data, kept out of logs.",
  EmailAddress: "An email address; personal data, kept out of logs.",
};

/** The sensitive string shape a member of this name targets, defined on first use; undefined if not sensitive. */
export function sensitiveTarget(memberName: string, registry: ShapeRegistry): string | undefined {
  const shape = SENSITIVE_MEMBERS[memberName];
  if (!shape) return undefined;
  return registry.define(shape, {
    type: "string",
    traits: { "smithy.api#documentation": DOCUMENTATION[shape], "smithy.api#sensitive": {} },
  });
}
