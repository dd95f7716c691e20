// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { RedactRoomMessageRequest, RedactRoomMessageResponse } from "@chimekit/types";
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

/** The input of {@link RedactRoomMessageCommand}. */
export interface RedactRoomMessageCommandInput extends RedactRoomMessageRequest {}

/** The output of {@link RedactRoomMessageCommand}: the response members and its `$metadata`. */
export interface RedactRoomMessageCommandOutput extends RedactRoomMessageResponse, MetadataBearer {}

/** The modeled errors {@link RedactRoomMessageCommand} can throw. */
export type RedactRoomMessageErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How RedactRoomMessage travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "RedactRoomMessage",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/messages/", "MessageId", ""],
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
        name: "MessageId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "RoomId",
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
 * Redacts the specified message from the specified Amazon Chime channel.
 *
 * @example
 * ```ts
 * import { ChimeClient, RedactRoomMessageCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new RedactRoomMessageCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   MessageId: "30b2f144-5027-4d44-ac26-c96be623e0ae",
 *   RoomId: "b3a49fc2-880c-40d9-aca4-e0d34fa78661",
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
 * @see {@link RedactRoomMessageCommandInput} for the input and {@link RedactRoomMessageCommandOutput} for the output.
 */
export class RedactRoomMessageCommand extends ChimeCommand<
  RedactRoomMessageCommandInput,
  RedactRoomMessageCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: RedactRoomMessageCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
