// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { UpdateRoomMembershipRequest, UpdateRoomMembershipResponse } from "@chimekit/types";
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
import { RoomMembershipSchema } from "../schemas.js";

/** The input of {@link UpdateRoomMembershipCommand}. */
export interface UpdateRoomMembershipCommandInput extends UpdateRoomMembershipRequest {}

/** The output of {@link UpdateRoomMembershipCommand}: the response members and its `$metadata`. */
export interface UpdateRoomMembershipCommandOutput
  extends UpdateRoomMembershipResponse, MetadataBearer {}

/** The modeled errors {@link UpdateRoomMembershipCommand} can throw. */
export type UpdateRoomMembershipErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How UpdateRoomMembership travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "UpdateRoomMembership",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/memberships/", "MemberId", ""],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "MemberId",
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
 * Updates room membership details, such as the member role, for a room in an Amazon Chime Enterprise account. The member role designates whether the member is a chat room administrator or a general chat room member. The member role can be updated only for user IDs.
 *
 * @example
 * ```ts
 * import { ChimeClient, UpdateRoomMembershipCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Updates the specified chat room member role to administrator
 * const output = await client.send(new UpdateRoomMembershipCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
 *   MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 *   Role: "Administrator",
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
 * @see {@link UpdateRoomMembershipCommandInput} for the input and {@link UpdateRoomMembershipCommandOutput} for the output.
 */
export class UpdateRoomMembershipCommand extends ChimeCommand<
  UpdateRoomMembershipCommandInput,
  UpdateRoomMembershipCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: UpdateRoomMembershipCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
