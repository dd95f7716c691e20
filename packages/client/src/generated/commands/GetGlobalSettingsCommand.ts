// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { GetGlobalSettingsRequest, GetGlobalSettingsResponse } from "@chimekit/types";
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

/** The input of {@link GetGlobalSettingsCommand}. */
export interface GetGlobalSettingsCommandInput extends GetGlobalSettingsRequest {}

/** The output of {@link GetGlobalSettingsCommand}: the response members and its `$metadata`. */
export interface GetGlobalSettingsCommandOutput extends GetGlobalSettingsResponse, MetadataBearer {}

/** The modeled errors {@link GetGlobalSettingsCommand} can throw. */
export type GetGlobalSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetGlobalSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetGlobalSettings",
    method: "GET",
    path: ["/settings"],
    code: 200,
    input: [],
    output: [
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
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Retrieves global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetGlobalSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Retrieves the global settings for the administrator's AWS account
 * const output = await client.send(new GetGlobalSettingsCommand({}));
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
 * @see {@link GetGlobalSettingsCommandInput} for the input and {@link GetGlobalSettingsCommandOutput} for the output.
 */
export class GetGlobalSettingsCommand extends ChimeCommand<
  GetGlobalSettingsCommandInput,
  GetGlobalSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetGlobalSettingsCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
