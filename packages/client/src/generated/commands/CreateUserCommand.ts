// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateUserRequest, CreateUserResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ConflictException,
  type ForbiddenException,
  type NotFoundException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { UserSchema } from "../schemas.js";

/** The input of {@link CreateUserCommand}. */
export interface CreateUserCommandInput extends CreateUserRequest {}

/** The output of {@link CreateUserCommand}: the response members and its `$metadata`. */
export interface CreateUserCommandOutput extends CreateUserResponse, MetadataBearer {}

/** The modeled errors {@link CreateUserCommand} can throw. */
export type CreateUserErrors =
  | BadRequestException
  | ConflictException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users"],
    queryLiterals: {
      operation: "create",
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
        name: "Email",
        schema: "string",
        sensitive: true,
        location: "body",
      },
      {
        name: "Username",
        schema: "string",
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
        name: "User",
        schema: UserSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Creates a user under the specified Amazon Chime account.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Creates a shared device profile for the specified email address
 * const output = await client.send(new CreateUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   Email: "roomdevice@example.com",
 *   UserType: "SharedDevice",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ConflictException} (client fault) The request could not be processed because of conflict in the current state of the resource.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link NotFoundException} (client fault) One or more of the resources in the request does not exist in the system.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link CreateUserCommandInput} for the input and {@link CreateUserCommandOutput} for the output.
 */
export class CreateUserCommand extends ChimeCommand<
  CreateUserCommandInput,
  CreateUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
