// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateRoomRequest, UpdateRoomResponse } from "@chimekit/types";
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
import { RoomSchema } from "../schemas.js";

/** The input of {@link UpdateRoomCommand}. */
export interface UpdateRoomCommandInput extends UpdateRoomRequest {}

/** The output of {@link UpdateRoomCommand}: the response members and its `$metadata`. */
export interface UpdateRoomCommandOutput extends UpdateRoomResponse, MetadataBearer {}

/** The modeled errors {@link UpdateRoomCommand} can throw. */
export type UpdateRoomErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateRoom travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateRoom",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", ""],
    code: 200,
    input: [
      {
        name: "AccountId",
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
      {
        name: "Name",
        schema: "string",
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
 * Updates room details, such as the room name, for a room in an Amazon Chime Enterprise account.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateRoomCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new UpdateRoomCommand({
 *   AccountId: "4384442f-6eab-4927-a890-a12d647b4224",
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
 * @see {@link UpdateRoomCommandInput} for the input and {@link UpdateRoomCommandOutput} for the output.
 */
export class UpdateRoomCommand extends ChimeCommand<
  UpdateRoomCommandInput,
  UpdateRoomCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateRoomCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
