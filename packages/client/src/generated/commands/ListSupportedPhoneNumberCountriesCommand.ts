// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  ListSupportedPhoneNumberCountriesRequest,
  ListSupportedPhoneNumberCountriesResponse,
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
import { PhoneNumberCountrySchema } from "../schemas.js";

/** The input of {@link ListSupportedPhoneNumberCountriesCommand}. */
export interface ListSupportedPhoneNumberCountriesCommandInput extends ListSupportedPhoneNumberCountriesRequest {}

/** The output of {@link ListSupportedPhoneNumberCountriesCommand}: the response members and its `$metadata`. */
export interface ListSupportedPhoneNumberCountriesCommandOutput
  extends ListSupportedPhoneNumberCountriesResponse, MetadataBearer {}

/** The modeled errors {@link ListSupportedPhoneNumberCountriesCommand} can throw. */
export type ListSupportedPhoneNumberCountriesErrors =
  | AccessDeniedException
  | BadRequestException
  | ForbiddenException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListSupportedPhoneNumberCountries travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListSupportedPhoneNumberCountries",
    method: "GET",
    path: ["/phone-number-countries"],
    code: 200,
    input: [
      {
        name: "ProductType",
        schema: "string",
        required: true,
        location: "query",
        locationName: "product-type",
      },
    ],
    output: [
      {
        name: "PhoneNumberCountries",
        schema: {
          kind: "list",
          member: PhoneNumberCountrySchema,
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
 * Lists supported phone number countries.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListSupportedPhoneNumberCountriesCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new ListSupportedPhoneNumberCountriesCommand({
 *   ProductType: "BusinessCalling",
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
 * @see {@link ListSupportedPhoneNumberCountriesCommandInput} for the input and {@link ListSupportedPhoneNumberCountriesCommandOutput} for the output.
 */
export class ListSupportedPhoneNumberCountriesCommand extends ChimeCommand<
  ListSupportedPhoneNumberCountriesCommandInput,
  ListSupportedPhoneNumberCountriesCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListSupportedPhoneNumberCountriesCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
