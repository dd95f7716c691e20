// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import { Client } from "#smithy/smithy-client";
import type { HttpHandlerOptions } from "@smithy/types";
import {
  type ChimeClientConfig,
  type ChimeClientResolvedConfig,
  resolveClientConfig,
} from "../runtime/config.js";
import { useChimeMiddleware } from "../runtime/middleware.js";
import type {
  AssociatePhoneNumberWithUserCommandInput,
  AssociatePhoneNumberWithUserCommandOutput,
} from "./commands/AssociatePhoneNumberWithUserCommand.js";
import type {
  AssociateSigninDelegateGroupsWithAccountCommandInput,
  AssociateSigninDelegateGroupsWithAccountCommandOutput,
} from "./commands/AssociateSigninDelegateGroupsWithAccountCommand.js";
import type {
  BatchCreateRoomMembershipCommandInput,
  BatchCreateRoomMembershipCommandOutput,
} from "./commands/BatchCreateRoomMembershipCommand.js";
import type {
  BatchDeletePhoneNumberCommandInput,
  BatchDeletePhoneNumberCommandOutput,
} from "./commands/BatchDeletePhoneNumberCommand.js";
import type {
  BatchSuspendUserCommandInput,
  BatchSuspendUserCommandOutput,
} from "./commands/BatchSuspendUserCommand.js";
import type {
  BatchUnsuspendUserCommandInput,
  BatchUnsuspendUserCommandOutput,
} from "./commands/BatchUnsuspendUserCommand.js";
import type {
  BatchUpdatePhoneNumberCommandInput,
  BatchUpdatePhoneNumberCommandOutput,
} from "./commands/BatchUpdatePhoneNumberCommand.js";
import type {
  BatchUpdateUserCommandInput,
  BatchUpdateUserCommandOutput,
} from "./commands/BatchUpdateUserCommand.js";
import type {
  CreateAccountCommandInput,
  CreateAccountCommandOutput,
} from "./commands/CreateAccountCommand.js";
import type { CreateBotCommandInput, CreateBotCommandOutput } from "./commands/CreateBotCommand.js";
import type {
  CreateMeetingDialOutCommandInput,
  CreateMeetingDialOutCommandOutput,
} from "./commands/CreateMeetingDialOutCommand.js";
import type {
  CreatePhoneNumberOrderCommandInput,
  CreatePhoneNumberOrderCommandOutput,
} from "./commands/CreatePhoneNumberOrderCommand.js";
import type {
  CreateRoomCommandInput,
  CreateRoomCommandOutput,
} from "./commands/CreateRoomCommand.js";
import type {
  CreateRoomMembershipCommandInput,
  CreateRoomMembershipCommandOutput,
} from "./commands/CreateRoomMembershipCommand.js";
import type {
  CreateUserCommandInput,
  CreateUserCommandOutput,
} from "./commands/CreateUserCommand.js";
import type {
  DeleteAccountCommandInput,
  DeleteAccountCommandOutput,
} from "./commands/DeleteAccountCommand.js";
import type {
  DeleteEventsConfigurationCommandInput,
  DeleteEventsConfigurationCommandOutput,
} from "./commands/DeleteEventsConfigurationCommand.js";
import type {
  DeletePhoneNumberCommandInput,
  DeletePhoneNumberCommandOutput,
} from "./commands/DeletePhoneNumberCommand.js";
import type {
  DeleteRoomCommandInput,
  DeleteRoomCommandOutput,
} from "./commands/DeleteRoomCommand.js";
import type {
  DeleteRoomMembershipCommandInput,
  DeleteRoomMembershipCommandOutput,
} from "./commands/DeleteRoomMembershipCommand.js";
import type {
  DisassociatePhoneNumberFromUserCommandInput,
  DisassociatePhoneNumberFromUserCommandOutput,
} from "./commands/DisassociatePhoneNumberFromUserCommand.js";
import type {
  DisassociateSigninDelegateGroupsFromAccountCommandInput,
  DisassociateSigninDelegateGroupsFromAccountCommandOutput,
} from "./commands/DisassociateSigninDelegateGroupsFromAccountCommand.js";
import type {
  GetAccountCommandInput,
  GetAccountCommandOutput,
} from "./commands/GetAccountCommand.js";
import type {
  GetAccountSettingsCommandInput,
  GetAccountSettingsCommandOutput,
} from "./commands/GetAccountSettingsCommand.js";
import type { GetBotCommandInput, GetBotCommandOutput } from "./commands/GetBotCommand.js";
import type {
  GetEventsConfigurationCommandInput,
  GetEventsConfigurationCommandOutput,
} from "./commands/GetEventsConfigurationCommand.js";
import type {
  GetGlobalSettingsCommandInput,
  GetGlobalSettingsCommandOutput,
} from "./commands/GetGlobalSettingsCommand.js";
import type {
  GetPhoneNumberCommandInput,
  GetPhoneNumberCommandOutput,
} from "./commands/GetPhoneNumberCommand.js";
import type {
  GetPhoneNumberOrderCommandInput,
  GetPhoneNumberOrderCommandOutput,
} from "./commands/GetPhoneNumberOrderCommand.js";
import type {
  GetPhoneNumberSettingsCommandInput,
  GetPhoneNumberSettingsCommandOutput,
} from "./commands/GetPhoneNumberSettingsCommand.js";
import type {
  GetRetentionSettingsCommandInput,
  GetRetentionSettingsCommandOutput,
} from "./commands/GetRetentionSettingsCommand.js";
import type { GetRoomCommandInput, GetRoomCommandOutput } from "./commands/GetRoomCommand.js";
import type { GetUserCommandInput, GetUserCommandOutput } from "./commands/GetUserCommand.js";
import type {
  GetUserSettingsCommandInput,
  GetUserSettingsCommandOutput,
} from "./commands/GetUserSettingsCommand.js";
import type {
  InviteUsersCommandInput,
  InviteUsersCommandOutput,
} from "./commands/InviteUsersCommand.js";
import type {
  ListAccountsCommandInput,
  ListAccountsCommandOutput,
} from "./commands/ListAccountsCommand.js";
import type { ListBotsCommandInput, ListBotsCommandOutput } from "./commands/ListBotsCommand.js";
import type {
  ListPhoneNumberOrdersCommandInput,
  ListPhoneNumberOrdersCommandOutput,
} from "./commands/ListPhoneNumberOrdersCommand.js";
import type {
  ListPhoneNumbersCommandInput,
  ListPhoneNumbersCommandOutput,
} from "./commands/ListPhoneNumbersCommand.js";
import type {
  ListRoomMembershipsCommandInput,
  ListRoomMembershipsCommandOutput,
} from "./commands/ListRoomMembershipsCommand.js";
import type { ListRoomsCommandInput, ListRoomsCommandOutput } from "./commands/ListRoomsCommand.js";
import type {
  ListSupportedPhoneNumberCountriesCommandInput,
  ListSupportedPhoneNumberCountriesCommandOutput,
} from "./commands/ListSupportedPhoneNumberCountriesCommand.js";
import type { ListUsersCommandInput, ListUsersCommandOutput } from "./commands/ListUsersCommand.js";
import type {
  LogoutUserCommandInput,
  LogoutUserCommandOutput,
} from "./commands/LogoutUserCommand.js";
import type {
  PutEventsConfigurationCommandInput,
  PutEventsConfigurationCommandOutput,
} from "./commands/PutEventsConfigurationCommand.js";
import type {
  PutRetentionSettingsCommandInput,
  PutRetentionSettingsCommandOutput,
} from "./commands/PutRetentionSettingsCommand.js";
import type {
  RedactConversationMessageCommandInput,
  RedactConversationMessageCommandOutput,
} from "./commands/RedactConversationMessageCommand.js";
import type {
  RedactRoomMessageCommandInput,
  RedactRoomMessageCommandOutput,
} from "./commands/RedactRoomMessageCommand.js";
import type {
  RegenerateSecurityTokenCommandInput,
  RegenerateSecurityTokenCommandOutput,
} from "./commands/RegenerateSecurityTokenCommand.js";
import type {
  ResetPersonalPINCommandInput,
  ResetPersonalPINCommandOutput,
} from "./commands/ResetPersonalPINCommand.js";
import type {
  RestorePhoneNumberCommandInput,
  RestorePhoneNumberCommandOutput,
} from "./commands/RestorePhoneNumberCommand.js";
import type {
  SearchAvailablePhoneNumbersCommandInput,
  SearchAvailablePhoneNumbersCommandOutput,
} from "./commands/SearchAvailablePhoneNumbersCommand.js";
import type {
  UpdateAccountCommandInput,
  UpdateAccountCommandOutput,
} from "./commands/UpdateAccountCommand.js";
import type {
  UpdateAccountSettingsCommandInput,
  UpdateAccountSettingsCommandOutput,
} from "./commands/UpdateAccountSettingsCommand.js";
import type { UpdateBotCommandInput, UpdateBotCommandOutput } from "./commands/UpdateBotCommand.js";
import type {
  UpdateGlobalSettingsCommandInput,
  UpdateGlobalSettingsCommandOutput,
} from "./commands/UpdateGlobalSettingsCommand.js";
import type {
  UpdatePhoneNumberCommandInput,
  UpdatePhoneNumberCommandOutput,
} from "./commands/UpdatePhoneNumberCommand.js";
import type {
  UpdatePhoneNumberSettingsCommandInput,
  UpdatePhoneNumberSettingsCommandOutput,
} from "./commands/UpdatePhoneNumberSettingsCommand.js";
import type {
  UpdateRoomCommandInput,
  UpdateRoomCommandOutput,
} from "./commands/UpdateRoomCommand.js";
import type {
  UpdateRoomMembershipCommandInput,
  UpdateRoomMembershipCommandOutput,
} from "./commands/UpdateRoomMembershipCommand.js";
import type {
  UpdateUserCommandInput,
  UpdateUserCommandOutput,
} from "./commands/UpdateUserCommand.js";
import type {
  UpdateUserSettingsCommandInput,
  UpdateUserSettingsCommandOutput,
} from "./commands/UpdateUserSettingsCommand.js";
/** The input of any command of the service. */
export type ServiceInputTypes =
  | AssociatePhoneNumberWithUserCommandInput
  | AssociateSigninDelegateGroupsWithAccountCommandInput
  | BatchCreateRoomMembershipCommandInput
  | BatchDeletePhoneNumberCommandInput
  | BatchSuspendUserCommandInput
  | BatchUnsuspendUserCommandInput
  | BatchUpdatePhoneNumberCommandInput
  | BatchUpdateUserCommandInput
  | CreateAccountCommandInput
  | CreateBotCommandInput
  | CreateMeetingDialOutCommandInput
  | CreatePhoneNumberOrderCommandInput
  | CreateRoomCommandInput
  | CreateRoomMembershipCommandInput
  | CreateUserCommandInput
  | DeleteAccountCommandInput
  | DeleteEventsConfigurationCommandInput
  | DeletePhoneNumberCommandInput
  | DeleteRoomCommandInput
  | DeleteRoomMembershipCommandInput
  | DisassociatePhoneNumberFromUserCommandInput
  | DisassociateSigninDelegateGroupsFromAccountCommandInput
  | GetAccountCommandInput
  | GetAccountSettingsCommandInput
  | GetBotCommandInput
  | GetEventsConfigurationCommandInput
  | GetGlobalSettingsCommandInput
  | GetPhoneNumberCommandInput
  | GetPhoneNumberOrderCommandInput
  | GetPhoneNumberSettingsCommandInput
  | GetRetentionSettingsCommandInput
  | GetRoomCommandInput
  | GetUserCommandInput
  | GetUserSettingsCommandInput
  | InviteUsersCommandInput
  | ListAccountsCommandInput
  | ListBotsCommandInput
  | ListPhoneNumberOrdersCommandInput
  | ListPhoneNumbersCommandInput
  | ListRoomMembershipsCommandInput
  | ListRoomsCommandInput
  | ListSupportedPhoneNumberCountriesCommandInput
  | ListUsersCommandInput
  | LogoutUserCommandInput
  | PutEventsConfigurationCommandInput
  | PutRetentionSettingsCommandInput
  | RedactConversationMessageCommandInput
  | RedactRoomMessageCommandInput
  | RegenerateSecurityTokenCommandInput
  | ResetPersonalPINCommandInput
  | RestorePhoneNumberCommandInput
  | SearchAvailablePhoneNumbersCommandInput
  | UpdateAccountCommandInput
  | UpdateAccountSettingsCommandInput
  | UpdateBotCommandInput
  | UpdateGlobalSettingsCommandInput
  | UpdatePhoneNumberCommandInput
  | UpdatePhoneNumberSettingsCommandInput
  | UpdateRoomCommandInput
  | UpdateRoomMembershipCommandInput
  | UpdateUserCommandInput
  | UpdateUserSettingsCommandInput;
/** The output of any command of the service. */
export type ServiceOutputTypes =
  | AssociatePhoneNumberWithUserCommandOutput
  | AssociateSigninDelegateGroupsWithAccountCommandOutput
  | BatchCreateRoomMembershipCommandOutput
  | BatchDeletePhoneNumberCommandOutput
  | BatchSuspendUserCommandOutput
  | BatchUnsuspendUserCommandOutput
  | BatchUpdatePhoneNumberCommandOutput
  | BatchUpdateUserCommandOutput
  | CreateAccountCommandOutput
  | CreateBotCommandOutput
  | CreateMeetingDialOutCommandOutput
  | CreatePhoneNumberOrderCommandOutput
  | CreateRoomCommandOutput
  | CreateRoomMembershipCommandOutput
  | CreateUserCommandOutput
  | DeleteAccountCommandOutput
  | DeleteEventsConfigurationCommandOutput
  | DeletePhoneNumberCommandOutput
  | DeleteRoomCommandOutput
  | DeleteRoomMembershipCommandOutput
  | DisassociatePhoneNumberFromUserCommandOutput
  | DisassociateSigninDelegateGroupsFromAccountCommandOutput
  | GetAccountCommandOutput
  | GetAccountSettingsCommandOutput
  | GetBotCommandOutput
  | GetEventsConfigurationCommandOutput
  | GetGlobalSettingsCommandOutput
  | GetPhoneNumberCommandOutput
  | GetPhoneNumberOrderCommandOutput
  | GetPhoneNumberSettingsCommandOutput
  | GetRetentionSettingsCommandOutput
  | GetRoomCommandOutput
  | GetUserCommandOutput
  | GetUserSettingsCommandOutput
  | InviteUsersCommandOutput
  | ListAccountsCommandOutput
  | ListBotsCommandOutput
  | ListPhoneNumberOrdersCommandOutput
  | ListPhoneNumbersCommandOutput
  | ListRoomMembershipsCommandOutput
  | ListRoomsCommandOutput
  | ListSupportedPhoneNumberCountriesCommandOutput
  | ListUsersCommandOutput
  | LogoutUserCommandOutput
  | PutEventsConfigurationCommandOutput
  | PutRetentionSettingsCommandOutput
  | RedactConversationMessageCommandOutput
  | RedactRoomMessageCommandOutput
  | RegenerateSecurityTokenCommandOutput
  | ResetPersonalPINCommandOutput
  | RestorePhoneNumberCommandOutput
  | SearchAvailablePhoneNumbersCommandOutput
  | UpdateAccountCommandOutput
  | UpdateAccountSettingsCommandOutput
  | UpdateBotCommandOutput
  | UpdateGlobalSettingsCommandOutput
  | UpdatePhoneNumberCommandOutput
  | UpdatePhoneNumberSettingsCommandOutput
  | UpdateRoomCommandOutput
  | UpdateRoomMembershipCommandOutput
  | UpdateUserCommandOutput
  | UpdateUserSettingsCommandOutput;

/**
 * The Amazon Chime application programming interface (API) is designed for administrators to perform key tasks, such as creating and managing Amazon Chime accounts, users, and Voice Connectors. This guide provides detailed information about the Amazon Chime API, including operations, types, inputs and outputs, and error codes.
 *
 * You can use an AWS SDK, the AWS Command Line Interface (AWS CLI), or the REST API to make API calls for Amazon Chime. We recommend using an AWS SDK or the AWS CLI. The page for each API action contains a *See Also* section that includes links to information about using the action with a language-specific AWS SDK or the AWS CLI.
 *
 * Important
 *
 * The Amazon Chime SDK Identity, Media Pipelines, Meetings, and Messaging APIs are now published on the new *Amazon Chime SDK API Reference*. For more information, see the Amazon Chime SDK API Reference.
 *
 * Using an AWS SDK
 *
 * You don't need to write code to calculate a signature for request authentication. The SDK clients authenticate your requests by using access keys that you provide. For more information about AWS SDKs, see the AWS Developer Center.
 *
 * Using the AWS CLI
 *
 * Use your access keys with the AWS CLI to make API calls. For information about setting up the AWS CLI, see Installing the AWS Command Line Interface in the *AWS Command Line Interface User Guide*. For a list of available Amazon Chime commands, see the Amazon Chime commands in the *AWS CLI Command Reference*.
 *
 * Using REST APIs
 *
 * If you use REST to make API calls, you must authenticate your request by providing a signature. Amazon Chime supports Signature Version 4. For more information, see Signature Version 4 Signing Process in the *Amazon Web Services General Reference*.
 *
 * When making REST API calls, use the service name chime and REST endpoint <https://service.chime.aws.amazon.com>.
 *
 * Administrative permissions are controlled using AWS Identity and Access Management (IAM). For more information, see Identity and Access Management for Amazon Chime in the *Amazon Chime Administration Guide*.
 *
 * Send commands with `client.send(new GetUserCommand(input))`; see `Chime` for one method per operation.
 */
export class ChimeClient extends Client<
  HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  ChimeClientResolvedConfig
> {
  constructor(configuration: ChimeClientConfig = {}) {
    const config = resolveClientConfig(configuration);
    super(config);
    this.initConfig = configuration;
    useChimeMiddleware(this.middlewareStack, config);
  }
}
