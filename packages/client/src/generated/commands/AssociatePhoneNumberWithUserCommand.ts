// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  AssociatePhoneNumberWithUserRequest,
  AssociatePhoneNumberWithUserResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type AccessDeniedException,
  type BadRequestException,
  type ForbiddenException,
  type NotFoundException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link AssociatePhoneNumberWithUserCommand}. */
export interface AssociatePhoneNumberWithUserCommandInput extends AssociatePhoneNumberWithUserRequest {}

/** The output of {@link AssociatePhoneNumberWithUserCommand}: the response members and its `$metadata`. */
export interface AssociatePhoneNumberWithUserCommandOutput
  extends AssociatePhoneNumberWithUserResponse, MetadataBearer {}

/** The modeled errors {@link AssociatePhoneNumberWithUserCommand} can throw. */
export type AssociatePhoneNumberWithUserErrors =
  | AccessDeniedException
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How AssociatePhoneNumberWithUser travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "AssociatePhoneNumberWithUser",
    method: "POST",
    path: ["/accounts/", "AccountId", "/users/", "UserId", ""],
    queryLiterals: {
      operation: "associate-phone-number",
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
      {
        name: "E164PhoneNumber",
        schema: "string",
        required: true,
        sensitive: true,
        location: "body",
      },
    ],
    output: [],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Associates a phone number with the specified Amazon Chime user.
 *
 * @example
 * ```ts
 * import { ChimeClient, AssociatePhoneNumberWithUserCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Associates the specified phone number with the specified Amazon Chime user
 * const output = await client.send(new AssociatePhoneNumberWithUserCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 *   E164PhoneNumber: "+12065550100",
 * }));
 * ```
 *
 * @throws {@link AccessDeniedException} (client fault) You don't have permissions to perform the requested operation.
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
 * @see {@link AssociatePhoneNumberWithUserCommandInput} for the input and {@link AssociatePhoneNumberWithUserCommandOutput} for the output.
 */
export class AssociatePhoneNumberWithUserCommand extends ChimeCommand<
  AssociatePhoneNumberWithUserCommandInput,
  AssociatePhoneNumberWithUserCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: AssociatePhoneNumberWithUserCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
