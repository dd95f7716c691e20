// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { InviteUsersRequest, InviteUsersResponse } from "@chimekit/types";
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
import { InviteSchema } from "../schemas.js";

/** The input of {@link InviteUsersCommand}. */
export interface InviteUsersCommandInput extends InviteUsersRequest {}

/** The output of {@link InviteUsersCommand}: the response members and its `$metadata`. */
export interface InviteUsersCommandOutput extends InviteUsersResponse, MetadataBearer {}

/** The modeled errors {@link InviteUsersCommand} can throw. */
export type InviteUsersErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How InviteUsers travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "InviteUsers",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users"],
    queryLiterals: {
      operation: "add",
    },
    code: 201,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UserEmailList",
        schema: {
          kind: "list",
          member: "string",
          sensitive: true,
        },
        required: true,
        location: "body",
      },
      {
        name: "UserType",
        schema: "string",
        location: "body",
      },
    ],
    output: [
      {
        name: "Invites",
        schema: {
          kind: "list",
          member: InviteSchema,
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
 * Sends email to a maximum of 50 users, inviting them to the specified Amazon Chime Team account. Only Team account types are currently supported for this action.
 *
 * @example
 * ```ts
 * import { ChimeClient, InviteUsersCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Sends an email to invite users to the specified account
 * const output = await client.send(new InviteUsersCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserEmailList: [
 *     "user1@example.com",
 *     "user2@example.com",
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
 * @see {@link InviteUsersCommandInput} for the input and {@link InviteUsersCommandOutput} for the output.
 */
export class InviteUsersCommand extends ChimeCommand<
  InviteUsersCommandInput,
  InviteUsersCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: InviteUsersCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
