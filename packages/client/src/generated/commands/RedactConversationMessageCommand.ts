// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  RedactConversationMessageRequest,
  RedactConversationMessageResponse,
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

/** The input of {@link RedactConversationMessageCommand}. */
export interface RedactConversationMessageCommandInput extends RedactConversationMessageRequest {}

/** The output of {@link RedactConversationMessageCommand}: the response members and its `$metadata`. */
export interface RedactConversationMessageCommandOutput
  extends RedactConversationMessageResponse, MetadataBearer {}

/** The modeled errors {@link RedactConversationMessageCommand} can throw. */
export type RedactConversationMessageErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How RedactConversationMessage travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "RedactConversationMessage",
    method: "POST",
    path: [
      "/accounts/",
      "AccountId",
      "/conversations/",
      "ConversationId",
      "/messages/",
      "MessageId",
      "",
    ],
    queryLiterals: {
      operation: "redact",
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
        name: "ConversationId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "MessageId",
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
 * Redacts the specified message from the specified Amazon Chime conversation.
 *
 * @example
 * ```ts
 * import { ChimeClient, RedactConversationMessageCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new RedactConversationMessageCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   ConversationId: "a815d57c-f0ef-402a-a315-2d7ca6347a52",
 *   MessageId: "30b2f144-5027-4d44-ac26-c96be623e0ae",
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
 * @see {@link RedactConversationMessageCommandInput} for the input and {@link RedactConversationMessageCommandOutput} for the output.
 */
export class RedactConversationMessageCommand extends ChimeCommand<
  RedactConversationMessageCommandInput,
  RedactConversationMessageCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: RedactConversationMessageCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
