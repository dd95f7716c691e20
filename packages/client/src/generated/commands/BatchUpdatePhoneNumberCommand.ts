// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  BatchUpdatePhoneNumberRequest,
  BatchUpdatePhoneNumberResponse,
} from "@chimekit/types";
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
import { PhoneNumberErrorSchema, UpdatePhoneNumberRequestItemSchema } from "../schemas.js";

/** The input of {@link BatchUpdatePhoneNumberCommand}. */
export interface BatchUpdatePhoneNumberCommandInput extends BatchUpdatePhoneNumberRequest {}

/** The output of {@link BatchUpdatePhoneNumberCommand}: the response members and its `$metadata`. */
export interface BatchUpdatePhoneNumberCommandOutput
  extends BatchUpdatePhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link BatchUpdatePhoneNumberCommand} can throw. */
export type BatchUpdatePhoneNumberErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchUpdatePhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchUpdatePhoneNumber",
    method: "POST",
    path: ["/phone-numbers"],
    queryLiterals: {
      operation: "batch-update",
    },
    code: 200,
    input: [
      {
        name: "UpdatePhoneNumberRequestItems",
        schema: {
          kind: "list",
          member: UpdatePhoneNumberRequestItemSchema,
        },
        required: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "PhoneNumberErrors",
        schema: {
          kind: "list",
          member: PhoneNumberErrorSchema,
        },
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Updates phone number product types or calling names. You can update one attribute at a time for each `UpdatePhoneNumberRequestItem`. For example, you can update the product type or the calling name.
 *
 * For toll-free numbers, you cannot use the Amazon Chime Business Calling product type. For numbers outside the U.S., you must use the Amazon Chime SIP Media Application Dial-In product type.
 *
 * Updates to outbound calling names can take up to 72 hours to complete. Pending updates to outbound calling names must be complete before you can request another update.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchUpdatePhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Update Product Types
 * const output = await client.send(new BatchUpdatePhoneNumberCommand({
 *   UpdatePhoneNumberRequestItems: [
 *     {
 *       PhoneNumberId: "%2B12065550100",
 *       ProductType: "BusinessCalling",
 *     },
 *     {
 *       PhoneNumberId: "%2B12065550101",
 *       ProductType: "VoiceConnector",
 *     },
 *   ],
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
 * @see {@link BatchUpdatePhoneNumberCommandInput} for the input and {@link BatchUpdatePhoneNumberCommandOutput} for the output.
 */
export class BatchUpdatePhoneNumberCommand extends ChimeCommand<
  BatchUpdatePhoneNumberCommandInput,
  BatchUpdatePhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchUpdatePhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
