// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  GetEventsConfigurationRequest,
  GetEventsConfigurationResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type NotFoundException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { EventsConfigurationSchema } from "../schemas.js";

/** The input of {@link GetEventsConfigurationCommand}. */
export interface GetEventsConfigurationCommandInput extends GetEventsConfigurationRequest {}

/** The output of {@link GetEventsConfigurationCommand}: the response members and its `$metadata`. */
export interface GetEventsConfigurationCommandOutput
  extends GetEventsConfigurationResponse, MetadataBearer {}

/** The modeled errors {@link GetEventsConfigurationCommand} can throw. */
export type GetEventsConfigurationErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | UnauthorizedClientException;

/** How GetEventsConfiguration travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "GetEventsConfiguration",
    method: "GET",
    path: ["/accounts/", "AccountId", "/bots/", "BotId", "/events-configuration"],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "BotId",
        schema: "string",
        required: true,
        location: "label",
      },
    ],
    output: [
      {
        name: "EventsConfiguration",
        schema: EventsConfigurationSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Gets details for an events configuration that allows a bot to receive outgoing events, such as an HTTPS endpoint or Lambda function ARN.
 *
 * @example
 * ```ts
 * import { ChimeClient, GetEventsConfigurationCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new GetEventsConfigurationCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   BotId: "06531919-d534-400f-a6ac-ab2ee1d967fa",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link NotFoundException} (client fault) One or more of the resources in the request does not exist in the system.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link GetEventsConfigurationCommandInput} for the input and {@link GetEventsConfigurationCommandOutput} for the output.
 */
export class GetEventsConfigurationCommand extends ChimeCommand<
  GetEventsConfigurationCommandInput,
  GetEventsConfigurationCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: GetEventsConfigurationCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
