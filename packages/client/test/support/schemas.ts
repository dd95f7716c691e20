import { ChimeServiceException } from "../../src/runtime/exceptions.js";
import type { OperationSchema, StructureSchema } from "../../src/runtime/schema.js";

/**
 * Hand-written operation schemas shaped like Chime's, so the runtime's tests
 * do not depend on the generator.
 */

export class NotFoundException extends ChimeServiceException {
  override readonly name = "NotFoundException";
  override readonly $fault = "client";
  Code?: string;
  Message?: string;
  constructor(options: any) {
    super({ ...options, name: "NotFoundException", $fault: "client" });
    Object.setPrototypeOf(this, NotFoundException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

export class ThrottledClientException extends ChimeServiceException {
  override readonly name = "ThrottledClientException";
  override readonly $fault = "client";
  Code?: string;
  Message?: string;
  constructor(options: any) {
    super({ ...options, name: "ThrottledClientException", $fault: "client" });
    Object.setPrototypeOf(this, ThrottledClientException.prototype);
    this.Code = options.Code;
    this.Message = options.Message;
  }
}

const errors = { NotFoundException, ThrottledClientException };

export const userSchema: StructureSchema = {
  kind: "structure",
  name: "User",
  members: [
    { name: "UserId", schema: "string", required: true },
    { name: "PrimaryEmail", schema: "string", sensitive: true },
    { name: "RegisteredOn", schema: "date-time" },
    { name: "IsProTrial", schema: "boolean" },
  ],
};

export const getUser: OperationSchema = {
  name: "GetUser",
  method: "GET",
  path: ["/accounts/", "AccountId", "/users/", "UserId", ""],
  code: 200,
  input: [
    { name: "AccountId", location: "label", schema: "string", required: true },
    { name: "UserId", location: "label", schema: "string", required: true },
  ],
  output: [{ name: "User", location: "body", schema: userSchema }],
  errors,
};

export const associatePhoneNumber: OperationSchema = {
  name: "AssociatePhoneNumberWithUser",
  method: "POST",
  path: ["/accounts/", "AccountId", "/users/", "UserId", ""],
  queryLiterals: { operation: "associate-phone-number" },
  code: 200,
  input: [
    { name: "AccountId", location: "label", schema: "string", required: true },
    { name: "UserId", location: "label", schema: "string", required: true },
    {
      name: "E164PhoneNumber",
      location: "body",
      schema: "string",
      required: true,
      sensitive: true,
    },
  ],
  output: [],
  errors,
};

export const deletePhoneNumber: OperationSchema = {
  name: "DeletePhoneNumber",
  method: "DELETE",
  path: ["/phone-numbers/", "PhoneNumberId", ""],
  code: 204,
  input: [{ name: "PhoneNumberId", location: "label", schema: "string", required: true }],
  output: [],
  errors,
};

export const listUsers: OperationSchema = {
  name: "ListUsers",
  method: "GET",
  path: ["/accounts/", "AccountId", "/users"],
  code: 200,
  input: [
    { name: "AccountId", location: "label", schema: "string", required: true },
    { name: "UserEmail", location: "query", locationName: "user-email", schema: "string" },
    { name: "MaxResults", location: "query", locationName: "max-results", schema: "number" },
    { name: "Active", location: "query", locationName: "active", schema: "boolean" },
    {
      name: "Types",
      location: "query",
      locationName: "type",
      schema: { kind: "list", member: "string" },
    },
    { name: "Since", location: "query", locationName: "since", schema: "date-time" },
    { name: "NextToken", location: "query", locationName: "next-token", schema: "string" },
  ],
  output: [
    { name: "Users", location: "body", schema: { kind: "list", member: userSchema } },
    { name: "NextToken", location: "body", schema: "string" },
  ],
  errors,
};

export const createRoom: OperationSchema = {
  name: "CreateRoom",
  method: "POST",
  path: ["/accounts/", "AccountId", "/rooms"],
  code: 201,
  input: [
    { name: "AccountId", location: "label", schema: "string", required: true },
    { name: "Name", location: "body", schema: "string", required: true, sensitive: true },
    { name: "ClientRequestToken", location: "body", schema: "string", idempotencyToken: true },
  ],
  output: [
    {
      name: "Room",
      location: "body",
      schema: {
        kind: "structure",
        name: "Room",
        members: [
          { name: "RoomId", schema: "string" },
          { name: "CreatedTimestamp", schema: "date-time" },
        ],
      },
    },
  ],
  errors,
};

export const batchUpdateUser: OperationSchema = {
  name: "BatchUpdateUser",
  method: "POST",
  path: ["/accounts/", "AccountId", "/users"],
  code: 200,
  input: [
    { name: "AccountId", location: "label", schema: "string", required: true },
    {
      name: "UpdateUserRequestItems",
      location: "body",
      required: true,
      schema: {
        kind: "list",
        member: {
          kind: "structure",
          name: "UpdateUserRequestItem",
          members: [
            { name: "UserId", schema: "string", required: true },
            { name: "LicenseType", schema: "string" },
          ],
        },
      },
    },
  ],
  output: [],
  errors,
};

export const fileOperation: OperationSchema = {
  name: "GetFile",
  method: "GET",
  path: ["/files/", "Key+", ""],
  code: 200,
  input: [
    { name: "Key", location: "label", schema: "string", required: true },
    {
      name: "IfModifiedSince",
      location: "header",
      locationName: "If-Modified-Since",
      schema: "http-date",
    },
    {
      name: "Tags",
      location: "header",
      locationName: "X-Tags",
      schema: { kind: "list", member: "string" },
    },
  ],
  output: [
    { name: "Size", location: "header", locationName: "Content-Length", schema: "number" },
    { name: "Status", location: "responseCode", schema: "number" },
  ],
  errors,
};
