// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { ListRoomsRequest, ListRoomsResponse } from "@chimekit/types";
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

/** The input of {@link ListRoomsCommand}. */
export interface ListRoomsCommandInput extends ListRoomsRequest {}

/** The output of {@link ListRoomsCommand}: the response members and its `$metadata`. */
export interface ListRoomsCommandOutput extends ListRoomsResponse, MetadataBearer {}

/** The modeled errors {@link ListRoomsCommand} can throw. */
export type ListRoomsErrors =
  | BadRequestException
  | ForbiddenException
  | NotFoundException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How ListRooms travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "ListRooms",
    method: "GET",
    path: ["/accounts/", "AccountId", "/rooms"],
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
        name: "MemberId",
        schema: "string",
        location: "query",
        locationName: "member-id",
      },
      {
        name: "NextToken",
        schema: "string",
        location: "query",
        locationName: "next-token",
      },
    ],
    output: [
      {
        name: "NextToken",
        schema: "string",
        location: "body",
      },
      {
        name: "Rooms",
        schema: {
          kind: "list",
          member: RoomSchema,
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
 * Lists the room details for the specified Amazon Chime Enterprise account. Optionally, filter the results by a member ID (user ID or bot ID) to see a list of rooms that the member belongs to.
 *
 * @example
 * ```ts
 * import { ChimeClient, ListRoomsCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * // Returns a list of chat rooms in the specified account
 * const output = await client.send(new ListRoomsCommand({
 *   AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
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
 * @see {@link ListRoomsCommandInput} for the input and {@link ListRoomsCommandOutput} for the output.
 */
export class ListRoomsCommand extends ChimeCommand<
  ListRoomsCommandInput,
  ListRoomsCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: ListRoomsCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
