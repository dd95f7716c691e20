// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  SearchAvailablePhoneNumbersRequest,
  SearchAvailablePhoneNumbersResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type AccessDeniedException,
  type BadRequestException,
  type ForbiddenException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link SearchAvailablePhoneNumbersCommand}. */
export interface SearchAvailablePhoneNumbersCommandInput extends SearchAvailablePhoneNumbersRequest {}

/** The output of {@link SearchAvailablePhoneNumbersCommand}: the response members and its `$metadata`. */
export interface SearchAvailablePhoneNumbersCommandOutput
  extends SearchAvailablePhoneNumbersResponse, MetadataBearer {}

/** The modeled errors {@link SearchAvailablePhoneNumbersCommand} can throw. */
export type SearchAvailablePhoneNumbersErrors =
  | AccessDeniedException
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How SearchAvailablePhoneNumbers travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "SearchAvailablePhoneNumbers",
    method: "GET",
    path: ["/search"],
    queryLiterals: {
      type: "phone-numbers",
    },
    code: 200,
    input: [
      {
        name: "AreaCode",
        schema: "string",
        location: "query",
        locationName: "area-code",
      },
      {
        name: "City",
        schema: "string",
        location: "query",
        locationName: "city",
      },
      {
        name: "Country",
        schema: "string",
        location: "query",
        locationName: "country",
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
        name: "PhoneNumberType",
        schema: "string",
        location: "query",
        locationName: "phone-number-type",
      },
      {
        name: "State",
        schema: "string",
        location: "query",
        locationName: "state",
      },
      {
        name: "TollFreePrefix",
        schema: "string",
        location: "query",
        locationName: "toll-free-prefix",
      },
    ],
    output: [
      {
        name: "E164PhoneNumbers",
        schema: {
          kind: "list",
          member: "string",
          sensitive: true,
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
 * Searches for phone numbers that can be ordered. For US numbers, provide at least one of the following search filters: AreaCode, City, State, or TollFreePrefix. If you provide City, you must also provide State. Numbers outside the US only support the PhoneNumberType filter, which you must use.
 *
 * @example
 * ```ts
 * import { ChimeClient, SearchAvailablePhoneNumbersCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Searches for phone numbers with an area code of 206
 * const output = await client.send(new SearchAvailablePhoneNumbersCommand({
 *   AreaCode: "206",
 * }));
 * ```
 *
 * @throws {@link AccessDeniedException} (client fault) You don't have permissions to perform the requested operation.
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link SearchAvailablePhoneNumbersCommandInput} for the input and {@link SearchAvailablePhoneNumbersCommandOutput} for the output.
 */
export class SearchAvailablePhoneNumbersCommand extends ChimeCommand<
  SearchAvailablePhoneNumbersCommandInput,
  SearchAvailablePhoneNumbersCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: SearchAvailablePhoneNumbersCommandInput = {}) {
    super((operation ??= operationSchema()), input);
  }
}
