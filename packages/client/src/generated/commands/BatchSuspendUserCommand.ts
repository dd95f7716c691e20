// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { BatchSuspendUserRequest, BatchSuspendUserResponse } from "@chimekit/types";
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

/** The input of {@link BatchSuspendUserCommand}. */
export interface BatchSuspendUserCommandInput extends BatchSuspendUserRequest {}

/** The output of {@link BatchSuspendUserCommand}: the response members and its `$metadata`. */
export interface BatchSuspendUserCommandOutput extends BatchSuspendUserResponse, MetadataBearer {}

/** The modeled errors {@link BatchSuspendUserCommand} can throw. */
export type BatchSuspendUserErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchSuspendUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchSuspendUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users"],
    queryLiterals: {
      operation: "suspend",
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
 * Suspends up to 50 users from a Team or EnterpriseLWA Amazon Chime account. For more information about different account types, see Managing Your Amazon Chime Accounts in the Amazon Chime Administration Guide.
 *
 * Users suspended from a Team account are disassociated from the account, but they can continue to use Amazon Chime as free users. To remove the suspension from suspended Team account users, invite them to the Team account again. You can use the InviteUsers action to do so.
 *
 * Users suspended from an EnterpriseLWA account are immediately signed out of Amazon Chime and can no longer sign in. To remove the suspension from suspended EnterpriseLWA account users, use the BatchUnsuspendUser action.
 *
 * To sign out users without suspending them, use the LogoutUser action.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchSuspendUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Suspends the listed users from the specified Amazon Chime account
 * const output = await client.send(new BatchSuspendUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserIdList: [
 *     "4ab2345c-67de-8901-f23g-45h678901j2k",
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
 * @see {@link BatchSuspendUserCommandInput} for the input and {@link BatchSuspendUserCommandOutput} for the output.
 */
export class BatchSuspendUserCommand extends ChimeCommand<
  BatchSuspendUserCommandInput,
  BatchSuspendUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchSuspendUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
