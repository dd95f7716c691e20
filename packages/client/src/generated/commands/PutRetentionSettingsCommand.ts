// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { PutRetentionSettingsRequest, PutRetentionSettingsResponse } from "@chimekit/types";
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
import { RetentionSettingsSchema } from "../schemas.js";

/** The input of {@link PutRetentionSettingsCommand}. */
export interface PutRetentionSettingsCommandInput extends PutRetentionSettingsRequest {}

/** The output of {@link PutRetentionSettingsCommand}: the response members and its `$metadata`. */
export interface PutRetentionSettingsCommandOutput
  extends PutRetentionSettingsResponse, MetadataBearer {}

/** The modeled errors {@link PutRetentionSettingsCommand} can throw. */
export type PutRetentionSettingsErrors =
  | BadRequestException
  | ConflictException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How PutRetentionSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "PutRetentionSettings",
    method: "PUT",
    path: ["/accounts/", "AccountId", "/retention-settings"],
    code: 204,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "RetentionSettings",
        schema: RetentionSettingsSchema,
        required: true,
        location: "body",
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
 * Puts retention settings for the specified Amazon Chime Enterprise account. We recommend using AWS CloudTrail to monitor usage of this API for your account. For more information, see Logging Amazon Chime API Calls with AWS CloudTrail in the *Amazon Chime Administration Guide*.
 *
 * To turn off existing retention settings, remove the number of days from the corresponding **RetentionDays** field in the **RetentionSettings** object. For more information about retention settings, see Managing Chat Retention Policies in the *Amazon Chime Administration Guide*.
 *
 * @example
 * ```ts
 * import { ChimeClient, PutRetentionSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new PutRetentionSettingsCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   RetentionSettings: {
 *     ConversationRetentionSettings: {
 *       RetentionDays: 10,
 *     },
 *     RoomRetentionSettings: {
 *       RetentionDays: 10,
 *     },
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
 * @see {@link PutRetentionSettingsCommandInput} for the input and {@link PutRetentionSettingsCommandOutput} for the output.
 */
export class PutRetentionSettingsCommand extends ChimeCommand<
  PutRetentionSettingsCommandInput,
  PutRetentionSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: PutRetentionSettingsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
