// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * A user license.
 *
 * One of `Basic`, `Plus`, `Pro`, `ProTrial`.
 */
export const License = {
  BASIC: "Basic",
  PLUS: "Plus",
  PRO: "Pro",
  PROTRIAL: "ProTrial",
} as const;
/**
 * A user license.
 *
 * One of `Basic`, `Plus`, `Pro`, `ProTrial`.
 */
export type License = (typeof License)[keyof typeof License];
