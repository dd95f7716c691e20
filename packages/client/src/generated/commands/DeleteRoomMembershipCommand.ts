// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { DeleteRoomMembershipRequest, DeleteRoomMembershipResponse } from "@chimekit/types";
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

/** The input of {@link DeleteRoomMembershipCommand}. */
export interface DeleteRoomMembershipCommandInput extends DeleteRoomMembershipRequest {}

/** The output of {@link DeleteRoomMembershipCommand}: the response members and its `$metadata`. */
export interface DeleteRoomMembershipCommandOutput
  extends DeleteRoomMembershipResponse, MetadataBearer {}

/** The modeled errors {@link DeleteRoomMembershipCommand} can throw. */
export type DeleteRoomMembershipErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How DeleteRoomMembership travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "DeleteRoomMembership",
    method: "DELETE",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/memberships/", "MemberId", ""],
    code: 204,
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
    ],
    output: [],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Removes a member from a chat room in an Amazon Chime Enterprise account.
 *
 * @example
 * ```ts
 * import { ChimeClient, DeleteRoomMembershipCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Removes the specified member from the specified chat room
 * const output = await client.send(new DeleteRoomMembershipCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
 *   MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
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
 * @see {@link DeleteRoomMembershipCommandInput} for the input and {@link DeleteRoomMembershipCommandOutput} for the output.
 */
export class DeleteRoomMembershipCommand extends ChimeCommand<
  DeleteRoomMembershipCommandInput,
  DeleteRoomMembershipCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: DeleteRoomMembershipCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
