// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateBotRequest, CreateBotResponse } from "@chimekit/types";
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
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { BotSchema } from "../schemas.js";

/** The input of {@link CreateBotCommand}. */
export interface CreateBotCommandInput extends CreateBotRequest {}

/** The output of {@link CreateBotCommand}: the response members and its `$metadata`. */
export interface CreateBotCommandOutput extends CreateBotResponse, MetadataBearer {}

/** The modeled errors {@link CreateBotCommand} can throw. */
export type CreateBotErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateBot travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateBot",
    method: "POST",
    path: ["/accounts/", "AccountId", "/bots"],
    code: 201,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "DisplayName",
        schema: "string",
        required: true,
        location: "body",
      },
      {
        name: "Domain",
        schema: "string",
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
 * Creates a bot for an Amazon Chime Enterprise account.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateBotCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Creates a bot
 * const output = await client.send(new CreateBotCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   DisplayName: "myBot",
 *   Domain: "example.com",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link NotFoundException} (client fault) One or more of the resources in the request does not exist in the system.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link CreateBotCommandInput} for the input and {@link CreateBotCommandOutput} for the output.
 */
export class CreateBotCommand extends ChimeCommand<
  CreateBotCommandInput,
  CreateBotCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateBotCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
