// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

import type { UpdateUserRequestItem } from "../structures/UpdateUserRequestItem.js";
import type { UserError } from "../structures/UserError.js";

/** The input of BatchUpdateUser. */
export interface BatchUpdateUserRequest {
  /**
   * The Amazon Chime account ID.
   *
   * Required. Sent in the URI path. Pattern: `.*\S.*`.
   */
  AccountId: string;
  /**
   * The request containing the user IDs and details to update.
   *
   * Required. Length: at most 20 items.
   */
  UpdateUserRequestItems: UpdateUserRequestItem[];
}

/** The output of BatchUpdateUser. */
export interface BatchUpdateUserResponse {
  /**
   * If the BatchUpdateUser action fails for one or more of the user IDs in the request, a list of the user IDs is returned, along with error codes and error messages.
   *
   * Optional.
   */
  UserErrors?: UserError[];
}
