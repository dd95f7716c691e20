// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  BatchDeletePhoneNumberRequest,
  BatchDeletePhoneNumberResponse,
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
import { PhoneNumberErrorSchema } from "../schemas.js";

/** The input of {@link BatchDeletePhoneNumberCommand}. */
export interface BatchDeletePhoneNumberCommandInput extends BatchDeletePhoneNumberRequest {}

/** The output of {@link BatchDeletePhoneNumberCommand}: the response members and its `$metadata`. */
export interface BatchDeletePhoneNumberCommandOutput
  extends BatchDeletePhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link BatchDeletePhoneNumberCommand} can throw. */
export type BatchDeletePhoneNumberErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchDeletePhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchDeletePhoneNumber",
    method: "POST",
    path: ["/phone-numbers"],
    queryLiterals: {
      operation: "batch-delete",
    },
    code: 200,
    input: [
      {
        name: "PhoneNumberIds",
        schema: {
          kind: "list",
          member: "string",
          sensitive: true,
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
 * Moves phone numbers into the **Deletion queue**. Phone numbers must be disassociated from any users or Amazon Chime Voice Connectors before they can be deleted.
 *
 * Phone numbers remain in the **Deletion queue** for 7 days before they are deleted permanently.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchDeletePhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Moves multiple phone numbers into the **Deletion queue**
 * const output = await client.send(new BatchDeletePhoneNumberCommand({
 *   PhoneNumberIds: [
 *     "%2B12065550100",
 *     "%2B12065550101",
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
 * @see {@link BatchDeletePhoneNumberCommandInput} for the input and {@link BatchDeletePhoneNumberCommandOutput} for the output.
 */
export class BatchDeletePhoneNumberCommand extends ChimeCommand<
  BatchDeletePhoneNumberCommandInput,
  BatchDeletePhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchDeletePhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
