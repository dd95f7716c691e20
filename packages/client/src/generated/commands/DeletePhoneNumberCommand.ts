// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { DeletePhoneNumberRequest, DeletePhoneNumberResponse } from "@chimekit/types";
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

/** The input of {@link DeletePhoneNumberCommand}. */
export interface DeletePhoneNumberCommandInput extends DeletePhoneNumberRequest {}

/** The output of {@link DeletePhoneNumberCommand}: the response members and its `$metadata`. */
export interface DeletePhoneNumberCommandOutput extends DeletePhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link DeletePhoneNumberCommand} can throw. */
export type DeletePhoneNumberErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How DeletePhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DeletePhoneNumber",
    method: "DELETE",
    path: ["/phone-numbers/", "PhoneNumberId", ""],
    code: 204,
    input: [
      {
        name: "PhoneNumberId",
        schema: "string",
        required: true,
        sensitive: true,
        location: "label",
      },
    ],
    output: [],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Moves the specified phone number into the **Deletion queue**. A phone number must be disassociated from any users or Amazon Chime Voice Connectors before it can be deleted.
 *
 * Deleted phone numbers remain in the **Deletion queue** for 7 days before they are deleted permanently.
 *
 * @example
 * ```ts
 * import { ChimeClient, DeletePhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Moves the specified phone number into the **Deletion queue**
 * const output = await client.send(new DeletePhoneNumberCommand({
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
 * @see {@link DeletePhoneNumberCommandInput} for the input and {@link DeletePhoneNumberCommandOutput} for the output.
 */
export class DeletePhoneNumberCommand extends ChimeCommand<
  DeletePhoneNumberCommandInput,
  DeletePhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DeletePhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
