// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  CreatePhoneNumberOrderRequest,
  CreatePhoneNumberOrderResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type AccessDeniedException,
  type BadRequestException,
  type ForbiddenException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { PhoneNumberOrderSchema } from "../schemas.js";

/** The input of {@link CreatePhoneNumberOrderCommand}. */
export interface CreatePhoneNumberOrderCommandInput extends CreatePhoneNumberOrderRequest {}

/** The output of {@link CreatePhoneNumberOrderCommand}: the response members and its `$metadata`. */
export interface CreatePhoneNumberOrderCommandOutput
  extends CreatePhoneNumberOrderResponse, MetadataBearer {}

/** The modeled errors {@link CreatePhoneNumberOrderCommand} can throw. */
export type CreatePhoneNumberOrderErrors =
  | AccessDeniedException
  | BadRequestException
  | ForbiddenException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreatePhoneNumberOrder travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreatePhoneNumberOrder",
    method: "POST",
    path: ["/phone-number-orders"],
    code: 201,
    input: [
      {
        name: "E164PhoneNumbers",
        schema: {
          kind: "list",
          member: "string",
          sensitive: true,
        },
        required: true,
        location: "body",
      },
      {
        name: "ProductType",
        schema: "string",
        required: true,
        location: "body",
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
 * Creates an order for phone numbers to be provisioned. For toll-free numbers, you cannot use the Amazon Chime Business Calling product type. For numbers outside the U.S., you must use the Amazon Chime SIP Media Application Dial-In product type.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreatePhoneNumberOrderCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Creates an order for phone numbers to be provisioned
 * const output = await client.send(new CreatePhoneNumberOrderCommand({
 *   ProductType: "BusinessCalling",
 *   E164PhoneNumbers: [
 *     "+12065550100",
 *     "+12065550101",
 *   ],
 * }));
 * ```
 *
 * @throws {@link AccessDeniedException} (client fault) You don't have permissions to perform the requested operation.
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link CreatePhoneNumberOrderCommandInput} for the input and {@link CreatePhoneNumberOrderCommandOutput} for the output.
 */
export class CreatePhoneNumberOrderCommand extends ChimeCommand<
  CreatePhoneNumberOrderCommandInput,
  CreatePhoneNumberOrderCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreatePhoneNumberOrderCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
