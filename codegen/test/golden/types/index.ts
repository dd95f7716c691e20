// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

export { AccountType } from "./enums/AccountType.js";
export { ErrorCode } from "./enums/ErrorCode.js";
export { License } from "./enums/License.js";
export type { BadRequestException } from "./errors/BadRequestException.js";
export type { NotFoundException } from "./errors/NotFoundException.js";
export type { ServiceFailureException } from "./errors/ServiceFailureException.js";
export type { CreateAccountRequest, CreateAccountResponse } from "./operations/CreateAccount.js";
export type { DeleteAccountRequest, DeleteAccountResponse } from "./operations/DeleteAccount.js";
export type { GetAccountRequest, GetAccountResponse } from "./operations/GetAccount.js";
export type { ListAccountsRequest, ListAccountsResponse } from "./operations/ListAccounts.js";
export type { LogoutUserRequest, LogoutUserResponse } from "./operations/LogoutUser.js";
export type { UpdateAccountRequest, UpdateAccountResponse } from "./operations/UpdateAccount.js";
export type { Account } from "./structures/Account.js";
