// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { DeleteAccountRequest, DeleteAccountResponse } from "@chimekit/types";
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
  type UnprocessableEntityException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link DeleteAccountCommand}. */
export interface DeleteAccountCommandInput extends DeleteAccountRequest {}

/** The output of {@link DeleteAccountCommand}: the response members and its `$metadata`. */
export interface DeleteAccountCommandOutput extends DeleteAccountResponse, MetadataBearer {}

/** The modeled errors {@link DeleteAccountCommand} can throw. */
export type DeleteAccountErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException
  | UnprocessableEntityException;

/** How DeleteAccount travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DeleteAccount",
    method: "DELETE",
    path: ["/accounts/", "AccountId", ""],
    code: 204,
    input: [
      {
        name: "AccountId",
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
 * Deletes the specified Amazon Chime account. You must suspend all users before deleting Team account. You can use the BatchSuspendUser action to do so.
 *
 * For EnterpriseLWA and EnterpriseAD accounts, you must release the claimed domains for your Amazon Chime account before deletion. As soon as you release the domain, all users under that account are suspended.
 *
 * Deleted accounts appear in your Disabled accounts list for 90 days. To restore deleted account from your Disabled accounts list, you must contact AWS Support.
 *
 * After 90 days, deleted accounts are permanently removed from your Disabled accounts list.
 *
 * @example
 * ```ts
 * import { ChimeClient, DeleteAccountCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Deletes the specified account
 * const output = await client.send(new DeleteAccountCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
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
 * @throws {@link UnprocessableEntityException} (client fault) The request was well-formed but was unable to be followed due to semantic errors.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link DeleteAccountCommandInput} for the input and {@link DeleteAccountCommandOutput} for the output.
 */
export class DeleteAccountCommand extends ChimeCommand<
  DeleteAccountCommandInput,
  DeleteAccountCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DeleteAccountCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
