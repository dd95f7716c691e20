// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListPhoneNumbersRequest, ListPhoneNumbersResponse } from "@chimekit/types";
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
import { PhoneNumberSchema } from "../schemas.js";

/** The input of {@link ListPhoneNumbersCommand}. */
export interface ListPhoneNumbersCommandInput extends ListPhoneNumbersRequest {}

/** The output of {@link ListPhoneNumbersCommand}: the response members and its `$metadata`. */
export interface ListPhoneNumbersCommandOutput extends ListPhoneNumbersResponse, MetadataBearer {}

/** The modeled errors {@link ListPhoneNumbersCommand} can throw. */
export type ListPhoneNumbersErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListPhoneNumbers travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListPhoneNumbers",
    method: "GET",
    path: ["/phone-numbers"],
    code: 200,
    input: [
      {
        name: "FilterName",
        schema: "string",
        location: "query",
        locationName: "filter-name",
      },
      {
        name: "FilterValue",
        schema: "string",
        location: "query",
        locationName: "filter-value",
      },
      {
        name: "MaxResults",
        schema: "number",
        location: "query",
        locationName: "max-results",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "query",
        locationName: "next-token",
      },
      {
        name: "ProductType",
        schema: "string",
        location: "query",
        locationName: "product-type",
      },
      {
        name: "Status",
        schema: "string",
        location: "query",
        locationName: "status",
      },
    ],
    output: [
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
      {
        name: "PhoneNumbers",
        schema: {
          kind: "list",
          member: PhoneNumberSchema,
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
 * Lists the phone numbers for the specified Amazon Chime account, Amazon Chime user, Amazon Chime Voice Connector, or Amazon Chime Voice Connector group.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListPhoneNumbersCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the phone numbers for the account
 * const output = await client.send(new ListPhoneNumbersCommand({}));
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
 * @see {@link ListPhoneNumbersCommandInput} for the input and {@link ListPhoneNumbersCommandOutput} for the output.
 */
export class ListPhoneNumbersCommand extends ChimeCommand<
  ListPhoneNumbersCommandInput,
  ListPhoneNumbersCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListPhoneNumbersCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
