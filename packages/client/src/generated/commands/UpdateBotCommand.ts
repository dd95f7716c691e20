// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateBotRequest, UpdateBotResponse } from "@chimekit/types";
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

/** The input of {@link UpdateBotCommand}. */
export interface UpdateBotCommandInput extends UpdateBotRequest {}

/** The output of {@link UpdateBotCommand}: the response members and its `$metadata`. */
export interface UpdateBotCommandOutput extends UpdateBotResponse, MetadataBearer {}

/** The modeled errors {@link UpdateBotCommand} can throw. */
export type UpdateBotErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateBot travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateBot",
    method: "POST",
    path: ["/accounts/", "AccountId", "/bots/", "BotId", ""],
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
      {
        name: "Disabled",
        schema: "boolean",
        location: "body",
      },
    ],
    output: [
      {
        name: "Bot",
        schema: BotSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Updates the status of the specified bot, such as starting or stopping the bot from running in your Amazon Chime Enterprise account.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateBotCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates the status of the specified bot to stop it from running
 * const output = await client.send(new UpdateBotCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   BotId: "123abcd4-5ef6-789g-0h12-34j56789012k",
 *   Disabled: true,
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
 * @see {@link UpdateBotCommandInput} for the input and {@link UpdateBotCommandOutput} for the output.
 */
export class UpdateBotCommand extends ChimeCommand<
  UpdateBotCommandInput,
  UpdateBotCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateBotCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
