// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateUserSettingsRequest, UpdateUserSettingsResponse } from "@chimekit/types";
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
import { UserSettingsSchema } from "../schemas.js";

/** The input of {@link UpdateUserSettingsCommand}. */
export interface UpdateUserSettingsCommandInput extends UpdateUserSettingsRequest {}

/** The output of {@link UpdateUserSettingsCommand}: the response members and its `$metadata`. */
export interface UpdateUserSettingsCommandOutput
  extends UpdateUserSettingsResponse, MetadataBearer {}

/** The modeled errors {@link UpdateUserSettingsCommand} can throw. */
export type UpdateUserSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateUserSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateUserSettings",
    method: "PUT",
    path: ["/accounts/", "AccountId", "/users/", "UserId", "/settings"],
    code: 204,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UserId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UserSettings",
        schema: UserSettingsSchema,
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
 * Updates the settings for the specified user, such as phone number settings.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateUserSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates the settings for the specified user
 * const output = await client.send(new UpdateUserSettingsCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 *   UserSettings: {
 *     Telephony: {
 *       InboundCalling: true,
 *       OutboundCalling: true,
 *       SMS: true,
 *     },
 *   },
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
 * @see {@link UpdateUserSettingsCommandInput} for the input and {@link UpdateUserSettingsCommandOutput} for the output.
 */
export class UpdateUserSettingsCommand extends ChimeCommand<
  UpdateUserSettingsCommandInput,
  UpdateUserSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateUserSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
