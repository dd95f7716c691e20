// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { StructureSchema } from "../../runtime/index.js";
/** Modeled errors. */
export const errorStructureSchemas: Readonly<Record<string, StructureSchema>> = {
  AccessDeniedException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 403, fault: "client" },
  },
  BadRequestException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 400, fault: "client" },
  },
  ConflictException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 409, fault: "client" },
  },
  ForbiddenException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 403, fault: "client" },
  },
  NotFoundException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 404, fault: "client" },
  },
  ResourceLimitExceededException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 400, fault: "client" },
  },
  ServiceFailureException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 500, fault: "server" },
  },
  ServiceUnavailableException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 503, fault: "server" },
  },
  ThrottledClientException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 429, fault: "client" },
  },
  UnauthorizedClientException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 401, fault: "client" },
  },
  UnprocessableEntityException: {
    members: [
      { name: "Code", value: { type: "enum", enum: "ErrorCode" }, location: { in: "body" } },
      { name: "Message", value: { type: "string" }, location: { in: "body" } },
    ],
    error: { status: 422, fault: "client" },
  },
};
