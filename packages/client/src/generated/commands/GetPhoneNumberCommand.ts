// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { GetPhoneNumberRequest, GetPhoneNumberResponse } from "@chimekit/types";
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
import { PhoneNumberSchema } from "../schemas.js";

/** The input of {@link GetPhoneNumberCommand}. */
export interface GetPhoneNumberCommandInput extends GetPhoneNumberRequest {}

/** The output of {@link GetPhoneNumberCommand}: the response members and its `$metadata`. */
export interface GetPhoneNumberCommandOutput extends GetPhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link GetPhoneNumberCommand} can throw. */
export type GetPhoneNumberErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetPhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetPhoneNumber",
    method: "GET",
    path: ["/phone-numbers/", "PhoneNumberId", ""],
    code: 200,
    input: [
      {
        name: "PhoneNumberId",
        schema: "string",
        required: true,
        sensitive: true,
        location: "label",
      },
    ],
    output: [
      {
        name: "PhoneNumber",
        schema: PhoneNumberSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Retrieves details for the specified phone number ID, such as associations, capabilities, and product type.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetPhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Retrieves details for the specified phone number ID
 * const output = await client.send(new GetPhoneNumberCommand({
 *   PhoneNumberId: "+12065550100",
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
 * @see {@link GetPhoneNumberCommandInput} for the input and {@link GetPhoneNumberCommandOutput} for the output.
 */
export class GetPhoneNumberCommand extends ChimeCommand<
  GetPhoneNumberCommandInput,
  GetPhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetPhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
