// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateAccountSettingsRequest, UpdateAccountSettingsResponse } from "@chimekit/types";
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
import { AccountSettingsSchema } from "../schemas.js";

/** The input of {@link UpdateAccountSettingsCommand}. */
export interface UpdateAccountSettingsCommandInput extends UpdateAccountSettingsRequest {}

/** The output of {@link UpdateAccountSettingsCommand}: the response members and its `$metadata`. */
export interface UpdateAccountSettingsCommandOutput
  extends UpdateAccountSettingsResponse, MetadataBearer {}

/** The modeled errors {@link UpdateAccountSettingsCommand} can throw. */
export type UpdateAccountSettingsErrors =
  | BadRequestException
  | ConflictException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateAccountSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateAccountSettings",
    method: "PUT",
    path: ["/accounts/", "AccountId", "/settings"],
    code: 204,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "AccountSettings",
        schema: AccountSettingsSchema,
        required: true,
        location: "body",
      },
    ],
    output: [],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Updates the settings for the specified Amazon Chime account. You can update settings for remote control of shared screens, or for the dial-out option. For more information about these settings, see Use the Policies Page in the *Amazon Chime Administration Guide*.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateAccountSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Disables the remote control of shared screens for the specified Amazon Chime account
 * const output = await client.send(new UpdateAccountSettingsCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   AccountSettings: {
 *     DisableRemoteControl: true,
 *   },
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
 * @see {@link UpdateAccountSettingsCommandInput} for the input and {@link UpdateAccountSettingsCommandOutput} for the output.
 */
export class UpdateAccountSettingsCommand extends ChimeCommand<
  UpdateAccountSettingsCommandInput,
  UpdateAccountSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateAccountSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
