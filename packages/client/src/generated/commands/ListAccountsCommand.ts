// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListAccountsRequest, ListAccountsResponse } from "@chimekit/types";
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
import { AccountSchema } from "../schemas.js";

/** The input of {@link ListAccountsCommand}. */
export interface ListAccountsCommandInput extends ListAccountsRequest {}

/** The output of {@link ListAccountsCommand}: the response members and its `$metadata`. */
export interface ListAccountsCommandOutput extends ListAccountsResponse, MetadataBearer {}

/** The modeled errors {@link ListAccountsCommand} can throw. */
export type ListAccountsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListAccounts travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListAccounts",
    method: "GET",
    path: ["/accounts"],
    code: 200,
    input: [
      {
        name: "MaxResults",
        schema: "number",
        location: "query",
        locationName: "max-results",
      },
      {
        name: "Name",
        schema: "string",
        location: "query",
        locationName: "name",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "query",
        locationName: "next-token",
      },
      {
        name: "UserEmail",
        schema: "string",
        sensitive: true,
        location: "query",
        locationName: "user-email",
      },
    ],
    output: [
      {
        name: "Accounts",
        schema: {
          kind: "list",
          member: AccountSchema,
        },
        location: "body",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Lists the Amazon Chime accounts under the administrator's AWS account. You can filter accounts by account name prefix. To find out which Amazon Chime account a user belongs to, you can filter by the user's email address, which returns one account result.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListAccountsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the Amazon Chime accounts under the administrator's AWS account
 * const output = await client.send(new ListAccountsCommand({}));
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
 * @see {@link ListAccountsCommandInput} for the input and {@link ListAccountsCommandOutput} for the output.
 */
export class ListAccountsCommand extends ChimeCommand<
  ListAccountsCommandInput,
  ListAccountsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListAccountsCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
