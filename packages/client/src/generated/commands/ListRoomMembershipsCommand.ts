// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListRoomMembershipsRequest, ListRoomMembershipsResponse } from "@chimekit/types";
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

/** The input of {@link ListRoomMembershipsCommand}. */
export interface ListRoomMembershipsCommandInput extends ListRoomMembershipsRequest {}

/** The output of {@link ListRoomMembershipsCommand}: the response members and its `$metadata`. */
export interface ListRoomMembershipsCommandOutput
  extends ListRoomMembershipsResponse, MetadataBearer {}

/** The modeled errors {@link ListRoomMembershipsCommand} can throw. */
export type ListRoomMembershipsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListRoomMemberships travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListRoomMemberships",
    method: "GET",
    path: ["/accounts/", "AccountId", "/rooms/", "RoomId", "/memberships"],
    code: 200,
    input: [
      {
        name: "AccountId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "MaxResults",
        schema: "number",
        location: "query",
        locationName: "max-results",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "query",
        locationName: "next-token",
      },
      {
        name: "RoomId",
        schema: "string",
        required: true,
        location: "label",
      },
    ],
    output: [
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
      {
        name: "RoomMemberships",
        schema: {
          kind: "list",
          member: RoomMembershipSchema,
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
 * Lists the membership details for the specified room in an Amazon Chime Enterprise account, such as the members' IDs, email addresses, and names.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListRoomMembershipsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Lists the membership details for the specified chat room
 * const output = await client.send(new ListRoomMembershipsCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
 *   RoomId: "abcd1e2d-3e45-6789-01f2-3g45h67i890j",
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
 * @see {@link ListRoomMembershipsCommandInput} for the input and {@link ListRoomMembershipsCommandOutput} for the output.
 */
export class ListRoomMembershipsCommand extends ChimeCommand<
  ListRoomMembershipsCommandInput,
  ListRoomMembershipsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListRoomMembershipsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
