// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * The type of an account.
 *
 * One of `EnterpriseDirectory`, `EnterpriseLWA`, `EnterpriseOIDC`, `Team`.
 */
export const AccountType = {
  EnterpriseDirectory: "EnterpriseDirectory",
  EnterpriseLWA: "EnterpriseLWA",
  EnterpriseOIDC: "EnterpriseOIDC",
  Team: "Team",
} as const;
/**
 * The type of an account.
 *
 * One of `EnterpriseDirectory`, `EnterpriseLWA`, `EnterpriseOIDC`, `Team`.
 */
export type AccountType = (typeof AccountType)[keyof typeof AccountType];
