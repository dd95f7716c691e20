// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link UpdatePhoneNumberSettingsCommand}. */
export interface UpdatePhoneNumberSettingsCommandInput extends UpdatePhoneNumberSettingsRequest {}

/** The output of {@link UpdatePhoneNumberSettingsCommand}: the response members and its `$metadata`. */
export interface UpdatePhoneNumberSettingsCommandOutput
  extends UpdatePhoneNumberSettingsResponse, MetadataBearer {}

/** The modeled errors {@link UpdatePhoneNumberSettingsCommand} can throw. */
export type UpdatePhoneNumberSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdatePhoneNumberSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdatePhoneNumberSettings",
    method: "PUT",
    path: ["/settings/phone-number"],
    code: 204,
    input: [
      {
        name: "CallingName",
        schema: "string",
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
 * Updates the phone number settings for the administrator's AWS account, such as the default outbound calling name. You can update the default outbound calling name once every seven days. Outbound calling names can take up to 72 hours to update.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdatePhoneNumberSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates the default outbound calling name for the administrator's AWS account
 * const output = await client.send(new UpdatePhoneNumberSettingsCommand({
 *   CallingName: "myName",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link UpdatePhoneNumberSettingsCommandInput} for the input and {@link UpdatePhoneNumberSettingsCommandOutput} for the output.
 */
export class UpdatePhoneNumberSettingsCommand extends ChimeCommand<
  UpdatePhoneNumberSettingsCommandInput,
  UpdatePhoneNumberSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdatePhoneNumberSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
