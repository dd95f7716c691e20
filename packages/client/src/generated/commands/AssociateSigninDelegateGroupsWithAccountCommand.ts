// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  AssociateSigninDelegateGroupsWithAccountRequest,
  AssociateSigninDelegateGroupsWithAccountResponse,
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
import { SigninDelegateGroupSchema } from "../schemas.js";

/** The input of {@link AssociateSigninDelegateGroupsWithAccountCommand}. */
export interface AssociateSigninDelegateGroupsWithAccountCommandInput extends AssociateSigninDelegateGroupsWithAccountRequest {}

/** The output of {@link AssociateSigninDelegateGroupsWithAccountCommand}: the response members and its `$metadata`. */
export interface AssociateSigninDelegateGroupsWithAccountCommandOutput
  extends AssociateSigninDelegateGroupsWithAccountResponse, MetadataBearer {}

/** The modeled errors {@link AssociateSigninDelegateGroupsWithAccountCommand} can throw. */
export type AssociateSigninDelegateGroupsWithAccountErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How AssociateSigninDelegateGroupsWithAccount travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "AssociateSigninDelegateGroupsWithAccount",
    method: "POST",
    path: ["/accounts/", "AccountId", ""],
    queryLiterals: {
      operation: "associate-signin-delegate-groups",
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
        name: "SigninDelegateGroups",
        schema: {
          kind: "list",
          member: SigninDelegateGroupSchema,
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
 * Associates the specified sign-in delegate groups with the specified Amazon Chime account.
 *
 * @example
 * ```ts
 * import { ChimeClient, AssociateSigninDelegateGroupsWithAccountCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new AssociateSigninDelegateGroupsWithAccountCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   SigninDelegateGroups: [
 *     {
 *       GroupName: "chime-administrators",
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
 * @see {@link AssociateSigninDelegateGroupsWithAccountCommandInput} for the input and {@link AssociateSigninDelegateGroupsWithAccountCommandOutput} for the output.
 */
export class AssociateSigninDelegateGroupsWithAccountCommand extends ChimeCommand<
  AssociateSigninDelegateGroupsWithAccountCommandInput,
  AssociateSigninDelegateGroupsWithAccountCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: AssociateSigninDelegateGroupsWithAccountCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
