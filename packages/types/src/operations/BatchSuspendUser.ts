// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UserError } from "../structures/UserError.js";

/** The input of BatchSuspendUser. */
export interface BatchSuspendUserRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The request containing the user IDs to suspend.
   *
   * Required. Length: at most 50 items. Each item: pattern: `.*\S.*`.
   */
  UserIdList: string[];
}

/** The output of BatchSuspendUser. */
export interface BatchSuspendUserResponse {
  /**
   * If the BatchSuspendUser action fails for one or more of the user IDs in the request, a list of the user IDs is returned, along with error codes and error messages.
   *
   * Optional.
   */
  UserErrors?: UserError[];
}
