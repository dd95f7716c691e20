// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  DisassociateSigninDelegateGroupsFromAccountRequest,
  DisassociateSigninDelegateGroupsFromAccountResponse,
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

/** The input of {@link DisassociateSigninDelegateGroupsFromAccountCommand}. */
export interface DisassociateSigninDelegateGroupsFromAccountCommandInput extends DisassociateSigninDelegateGroupsFromAccountRequest {}

/** The output of {@link DisassociateSigninDelegateGroupsFromAccountCommand}: the response members and its `$metadata`. */
export interface DisassociateSigninDelegateGroupsFromAccountCommandOutput
  extends DisassociateSigninDelegateGroupsFromAccountResponse, MetadataBearer {}

/** The modeled errors {@link DisassociateSigninDelegateGroupsFromAccountCommand} can throw. */
export type DisassociateSigninDelegateGroupsFromAccountErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How DisassociateSigninDelegateGroupsFromAccount travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DisassociateSigninDelegateGroupsFromAccount",
    method: "POST",
    path: ["/accounts/", "AccountId", ""],
    queryLiterals: {
      operation: "disassociate-signin-delegate-groups",
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
        name: "GroupNames",
        schema: {
          kind: "list",
          member: "string",
        },
        required: true,
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
 * Disassociates the specified sign-in delegate groups from the specified Amazon Chime account.
 *
 * @example
 * ```ts
 * import { ChimeClient, DisassociateSigninDelegateGroupsFromAccountCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new DisassociateSigninDelegateGroupsFromAccountCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   GroupNames: [
 *     "chime-administrators",
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
 * @see {@link DisassociateSigninDelegateGroupsFromAccountCommandInput} for the input and {@link DisassociateSigninDelegateGroupsFromAccountCommandOutput} for the output.
 */
export class DisassociateSigninDelegateGroupsFromAccountCommand extends ChimeCommand<
  DisassociateSigninDelegateGroupsFromAccountCommandInput,
  DisassociateSigninDelegateGroupsFromAccountCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DisassociateSigninDelegateGroupsFromAccountCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
