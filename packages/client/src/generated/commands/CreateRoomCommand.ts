// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateRoomRequest, CreateRoomResponse } from "@chimekit/types";
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
import { RoomSchema } from "../schemas.js";

/** The input of {@link CreateRoomCommand}. */
export interface CreateRoomCommandInput extends CreateRoomRequest {}

/** The output of {@link CreateRoomCommand}: the response members and its `$metadata`. */
export interface CreateRoomCommandOutput extends CreateRoomResponse, MetadataBearer {}

/** The modeled errors {@link CreateRoomCommand} can throw. */
export type CreateRoomErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateRoom travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateRoom",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms"],
    code: 201,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "ClientRequestToken",
        schema: "string",
        sensitive: true,
        location: "body",
        idempotencyToken: true,
      },
      {
        name: "Name",
        schema: "string",
        required: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "Room",
        schema: RoomSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Creates a chat room for the specified Amazon Chime Enterprise account.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateRoomCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new CreateRoomCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
 *   Name: "Example Corp",
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
 * @see {@link CreateRoomCommandInput} for the input and {@link CreateRoomCommandOutput} for the output.
 */
export class CreateRoomCommand extends ChimeCommand<
  CreateRoomCommandInput,
  CreateRoomCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateRoomCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
