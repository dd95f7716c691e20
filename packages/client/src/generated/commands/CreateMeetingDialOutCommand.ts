// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { CreateMeetingDialOutRequest, CreateMeetingDialOutResponse } from "@chimekit/types";
import type { MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../runtime/command.js";
import type { OperationSchema } from "../../runtime/schema.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../ChimeClient.js";
import {
  type AccessDeniedException,
  type BadRequestException,
  type ForbiddenException,
  type ResourceLimitExceededException,
  type ServiceFailureException,
  type ServiceUnavailableException,
  type ThrottledClientException,
  type UnauthorizedClientException,
  serviceErrors,
} from "../models/errors.js";

/** The input of {@link CreateMeetingDialOutCommand}. */
export interface CreateMeetingDialOutCommandInput extends CreateMeetingDialOutRequest {}

/** The output of {@link CreateMeetingDialOutCommand}: the response members and its `$metadata`. */
export interface CreateMeetingDialOutCommandOutput
  extends CreateMeetingDialOutResponse, MetadataBearer {}

/** The modeled errors {@link CreateMeetingDialOutCommand} can throw. */
export type CreateMeetingDialOutErrors =
  | AccessDeniedException
  | BadRequestException
  | ForbiddenException
  | ResourceLimitExceededException
  | ServiceFailureException
  | ServiceUnavailableException
  | ThrottledClientException
  | UnauthorizedClientException;

/** How CreateMeetingDialOut travels over HTTP; the client's serde middleware reads it. */
function operationSchema(): OperationSchema {
  return {
    name: "CreateMeetingDialOut",
    method: "POST",
    path: ["/meetings/", "MeetingId", "/dial-outs"],
    code: 201,
    input: [
      {
        name: "MeetingId",
        schema: "string",
        required: true,
        location: "label",
      },
      {
        name: "FromPhoneNumber",
        schema: "string",
        required: true,
        sensitive: true,
        location: "body",
      },
      {
        name: "JoinToken",
        schema: "string",
        required: true,
        sensitive: true,
        location: "body",
      },
      {
        name: "ToPhoneNumber",
        schema: "string",
        required: true,
        sensitive: true,
        location: "body",
      },
    ],
    output: [
      {
        name: "TransactionId",
        schema: "string",
        location: "body",
      },
    ],
    errors: serviceErrors,
  };
}

/** The schema, built by the first command made. */
let operation: OperationSchema | undefined;

/**
 * Uses the join token and call metadata in a meeting request (From number, To number, and so forth) to initiate an outbound call to a public switched telephone network (PSTN) and join them into a Chime meeting. Also ensures that the From number belongs to the customer.
 *
 * To play welcome audio or implement an interactive voice response (IVR), use the `CreateSipMediaApplicationCall` action with the corresponding SIP media application ID.
 *
 * **Important**
 *
 * This API is not available in a dedicated namespace.
 *
 * @example
 * ```ts
 * import { ChimeClient, CreateMeetingDialOutCommand } from "@chimekit/client";
 *
 * const client = new ChimeClient({ region: "us-east-1" });
 * const output = await client.send(new CreateMeetingDialOutCommand({
 *   MeetingId: "c471a522-6bee-4b14-ad6c-0d1bb26e0074",
 *   FromPhoneNumber: "+12065550100",
 *   JoinToken: "ZXhhbXBsZS10b2tlbi0xMjM0",
 *   ToPhoneNumber: "+12065550100",
 * }));
 * ```
 *
 * @throws {@link AccessDeniedException} (client fault) You don't have permissions to perform the requested operation.
 * @throws {@link BadRequestException} (client fault) The input parameters don't match the service's restrictions.
 * @throws {@link ForbiddenException} (client fault) The client is permanently forbidden from making the request.
 * @throws {@link ResourceLimitExceededException} (client fault) The request exceeds the resource limit.
 * @throws {@link ServiceFailureException} (server fault) The service encountered an unexpected error.
 * @throws {@link ServiceUnavailableException} (server fault) The service is currently unavailable.
 * @throws {@link ThrottledClientException} (client fault) The client exceeded its request rate limit.
 * @throws {@link UnauthorizedClientException} (client fault) The client is not currently authorized to make the request.
 * @throws {@link ChimeServiceException} an error the model does not list for this operation.
 * @throws {@link ChimeValidationError} before sending, when a required member or URI label is missing or empty.
 *
 * @see {@link CreateMeetingDialOutCommandInput} for the input and {@link CreateMeetingDialOutCommandOutput} for the output.
 */
export class CreateMeetingDialOutCommand extends ChimeCommand<
  CreateMeetingDialOutCommandInput,
  CreateMeetingDialOutCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes
> {
  constructor(input: CreateMeetingDialOutCommandInput) {
    super((operation ??= operationSchema()), input);
  }
}
