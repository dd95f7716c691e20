// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListUsersRequest, ListUsersResponse } from "@chimekit/types";
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
import { UserSchema } from "../schemas.js";

/** The input of {@link ListUsersCommand}. */
export interface ListUsersCommandInput extends ListUsersRequest {}

/** The output of {@link ListUsersCommand}: the response members and its `$metadata`. */
export interface ListUsersCommandOutput extends ListUsersResponse, MetadataBearer {}

/** The modeled errors {@link ListUsersCommand} can throw. */
export type ListUsersErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListUsers travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListUsers",
    method: "GET",
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
        name: "MaxResults",
        schema: "number",
        location: "query",
        locationName: "max-results",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "query",
        locationName: "next-token",
      },
      {
        name: "UserEmail",
        schema: "string",
        sensitive: true,
        location: "query",
        locationName: "user-email",
      },
      {
        name: "UserType",
        schema: "string",
        location: "query",
        locationName: "user-type",
      },
    ],
    output: [
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
      {
        name: "Users",
        schema: {
          kind: "list",
          member: UserSchema,
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
 * Lists the users that belong to the specified Amazon Chime account. You can specify an email address to list only the user that the email address belongs to.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListUsersCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the users for the specified Amazon Chime account
 * const output = await client.send(new ListUsersCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
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
 * @see {@link ListUsersCommandInput} for the input and {@link ListUsersCommandOutput} for the output.
 */
export class ListUsersCommand extends ChimeCommand<
  ListUsersCommandInput,
  ListUsersCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListUsersCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
