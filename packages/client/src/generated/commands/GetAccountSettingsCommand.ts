// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { GetAccountSettingsRequest, GetAccountSettingsResponse } from "@chimekit/types";
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
import { AccountSettingsSchema } from "../schemas.js";

/** The input of {@link GetAccountSettingsCommand}. */
export interface GetAccountSettingsCommandInput extends GetAccountSettingsRequest {}

/** The output of {@link GetAccountSettingsCommand}: the response members and its `$metadata`. */
export interface GetAccountSettingsCommandOutput
  extends GetAccountSettingsResponse, MetadataBearer {}

/** The modeled errors {@link GetAccountSettingsCommand} can throw. */
export type GetAccountSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetAccountSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetAccountSettings",
    method: "GET",
    path: ["/accounts/", "AccountId", "/settings"],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
    ],
    output: [
      {
        name: "AccountSettings",
        schema: AccountSettingsSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Retrieves account settings for the specified Amazon Chime account ID, such as remote control and dialout settings. For more information about these settings, see Use the Policies Page in the *Amazon Chime Administration Guide*.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetAccountSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Retrieves account settings for the specified account
 * const output = await client.send(new GetAccountSettingsCommand({
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
 * @see {@link GetAccountSettingsCommandInput} for the input and {@link GetAccountSettingsCommandOutput} for the output.
 */
export class GetAccountSettingsCommand extends ChimeCommand<
  GetAccountSettingsCommandInput,
  GetAccountSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetAccountSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
