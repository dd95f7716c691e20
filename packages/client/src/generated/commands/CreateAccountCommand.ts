// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateAccountRequest, CreateAccountResponse } from "@chimekit/types";
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
import { AccountSchema } from "../schemas.js";

/** The input of {@link CreateAccountCommand}. */
export interface CreateAccountCommandInput extends CreateAccountRequest {}

/** The output of {@link CreateAccountCommand}: the response members and its `$metadata`. */
export interface CreateAccountCommandOutput extends CreateAccountResponse, MetadataBearer {}

/** The modeled errors {@link CreateAccountCommand} can throw. */
export type CreateAccountErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateAccount travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateAccount",
    method: "POST",
    path: ["/accounts"],
    code: 201,
    input: [
      {
        name: "Name",
        schema: "string",
        required: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "Account",
        schema: AccountSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Creates an Amazon Chime account under the administrator's AWS account. Only Team account types are currently supported for this action. For more information about different account types, see Managing Your Amazon Chime Accounts in the *Amazon Chime Administration Guide*.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateAccountCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Creates a new Amazon Chime account under the administrator's AWS account
 * const output = await client.send(new CreateAccountCommand({
 *   Name: "example",
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
 * @see {@link CreateAccountCommandInput} for the input and {@link CreateAccountCommandOutput} for the output.
 */
export class CreateAccountCommand extends ChimeCommand<
  CreateAccountCommandInput,
  CreateAccountCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateAccountCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
