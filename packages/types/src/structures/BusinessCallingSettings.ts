// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

/** The Amazon Chime Business Calling settings for the administrator's AWS account. Includes any Amazon S3 buckets designated for storing call detail records. */
export interface BusinessCallingSettings {
  /**
   * The Amazon S3 bucket designated for call detail record storage.
   *
   * Optional.
   */
  CdrBucket?: string;
}
