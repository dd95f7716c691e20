// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListBotsRequest, ListBotsResponse } from "@chimekit/types";
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
import { BotSchema } from "../schemas.js";

/** The input of {@link ListBotsCommand}. */
export interface ListBotsCommandInput extends ListBotsRequest {}

/** The output of {@link ListBotsCommand}: the response members and its `$metadata`. */
export interface ListBotsCommandOutput extends ListBotsResponse, MetadataBearer {}

/** The modeled errors {@link ListBotsCommand} can throw. */
export type ListBotsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListBots travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListBots",
    method: "GET",
    path: ["/accounts/", "AccountId", "/bots"],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
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
    ],
    output: [
      {
        name: "Bots",
        schema: {
          kind: "list",
          member: BotSchema,
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
 * Lists the bots associated with the administrator's Amazon Chime Enterprise account ID.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListBotsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the bots associated with the administrator's Amazon Chime Enterprise account ID
 * const output = await client.send(new ListBotsCommand({
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
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link ListBotsCommandInput} for the input and {@link ListBotsCommandOutput} for the output.
 */
export class ListBotsCommand extends ChimeCommand<
  ListBotsCommandInput,
  ListBotsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListBotsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
