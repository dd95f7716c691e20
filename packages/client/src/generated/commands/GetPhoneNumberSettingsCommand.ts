// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  GetPhoneNumberSettingsRequest,
  GetPhoneNumberSettingsResponse,
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

/** The input of {@link GetPhoneNumberSettingsCommand}. */
export interface GetPhoneNumberSettingsCommandInput extends GetPhoneNumberSettingsRequest {}

/** The output of {@link GetPhoneNumberSettingsCommand}: the response members and its `$metadata`. */
export interface GetPhoneNumberSettingsCommandOutput
  extends GetPhoneNumberSettingsResponse, MetadataBearer {}

/** The modeled errors {@link GetPhoneNumberSettingsCommand} can throw. */
export type GetPhoneNumberSettingsErrors =
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetPhoneNumberSettings travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetPhoneNumberSettings",
    method: "GET",
    path: ["/settings/phone-number"],
    code: 200,
    input: [],
    output: [
      {
        name: "CallingName",
        schema: "string",
        location: "body",
      },
      {
        name: "CallingNameUpdatedTimestamp",
        schema: "date-time",
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Retrieves the phone number settings for the administrator's AWS account, such as the default outbound calling name.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetPhoneNumberSettingsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Retrieves the phone number settings for the administrator's AWS account
 * const output = await client.send(new GetPhoneNumberSettingsCommand({}));
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
 * @see {@link GetPhoneNumberSettingsCommandInput} for the input and {@link GetPhoneNumberSettingsCommandOutput} for the output.
 */
export class GetPhoneNumberSettingsCommand extends ChimeCommand<
  GetPhoneNumberSettingsCommandInput,
  GetPhoneNumberSettingsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetPhoneNumberSettingsCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
