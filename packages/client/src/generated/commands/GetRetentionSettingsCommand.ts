// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { GetRetentionSettingsRequest, GetRetentionSettingsResponse } from "@chimekit/types";
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
import { RetentionSettingsSchema } from "../schemas.js";

/** The input of {@link GetRetentionSettingsCommand}. */
export interface GetRetentionSettingsCommandInput extends GetRetentionSettingsRequest {}

/** The output of {@link GetRetentionSettingsCommand}: the response members and its `$metadata`. */
export interface GetRetentionSettingsCommandOutput
  extends GetRetentionSettingsResponse, MetadataBearer {}

/** The modeled errors {@link GetRetentionSettingsCommand} can throw. */
export type GetRetentionSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetRetentionSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetRetentionSettings",
    method: "GET",
    path: ["/accounts/", "AccountId", "/retention-settings"],
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
        name: "InitiateDeletionTimestamp",
        schema: "date-time",
        location: "body",
      },
      {
        name: "RetentionSettings",
        schema: RetentionSettingsSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Gets the retention settings for the specified Amazon Chime Enterprise account. For more information about retention settings, see Managing Chat Retention Policies in the *Amazon Chime Administration Guide*.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetRetentionSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new GetRetentionSettingsCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
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
 * @see {@link GetRetentionSettingsCommandInput} for the input and {@link GetRetentionSettingsCommandOutput} for the output.
 */
export class GetRetentionSettingsCommand extends ChimeCommand<
  GetRetentionSettingsCommandInput,
  GetRetentionSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetRetentionSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
