// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { BatchUnsuspendUserRequest, BatchUnsuspendUserResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type NotFoundException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { UserErrorSchema } from "../schemas.js";

/** The input of {@link BatchUnsuspendUserCommand}. */
export interface BatchUnsuspendUserCommandInput extends BatchUnsuspendUserRequest {}

/** The output of {@link BatchUnsuspendUserCommand}: the response members and its `$metadata`. */
export interface BatchUnsuspendUserCommandOutput
  extends BatchUnsuspendUserResponse, MetadataBearer {}

/** The modeled errors {@link BatchUnsuspendUserCommand} can throw. */
export type BatchUnsuspendUserErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchUnsuspendUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchUnsuspendUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users"],
    queryLiterals: {
      operation: "unsuspend",
    },
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UserIdList",
        schema: {
          kind: "list",
          member: "string",
        },
        required: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "UserErrors",
        schema: {
          kind: "list",
          member: UserErrorSchema,
        },
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Removes the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account. Only users on EnterpriseLWA accounts can be unsuspended using this action. For more information about different account types, see Managing Your Amazon Chime Accounts in the account types, in the *Amazon Chime Administration Guide*.
 *
 * Previously suspended users who are unsuspended using this action are returned to Registered status. Users who are not previously suspended are ignored.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchUnsuspendUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Removes the previous suspension for the listed users on the specified Amazon Chime account
 * const output = await client.send(new BatchUnsuspendUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserIdList: [
 *     "1ab2345c-67de-8901-f23g-45h678901j2k",
 *     "2ab2345c-67de-8901-f23g-45h678901j2k",
 *     "3ab2345c-67de-8901-f23g-45h678901j2k",
 *   ],
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link NotFoundException} (client fault) One or more of the resources in the request does not exist in the system.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link BatchUnsuspendUserCommandInput} for the input and {@link BatchUnsuspendUserCommandOutput} for the output.
 */
export class BatchUnsuspendUserCommand extends ChimeCommand<
  BatchUnsuspendUserCommandInput,
  BatchUnsuspendUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchUnsuspendUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
