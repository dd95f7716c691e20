// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { GetPhoneNumberOrderRequest, GetPhoneNumberOrderResponse } from "@chimekit/types";
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
import { PhoneNumberOrderSchema } from "../schemas.js";

/** The input of {@link GetPhoneNumberOrderCommand}. */
export interface GetPhoneNumberOrderCommandInput extends GetPhoneNumberOrderRequest {}

/** The output of {@link GetPhoneNumberOrderCommand}: the response members and its `$metadata`. */
export interface GetPhoneNumberOrderCommandOutput
  extends GetPhoneNumberOrderResponse, MetadataBearer {}

/** The modeled errors {@link GetPhoneNumberOrderCommand} can throw. */
export type GetPhoneNumberOrderErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How GetPhoneNumberOrder travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetPhoneNumberOrder",
    method: "GET",
    path: ["/phone-number-orders/", "PhoneNumberOrderId", ""],
    code: 200,
    input: [
      {
        name: "PhoneNumberOrderId",
        schema: "string",
        required: true,
        location: "label",
      },
    ],
    output: [
      {
        name: "PhoneNumberOrder",
        schema: PhoneNumberOrderSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Retrieves details for the specified phone number order, such as the order creation timestamp, phone numbers in E.164 format, product type, and order status.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetPhoneNumberOrderCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new GetPhoneNumberOrderCommand({
 *   PhoneNumberOrderId: "2fb1f2f6-20d9-43e2-a66f-f73651b3d838",
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
 * @see {@link GetPhoneNumberOrderCommandInput} for the input and {@link GetPhoneNumberOrderCommandOutput} for the output.
 */
export class GetPhoneNumberOrderCommand extends ChimeCommand<
  GetPhoneNumberOrderCommandInput,
  GetPhoneNumberOrderCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetPhoneNumberOrderCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
