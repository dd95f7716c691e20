// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/**
 * An Amazon Chime user license type.
 *
 * One of `Basic`, `Plus`, `Pro`, `ProTrial`.
 */
export const License = {
  Basic: "Basic",
  Plus: "Plus",
  Pro: "Pro",
  ProTrial: "ProTrial",
} as const;
/**
 * An Amazon Chime user license type.
 *
 * One of `Basic`, `Plus`, `Pro`, `ProTrial`.
 */
export type License = (typeof License)[keyof typeof License];
