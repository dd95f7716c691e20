// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdatePhoneNumberRequest, UpdatePhoneNumberResponse } from "@chimekit/types";
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
import { PhoneNumberSchema } from "../schemas.js";

/** The input of {@link UpdatePhoneNumberCommand}. */
export interface UpdatePhoneNumberCommandInput extends UpdatePhoneNumberRequest {}

/** The output of {@link UpdatePhoneNumberCommand}: the response members and its `$metadata`. */
export interface UpdatePhoneNumberCommandOutput extends UpdatePhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link UpdatePhoneNumberCommand} can throw. */
export type UpdatePhoneNumberErrors =
  | BadRequestException
  | ConflictException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdatePhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdatePhoneNumber",
    method: "POST",
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
      {
        name: "CallingName",
        schema: "string",
        location: "body",
      },
      {
        name: "ProductType",
        schema: "string",
        location: "body",
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
 * Updates phone number details, such as product type or calling name, for the specified phone number ID. You can update one phone number detail at a time. For example, you can update either the product type or the calling name in one action.
 *
 * For toll-free numbers, you cannot use the Amazon Chime Business Calling product type. For numbers outside the U.S., you must use the Amazon Chime SIP Media Application Dial-In product type.
 *
 * Updates to outbound calling names can take 72 hours to complete. Pending updates to outbound calling names must be complete before you can request another update.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdatePhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Update Product Type
 * const output = await client.send(new UpdatePhoneNumberCommand({
 *   PhoneNumberId: "+12065550100",
 *   ProductType: "BusinessCalling",
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
 * @see {@link UpdatePhoneNumberCommandInput} for the input and {@link UpdatePhoneNumberCommandOutput} for the output.
 */
export class UpdatePhoneNumberCommand extends ChimeCommand<
  UpdatePhoneNumberCommandInput,
  UpdatePhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdatePhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
