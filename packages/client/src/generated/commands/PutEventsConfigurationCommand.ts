// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  PutEventsConfigurationRequest,
  PutEventsConfigurationResponse,
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

/** The input of {@link PutEventsConfigurationCommand}. */
export interface PutEventsConfigurationCommandInput extends PutEventsConfigurationRequest {}

/** The output of {@link PutEventsConfigurationCommand}: the response members and its `$metadata`. */
export interface PutEventsConfigurationCommandOutput
  extends PutEventsConfigurationResponse, MetadataBearer {}

/** The modeled errors {@link PutEventsConfigurationCommand} can throw. */
export type PutEventsConfigurationErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | UnauthorizedClientException;

/** How PutEventsConfiguration travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "PutEventsConfiguration",
    method: "PUT",
    path: ["/accounts/", "AccountId", "/bots/", "BotId", "/events-configuration"],
    code: 201,
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
      {
        name: "LambdaFunctionArn",
        schema: "string",
        location: "body",
      },
      {
        name: "OutboundEventsHTTPSEndpoint",
        schema: "string",
        location: "body",
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
 * Creates an events configuration that allows a bot to receive outgoing events sent by Amazon Chime. Choose either an HTTPS endpoint or a Lambda function ARN. For more information, see Bot.
 *
 * @example
 * ```ts
 * import { ChimeClient, PutEventsConfigurationCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new PutEventsConfigurationCommand({
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
 * @see {@link PutEventsConfigurationCommandInput} for the input and {@link PutEventsConfigurationCommandOutput} for the output.
 */
export class PutEventsConfigurationCommand extends ChimeCommand<
  PutEventsConfigurationCommandInput,
  PutEventsConfigurationCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: PutEventsConfigurationCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
