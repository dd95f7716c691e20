// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateGlobalSettingsRequest, UpdateGlobalSettingsResponse } from "@chimekit/types";
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
import { BusinessCallingSettingsSchema, VoiceConnectorSettingsSchema } from "../schemas.js";

/** The input of {@link UpdateGlobalSettingsCommand}. */
export interface UpdateGlobalSettingsCommandInput extends UpdateGlobalSettingsRequest {}

/** The output of {@link UpdateGlobalSettingsCommand}: the response members and its `$metadata`. */
export interface UpdateGlobalSettingsCommandOutput
  extends UpdateGlobalSettingsResponse, MetadataBearer {}

/** The modeled errors {@link UpdateGlobalSettingsCommand} can throw. */
export type UpdateGlobalSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateGlobalSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateGlobalSettings",
    method: "PUT",
    path: ["/settings"],
    code: 204,
    input: [
      {
        name: "BusinessCalling",
        schema: BusinessCallingSettingsSchema,
        location: "body",
      },
      {
        name: "VoiceConnector",
        schema: VoiceConnectorSettingsSchema,
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
 * Updates global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateGlobalSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new UpdateGlobalSettingsCommand({}));
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
 * @see {@link UpdateGlobalSettingsCommandInput} for the input and {@link UpdateGlobalSettingsCommandOutput} for the output.
 */
export class UpdateGlobalSettingsCommand extends ChimeCommand<
  UpdateGlobalSettingsCommandInput,
  UpdateGlobalSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateGlobalSettingsCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
