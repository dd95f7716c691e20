// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  DisassociatePhoneNumberFromUserRequest,
  DisassociatePhoneNumberFromUserResponse,
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

/** The input of {@link DisassociatePhoneNumberFromUserCommand}. */
export interface DisassociatePhoneNumberFromUserCommandInput extends DisassociatePhoneNumberFromUserRequest {}

/** The output of {@link DisassociatePhoneNumberFromUserCommand}: the response members and its `$metadata`. */
export interface DisassociatePhoneNumberFromUserCommandOutput
  extends DisassociatePhoneNumberFromUserResponse, MetadataBearer {}

/** The modeled errors {@link DisassociatePhoneNumberFromUserCommand} can throw. */
export type DisassociatePhoneNumberFromUserErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How DisassociatePhoneNumberFromUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DisassociatePhoneNumberFromUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users/", "UserId", ""],
    queryLiterals: {
      operation: "disassociate-phone-number",
    },
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "UserId",
        schema: "string",
        required: true,
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
 * Disassociates the primary provisioned phone number from the specified Amazon Chime user.
 *
 * @example
 * ```ts
 * import { ChimeClient, DisassociatePhoneNumberFromUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Disassociates the primary provisioned phone number from the specified Amazon Chime user
 * const output = await client.send(new DisassociatePhoneNumberFromUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
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
 * @see {@link DisassociatePhoneNumberFromUserCommandInput} for the input and {@link DisassociatePhoneNumberFromUserCommandOutput} for the output.
 */
export class DisassociatePhoneNumberFromUserCommand extends ChimeCommand<
  DisassociatePhoneNumberFromUserCommandInput,
  DisassociatePhoneNumberFromUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DisassociatePhoneNumberFromUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
