// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  BatchCreateRoomMembershipRequest,
  BatchCreateRoomMembershipResponse,
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
import { MemberErrorSchema, MembershipItemSchema } from "../schemas.js";

/** The input of {@link BatchCreateRoomMembershipCommand}. */
export interface BatchCreateRoomMembershipCommandInput extends BatchCreateRoomMembershipRequest {}

/** The output of {@link BatchCreateRoomMembershipCommand}: the response members and its `$metadata`. */
export interface BatchCreateRoomMembershipCommandOutput
  extends BatchCreateRoomMembershipResponse, MetadataBearer {}

/** The modeled errors {@link BatchCreateRoomMembershipCommand} can throw. */
export type BatchCreateRoomMembershipErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How BatchCreateRoomMembership travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "BatchCreateRoomMembership",
    method: "POST",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/memberships"],
    queryLiterals: {
      operation: "batch-create",
    },
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
        name: "MembershipItemList",
        schema: {
          kind: "list",
          member: MembershipItemSchema,
        },
        required: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "Errors",
        schema: {
          kind: "list",
          member: MemberErrorSchema,
        },
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Adds up to 50 members to a chat room in an Amazon Chime Enterprise account. Members can be users or bots. The member role designates whether the member is a chat room administrator or a general chat room member.
 *
 * @example
 * ```ts
 * import { ChimeClient, BatchCreateRoomMembershipCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Adds multiple users to the chat room as chat room members
 * const output = await client.send(new BatchCreateRoomMembershipCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
 *   MembershipItemList: [
 *     {
 *       MemberId: "1ab2345c-67de-8901-f23g-45h678901j2k",
 *       Role: "Administrator",
 *     },
 *     {
 *       MemberId: "2ab2345c-67de-8901-f23g-45h678901j2k",
 *       Role: "Member",
 *     },
 *   ],
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
 * @see {@link BatchCreateRoomMembershipCommandInput} for the input and {@link BatchCreateRoomMembershipCommandOutput} for the output.
 */
export class BatchCreateRoomMembershipCommand extends ChimeCommand<
  BatchCreateRoomMembershipCommandInput,
  BatchCreateRoomMembershipCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: BatchCreateRoomMembershipCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
