import type { HeaderBag, ResponseMetadata } from "@smithy/types";

/**
 * The `$metadata` of a response, from its status and lower-cased headers.
 * `attempts` and `totalRetryDelay` are filled in by the retry middleware once
 * the call settles.
 */
export function responseMetadata(statusCode: number, headers: HeaderBag): ResponseMetadata {
  return {
    httpStatusCode: statusCode,
    requestId:
      headers["x-amzn-requestid"] ?? headers["x-amzn-request-id"] ?? headers["x-amz-request-id"],
    extendedRequestId: headers["x-amz-id-2"],
    cfId: headers["x-amz-cf-id"],
  };
}
