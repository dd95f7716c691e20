// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateAccountRequest, UpdateAccountResponse } from "@chimekit/types";
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

/** The input of {@link UpdateAccountCommand}. */
export interface UpdateAccountCommandInput extends UpdateAccountRequest {}

/** The output of {@link UpdateAccountCommand}: the response members and its `$metadata`. */
export interface UpdateAccountCommandOutput extends UpdateAccountResponse, MetadataBearer {}

/** The modeled errors {@link UpdateAccountCommand} can throw. */
export type UpdateAccountErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateAccount travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateAccount",
    method: "POST",
    path: ["/accounts/", "AccountId", ""],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "DefaultLicense",
        schema: "string",
        location: "body",
      },
      {
        name: "Name",
        schema: "string",
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
 * Updates account details for the specified Amazon Chime account. Currently, only account name and default license updates are supported for this action.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateAccountCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates the specified account name
 * const output = await client.send(new UpdateAccountCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   Name: "Example3",
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
 * @see {@link UpdateAccountCommandInput} for the input and {@link UpdateAccountCommandOutput} for the output.
 */
export class UpdateAccountCommand extends ChimeCommand<
  UpdateAccountCommandInput,
  UpdateAccountCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateAccountCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
