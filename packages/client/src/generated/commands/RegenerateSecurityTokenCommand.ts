// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  RegenerateSecurityTokenRequest,
  RegenerateSecurityTokenResponse,
} from "@chimekit/types";
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

/** The input of {@link RegenerateSecurityTokenCommand}. */
export interface RegenerateSecurityTokenCommandInput extends RegenerateSecurityTokenRequest {}

/** The output of {@link RegenerateSecurityTokenCommand}: the response members and its `$metadata`. */
export interface RegenerateSecurityTokenCommandOutput
  extends RegenerateSecurityTokenResponse, MetadataBearer {}

/** The modeled errors {@link RegenerateSecurityTokenCommand} can throw. */
export type RegenerateSecurityTokenErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How RegenerateSecurityToken travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "RegenerateSecurityToken",
    method: "POST",
    path: ["/accounts/", "AccountId", "/bots/", "BotId", ""],
    queryLiterals: {
      operation: "regenerate-security-token",
    },
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
 * Regenerates the security token for a bot.
 *
 * @example
 * ```ts
 * import { ChimeClient, RegenerateSecurityTokenCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Regenerates the security token for the specified bot
 * const output = await client.send(new RegenerateSecurityTokenCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   BotId: "123abcd4-5ef6-789g-0h12-34j56789012k",
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
 * @see {@link RegenerateSecurityTokenCommandInput} for the input and {@link RegenerateSecurityTokenCommandOutput} for the output.
 */
export class RegenerateSecurityTokenCommand extends ChimeCommand<
  RegenerateSecurityTokenCommandInput,
  RegenerateSecurityTokenCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: RegenerateSecurityTokenCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
