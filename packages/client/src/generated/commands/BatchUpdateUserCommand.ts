// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { BatchUpdateUserRequest, BatchUpdateUserResponse } from "@chimekit/types";
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
import { UpdateUserRequestItemSchema, UserErrorSchema } from "../schemas.js";

/** The input of {@link BatchUpdateUserCommand}. */
export interface BatchUpdateUserCommandInput extends BatchUpdateUserRequest {}

/** The output of {@link BatchUpdateUserCommand}: the response members and its `$metadata`. */
export interface BatchUpdateUserCommandOutput extends BatchUpdateUserResponse, MetadataBearer {}

/** The modeled errors {@link BatchUpdateUserCommand} can throw. */
export type BatchUpdateUserErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchUpdateUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchUpdateUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users"],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UpdateUserRequestItems",
        schema: {
          kind: "list",
          member: UpdateUserRequestItemSchema,
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
 * Updates user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account. Currently, only LicenseType updates are supported for this action.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchUpdateUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates details for the listed users in the specified Amazon Chime account
 * const output = await client.send(new BatchUpdateUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UpdateUserRequestItems: [
 *     {
 *       UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 *       LicenseType: "Basic",
 *     },
 *     {
 *       UserId: "2ab2345c-67de-8901-f23g-45h678901j2k",
 *       LicenseType: "Basic",
 *     },
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
 * @see {@link BatchUpdateUserCommandInput} for the input and {@link BatchUpdateUserCommandOutput} for the output.
 */
export class BatchUpdateUserCommand extends ChimeCommand<
  BatchUpdateUserCommandInput,
  BatchUpdateUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchUpdateUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
