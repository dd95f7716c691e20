// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  DeleteEventsConfigurationRequest,
  DeleteEventsConfigurationResponse,
} from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ForbiddenException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link DeleteEventsConfigurationCommand}. */
export interface DeleteEventsConfigurationCommandInput extends DeleteEventsConfigurationRequest {}

/** The output of {@link DeleteEventsConfigurationCommand}: the response members and its `$metadata`. */
export interface DeleteEventsConfigurationCommandOutput
  extends DeleteEventsConfigurationResponse, MetadataBearer {}

/** The modeled errors {@link DeleteEventsConfigurationCommand} can throw. */
export type DeleteEventsConfigurationErrors =
  | BadRequestException
  | ForbiddenException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | UnauthorizedClientException;

/** How DeleteEventsConfiguration travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DeleteEventsConfiguration",
    method: "DELETE",
    path: ["/accounts/", "AccountId", "/bots/", "BotId", "/events-configuration"],
    code: 204,
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
    output: [],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Deletes the events configuration that allows a bot to receive outgoing events.
 *
 * @example
 * ```ts
 * import { ChimeClient, DeleteEventsConfigurationCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new DeleteEventsConfigurationCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   BotId: "06531919-d534-400f-a6ac-ab2ee1d967fa",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link DeleteEventsConfigurationCommandInput} for the input and {@link DeleteEventsConfigurationCommandOutput} for the output.
 */
export class DeleteEventsConfigurationCommand extends ChimeCommand<
  DeleteEventsConfigurationCommandInput,
  DeleteEventsConfigurationCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DeleteEventsConfigurationCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
