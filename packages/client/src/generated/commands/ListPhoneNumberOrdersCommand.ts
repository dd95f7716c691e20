// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListPhoneNumberOrdersRequest, ListPhoneNumberOrdersResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { PhoneNumberOrderSchema } from "../schemas.js";

/** The input of {@link ListPhoneNumberOrdersCommand}. */
export interface ListPhoneNumberOrdersCommandInput extends ListPhoneNumberOrdersRequest {}

/** The output of {@link ListPhoneNumberOrdersCommand}: the response members and its `$metadata`. */
export interface ListPhoneNumberOrdersCommandOutput
  extends ListPhoneNumberOrdersResponse, MetadataBearer {}

/** The modeled errors {@link ListPhoneNumberOrdersCommand} can throw. */
export type ListPhoneNumberOrdersErrors =
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListPhoneNumberOrders travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListPhoneNumberOrders",
    method: "GET",
    path: ["/phone-number-orders"],
    code: 200,
    input: [
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
    ],
    output: [
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
      {
        name: "PhoneNumberOrders",
        schema: {
          kind: "list",
          member: PhoneNumberOrderSchema,
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
 * Lists the phone number orders for the administrator's Amazon Chime account.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListPhoneNumberOrdersCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the phone number orders for the administrator's Amazon Chime account
 * const output = await client.send(new ListPhoneNumberOrdersCommand({}));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link ListPhoneNumberOrdersCommandInput} for the input and {@link ListPhoneNumberOrdersCommandOutput} for the output.
 */
export class ListPhoneNumberOrdersCommand extends ChimeCommand<
  ListPhoneNumberOrdersCommandInput,
  ListPhoneNumberOrdersCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListPhoneNumberOrdersCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
