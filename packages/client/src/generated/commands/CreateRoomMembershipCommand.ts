// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateRoomMembershipRequest, CreateRoomMembershipResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type BadRequestException,
  type ConflictException,
  type ForbiddenException,
  type NotFoundException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";
import { RoomMembershipSchema } from "../schemas.js";

/** The input of {@link CreateRoomMembershipCommand}. */
export interface CreateRoomMembershipCommandInput extends CreateRoomMembershipRequest {}

/** The output of {@link CreateRoomMembershipCommand}: the response members and its `$metadata`. */
export interface CreateRoomMembershipCommandOutput
  extends CreateRoomMembershipResponse, MetadataBearer {}

/** The modeled errors {@link CreateRoomMembershipCommand} can throw. */
export type CreateRoomMembershipErrors =
  | BadRequestException
  | ConflictException
  | ForbiddenException
  | NotFoundException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateRoomMembership travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateRoomMembership",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/memberships"],
    code: 201,
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
        name: "MemberId",
        schema: "string",
        required: true,
        location: "body",
      },
      {
        name: "Role",
        schema: "string",
        location: "body",
      },
    ],
    output: [
      {
        name: "RoomMembership",
        schema: RoomMembershipSchema,
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Adds a member to a chat room in an Amazon Chime Enterprise account. A member can be either a user or a bot. The member role designates whether the member is a chat room administrator or a general chat room member.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateRoomMembershipCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Adds the specified user to the chat room as a chat room member
 * const output = await client.send(new CreateRoomMembershipCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
 *   MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 * }));
 * ```
 *
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ConflictException} (client fault) The request could not be processed because of conflict in the current state of the resource.
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
 * @see {@link CreateRoomMembershipCommandInput} for the input and {@link CreateRoomMembershipCommandOutput} for the output.
 */
export class CreateRoomMembershipCommand extends ChimeCommand<
  CreateRoomMembershipCommandInput,
  CreateRoomMembershipCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateRoomMembershipCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
