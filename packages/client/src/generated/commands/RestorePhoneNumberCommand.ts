// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { RestorePhoneNumberRequest, RestorePhoneNumberResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type NotFoundException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { PhoneNumberSchema } from "../schemas.js";

/** The input of {@link RestorePhoneNumberCommand}. */
export interface RestorePhoneNumberCommandInput extends RestorePhoneNumberRequest {}

/** The output of {@link RestorePhoneNumberCommand}: the response members and its `$metadata`. */
export interface RestorePhoneNumberCommandOutput
  extends RestorePhoneNumberResponse, MetadataBearer {}

/** The modeled errors {@link RestorePhoneNumberCommand} can throw. */
export type RestorePhoneNumberErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How RestorePhoneNumber travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "RestorePhoneNumber",
    method: "POST",
    path: ["/phone-numbers/", "PhoneNumberId", ""],
    queryLiterals: {
      operation: "restore",
    },
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
 * Moves a phone number from the **Deletion queue** back into the phone number **Inventory**.
 *
 * @example
 * ```ts
 * import { ChimeClient, RestorePhoneNumberCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Moves the specified phone number from the **Deletion queue** back into the phone number **Inventory**
 * const output = await client.send(new RestorePhoneNumberCommand({
 *   PhoneNumberId: "+12065550100",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link NotFoundException} (client fault) One or more of the resources in the request does not exist in the system.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link RestorePhoneNumberCommandInput} for the input and {@link RestorePhoneNumberCommandOutput} for the output.
 */
export class RestorePhoneNumberCommand extends ChimeCommand<
  RestorePhoneNumberCommandInput,
  RestorePhoneNumberCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: RestorePhoneNumberCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
