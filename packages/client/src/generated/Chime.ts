// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  Account,
  Bot,
  PhoneNumber,
  PhoneNumberOrder,
  Room,
  RoomMembership,
  User,
} from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimeCallback,
  type ChimeRequestOptions,
  sendCommand,
} from "../runtime/aggregated.js";
import type { ChimePaginationConfiguration } from "../runtime/paginate.js";
import { ChimeClient } from "./ChimeClient.js";
import {
  AssociatePhoneNumberWithUserCommand,
  type AssociatePhoneNumberWithUserCommandInput,
  type AssociatePhoneNumberWithUserCommandOutput,
} from "./commands/AssociatePhoneNumberWithUserCommand.js";
import {
  AssociateSigninDelegateGroupsWithAccountCommand,
  type AssociateSigninDelegateGroupsWithAccountCommandInput,
  type AssociateSigninDelegateGroupsWithAccountCommandOutput,
} from "./commands/AssociateSigninDelegateGroupsWithAccountCommand.js";
import {
  BatchCreateRoomMembershipCommand,
  type BatchCreateRoomMembershipCommandInput,
  type BatchCreateRoomMembershipCommandOutput,
} from "./commands/BatchCreateRoomMembershipCommand.js";
import {
  BatchDeletePhoneNumberCommand,
  type BatchDeletePhoneNumberCommandInput,
  type BatchDeletePhoneNumberCommandOutput,
} from "./commands/BatchDeletePhoneNumberCommand.js";
import {
  BatchSuspendUserCommand,
  type BatchSuspendUserCommandInput,
  type BatchSuspendUserCommandOutput,
} from "./commands/BatchSuspendUserCommand.js";
import {
  BatchUnsuspendUserCommand,
  type BatchUnsuspendUserCommandInput,
  type BatchUnsuspendUserCommandOutput,
} from "./commands/BatchUnsuspendUserCommand.js";
import {
  BatchUpdatePhoneNumberCommand,
  type BatchUpdatePhoneNumberCommandInput,
  type BatchUpdatePhoneNumberCommandOutput,
} from "./commands/BatchUpdatePhoneNumberCommand.js";
import {
  BatchUpdateUserCommand,
  type BatchUpdateUserCommandInput,
  type BatchUpdateUserCommandOutput,
} from "./commands/BatchUpdateUserCommand.js";
import {
  CreateAccountCommand,
  type CreateAccountCommandInput,
  type CreateAccountCommandOutput,
} from "./commands/CreateAccountCommand.js";
import {
  CreateBotCommand,
  type CreateBotCommandInput,
  type CreateBotCommandOutput,
} from "./commands/CreateBotCommand.js";
import {
  CreateMeetingDialOutCommand,
  type CreateMeetingDialOutCommandInput,
  type CreateMeetingDialOutCommandOutput,
} from "./commands/CreateMeetingDialOutCommand.js";
import {
  CreatePhoneNumberOrderCommand,
  type CreatePhoneNumberOrderCommandInput,
  type CreatePhoneNumberOrderCommandOutput,
} from "./commands/CreatePhoneNumberOrderCommand.js";
import {
  CreateRoomCommand,
  type CreateRoomCommandInput,
  type CreateRoomCommandOutput,
} from "./commands/CreateRoomCommand.js";
import {
  CreateRoomMembershipCommand,
  type CreateRoomMembershipCommandInput,
  type CreateRoomMembershipCommandOutput,
} from "./commands/CreateRoomMembershipCommand.js";
import {
  CreateUserCommand,
  type CreateUserCommandInput,
  type CreateUserCommandOutput,
} from "./commands/CreateUserCommand.js";
import {
  DeleteAccountCommand,
  type DeleteAccountCommandInput,
  type DeleteAccountCommandOutput,
} from "./commands/DeleteAccountCommand.js";
import {
  DeleteEventsConfigurationCommand,
  type DeleteEventsConfigurationCommandInput,
  type DeleteEventsConfigurationCommandOutput,
} from "./commands/DeleteEventsConfigurationCommand.js";
import {
  DeletePhoneNumberCommand,
  type DeletePhoneNumberCommandInput,
  type DeletePhoneNumberCommandOutput,
} from "./commands/DeletePhoneNumberCommand.js";
import {
  DeleteRoomCommand,
  type DeleteRoomCommandInput,
  type DeleteRoomCommandOutput,
} from "./commands/DeleteRoomCommand.js";
import {
  DeleteRoomMembershipCommand,
  type DeleteRoomMembershipCommandInput,
  type DeleteRoomMembershipCommandOutput,
} from "./commands/DeleteRoomMembershipCommand.js";
import {
  DisassociatePhoneNumberFromUserCommand,
  type DisassociatePhoneNumberFromUserCommandInput,
  type DisassociatePhoneNumberFromUserCommandOutput,
} from "./commands/DisassociatePhoneNumberFromUserCommand.js";
import {
  DisassociateSigninDelegateGroupsFromAccountCommand,
  type DisassociateSigninDelegateGroupsFromAccountCommandInput,
  type DisassociateSigninDelegateGroupsFromAccountCommandOutput,
} from "./commands/DisassociateSigninDelegateGroupsFromAccountCommand.js";
import {
  GetAccountCommand,
  type GetAccountCommandInput,
  type GetAccountCommandOutput,
} from "./commands/GetAccountCommand.js";
import {
  GetAccountSettingsCommand,
  type GetAccountSettingsCommandInput,
  type GetAccountSettingsCommandOutput,
} from "./commands/GetAccountSettingsCommand.js";
import {
  GetBotCommand,
  type GetBotCommandInput,
  type GetBotCommandOutput,
} from "./commands/GetBotCommand.js";
import {
  GetEventsConfigurationCommand,
  type GetEventsConfigurationCommandInput,
  type GetEventsConfigurationCommandOutput,
} from "./commands/GetEventsConfigurationCommand.js";
import {
  GetGlobalSettingsCommand,
  type GetGlobalSettingsCommandInput,
  type GetGlobalSettingsCommandOutput,
} from "./commands/GetGlobalSettingsCommand.js";
import {
  GetPhoneNumberCommand,
  type GetPhoneNumberCommandInput,
  type GetPhoneNumberCommandOutput,
} from "./commands/GetPhoneNumberCommand.js";
import {
  GetPhoneNumberOrderCommand,
  type GetPhoneNumberOrderCommandInput,
  type GetPhoneNumberOrderCommandOutput,
} from "./commands/GetPhoneNumberOrderCommand.js";
import {
  GetPhoneNumberSettingsCommand,
  type GetPhoneNumberSettingsCommandInput,
  type GetPhoneNumberSettingsCommandOutput,
} from "./commands/GetPhoneNumberSettingsCommand.js";
import {
  GetRetentionSettingsCommand,
  type GetRetentionSettingsCommandInput,
  type GetRetentionSettingsCommandOutput,
} from "./commands/GetRetentionSettingsCommand.js";
import {
  GetRoomCommand,
  type GetRoomCommandInput,
  type GetRoomCommandOutput,
} from "./commands/GetRoomCommand.js";
import {
  GetUserCommand,
  type GetUserCommandInput,
  type GetUserCommandOutput,
} from "./commands/GetUserCommand.js";
import {
  GetUserSettingsCommand,
  type GetUserSettingsCommandInput,
  type GetUserSettingsCommandOutput,
} from "./commands/GetUserSettingsCommand.js";
import {
  InviteUsersCommand,
  type InviteUsersCommandInput,
  type InviteUsersCommandOutput,
} from "./commands/InviteUsersCommand.js";
import {
  ListAccountsCommand,
  type ListAccountsCommandInput,
  type ListAccountsCommandOutput,
} from "./commands/ListAccountsCommand.js";
import {
  ListBotsCommand,
  type ListBotsCommandInput,
  type ListBotsCommandOutput,
} from "./commands/ListBotsCommand.js";
import {
  ListPhoneNumberOrdersCommand,
  type ListPhoneNumberOrdersCommandInput,
  type ListPhoneNumberOrdersCommandOutput,
} from "./commands/ListPhoneNumberOrdersCommand.js";
import {
  ListPhoneNumbersCommand,
  type ListPhoneNumbersCommandInput,
  type ListPhoneNumbersCommandOutput,
} from "./commands/ListPhoneNumbersCommand.js";
import {
  ListRoomMembershipsCommand,
  type ListRoomMembershipsCommandInput,
  type ListRoomMembershipsCommandOutput,
} from "./commands/ListRoomMembershipsCommand.js";
import {
  ListRoomsCommand,
  type ListRoomsCommandInput,
  type ListRoomsCommandOutput,
} from "./commands/ListRoomsCommand.js";
import {
  ListSupportedPhoneNumberCountriesCommand,
  type ListSupportedPhoneNumberCountriesCommandInput,
  type ListSupportedPhoneNumberCountriesCommandOutput,
} from "./commands/ListSupportedPhoneNumberCountriesCommand.js";
import {
  ListUsersCommand,
  type ListUsersCommandInput,
  type ListUsersCommandOutput,
} from "./commands/ListUsersCommand.js";
import {
  LogoutUserCommand,
  type LogoutUserCommandInput,
  type LogoutUserCommandOutput,
} from "./commands/LogoutUserCommand.js";
import {
  PutEventsConfigurationCommand,
  type PutEventsConfigurationCommandInput,
  type PutEventsConfigurationCommandOutput,
} from "./commands/PutEventsConfigurationCommand.js";
import {
  PutRetentionSettingsCommand,
  type PutRetentionSettingsCommandInput,
  type PutRetentionSettingsCommandOutput,
} from "./commands/PutRetentionSettingsCommand.js";
import {
  RedactConversationMessageCommand,
  type RedactConversationMessageCommandInput,
  type RedactConversationMessageCommandOutput,
} from "./commands/RedactConversationMessageCommand.js";
import {
  RedactRoomMessageCommand,
  type RedactRoomMessageCommandInput,
  type RedactRoomMessageCommandOutput,
} from "./commands/RedactRoomMessageCommand.js";
import {
  RegenerateSecurityTokenCommand,
  type RegenerateSecurityTokenCommandInput,
  type RegenerateSecurityTokenCommandOutput,
} from "./commands/RegenerateSecurityTokenCommand.js";
import {
  ResetPersonalPINCommand,
  type ResetPersonalPINCommandInput,
  type ResetPersonalPINCommandOutput,
} from "./commands/ResetPersonalPINCommand.js";
import {
  RestorePhoneNumberCommand,
  type RestorePhoneNumberCommandInput,
  type RestorePhoneNumberCommandOutput,
} from "./commands/RestorePhoneNumberCommand.js";
import {
  SearchAvailablePhoneNumbersCommand,
  type SearchAvailablePhoneNumbersCommandInput,
  type SearchAvailablePhoneNumbersCommandOutput,
} from "./commands/SearchAvailablePhoneNumbersCommand.js";
import {
  UpdateAccountCommand,
  type UpdateAccountCommandInput,
  type UpdateAccountCommandOutput,
} from "./commands/UpdateAccountCommand.js";
import {
  UpdateAccountSettingsCommand,
  type UpdateAccountSettingsCommandInput,
  type UpdateAccountSettingsCommandOutput,
} from "./commands/UpdateAccountSettingsCommand.js";
import {
  UpdateBotCommand,
  type UpdateBotCommandInput,
  type UpdateBotCommandOutput,
} from "./commands/UpdateBotCommand.js";
import {
  UpdateGlobalSettingsCommand,
  type UpdateGlobalSettingsCommandInput,
  type UpdateGlobalSettingsCommandOutput,
} from "./commands/UpdateGlobalSettingsCommand.js";
import {
  UpdatePhoneNumberCommand,
  type UpdatePhoneNumberCommandInput,
  type UpdatePhoneNumberCommandOutput,
} from "./commands/UpdatePhoneNumberCommand.js";
import {
  UpdatePhoneNumberSettingsCommand,
  type UpdatePhoneNumberSettingsCommandInput,
  type UpdatePhoneNumberSettingsCommandOutput,
} from "./commands/UpdatePhoneNumberSettingsCommand.js";
import {
  UpdateRoomCommand,
  type UpdateRoomCommandInput,
  type UpdateRoomCommandOutput,
} from "./commands/UpdateRoomCommand.js";
import {
  UpdateRoomMembershipCommand,
  type UpdateRoomMembershipCommandInput,
  type UpdateRoomMembershipCommandOutput,
} from "./commands/UpdateRoomMembershipCommand.js";
import {
  UpdateUserCommand,
  type UpdateUserCommandInput,
  type UpdateUserCommandOutput,
} from "./commands/UpdateUserCommand.js";
import {
  UpdateUserSettingsCommand,
  type UpdateUserSettingsCommandInput,
  type UpdateUserSettingsCommandOutput,
} from "./commands/UpdateUserSettingsCommand.js";
import { listAccountsItems, paginateListAccounts } from "./pagination/ListAccountsPaginator.js";
import { listBotsItems, paginateListBots } from "./pagination/ListBotsPaginator.js";
import {
  listPhoneNumberOrdersItems,
  paginateListPhoneNumberOrders,
} from "./pagination/ListPhoneNumberOrdersPaginator.js";
import {
  listPhoneNumbersItems,
  paginateListPhoneNumbers,
} from "./pagination/ListPhoneNumbersPaginator.js";
import {
  listRoomMembershipsItems,
  paginateListRoomMemberships,
} from "./pagination/ListRoomMembershipsPaginator.js";
import { listRoomsItems, paginateListRooms } from "./pagination/ListRoomsPaginator.js";
import { listUsersItems, paginateListUsers } from "./pagination/ListUsersPaginator.js";
import {
  paginateSearchAvailablePhoneNumbers,
  searchAvailablePhoneNumbersItems,
} from "./pagination/SearchAvailablePhoneNumbersPaginator.js";

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
 * One method per operation: `await chime.getUser({ AccountId, UserId })`.
 */
export class Chime extends ChimeClient {
  /** Associates a phone number with the specified Amazon Chime user. Sends a {@link AssociatePhoneNumberWithUserCommand}. */
  associatePhoneNumberWithUser(
    args: AssociatePhoneNumberWithUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<AssociatePhoneNumberWithUserCommandOutput>;
  associatePhoneNumberWithUser(
    args: AssociatePhoneNumberWithUserCommandInput,
    callback: ChimeCallback<AssociatePhoneNumberWithUserCommandOutput>,
  ): void;
  associatePhoneNumberWithUser(
    args: AssociatePhoneNumberWithUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<AssociatePhoneNumberWithUserCommandOutput>,
  ): void;
  associatePhoneNumberWithUser(
    args: AssociatePhoneNumberWithUserCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<AssociatePhoneNumberWithUserCommandOutput>,
    callback?: ChimeCallback<AssociatePhoneNumberWithUserCommandOutput>,
  ): Promise<AssociatePhoneNumberWithUserCommandOutput> | void {
    return sendCommand(
      this,
      new AssociatePhoneNumberWithUserCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Associates the specified sign-in delegate groups with the specified Amazon Chime account. Sends a {@link AssociateSigninDelegateGroupsWithAccountCommand}. */
  associateSigninDelegateGroupsWithAccount(
    args: AssociateSigninDelegateGroupsWithAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<AssociateSigninDelegateGroupsWithAccountCommandOutput>;
  associateSigninDelegateGroupsWithAccount(
    args: AssociateSigninDelegateGroupsWithAccountCommandInput,
    callback: ChimeCallback<AssociateSigninDelegateGroupsWithAccountCommandOutput>,
  ): void;
  associateSigninDelegateGroupsWithAccount(
    args: AssociateSigninDelegateGroupsWithAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<AssociateSigninDelegateGroupsWithAccountCommandOutput>,
  ): void;
  associateSigninDelegateGroupsWithAccount(
    args: AssociateSigninDelegateGroupsWithAccountCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<AssociateSigninDelegateGroupsWithAccountCommandOutput>,
    callback?: ChimeCallback<AssociateSigninDelegateGroupsWithAccountCommandOutput>,
  ): Promise<AssociateSigninDelegateGroupsWithAccountCommandOutput> | void {
    return sendCommand(
      this,
      new AssociateSigninDelegateGroupsWithAccountCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Adds up to 50 members to a chat room in an Amazon Chime Enterprise account. Sends a {@link BatchCreateRoomMembershipCommand}. */
  batchCreateRoomMembership(
    args: BatchCreateRoomMembershipCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchCreateRoomMembershipCommandOutput>;
  batchCreateRoomMembership(
    args: BatchCreateRoomMembershipCommandInput,
    callback: ChimeCallback<BatchCreateRoomMembershipCommandOutput>,
  ): void;
  batchCreateRoomMembership(
    args: BatchCreateRoomMembershipCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchCreateRoomMembershipCommandOutput>,
  ): void;
  batchCreateRoomMembership(
    args: BatchCreateRoomMembershipCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchCreateRoomMembershipCommandOutput>,
    callback?: ChimeCallback<BatchCreateRoomMembershipCommandOutput>,
  ): Promise<BatchCreateRoomMembershipCommandOutput> | void {
    return sendCommand(
      this,
      new BatchCreateRoomMembershipCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Moves phone numbers into the **Deletion queue**. Sends a {@link BatchDeletePhoneNumberCommand}. */
  batchDeletePhoneNumber(
    args: BatchDeletePhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchDeletePhoneNumberCommandOutput>;
  batchDeletePhoneNumber(
    args: BatchDeletePhoneNumberCommandInput,
    callback: ChimeCallback<BatchDeletePhoneNumberCommandOutput>,
  ): void;
  batchDeletePhoneNumber(
    args: BatchDeletePhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchDeletePhoneNumberCommandOutput>,
  ): void;
  batchDeletePhoneNumber(
    args: BatchDeletePhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchDeletePhoneNumberCommandOutput>,
    callback?: ChimeCallback<BatchDeletePhoneNumberCommandOutput>,
  ): Promise<BatchDeletePhoneNumberCommandOutput> | void {
    return sendCommand(this, new BatchDeletePhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Suspends up to 50 users from a Team or EnterpriseLWA Amazon Chime account. Sends a {@link BatchSuspendUserCommand}. */
  batchSuspendUser(
    args: BatchSuspendUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchSuspendUserCommandOutput>;
  batchSuspendUser(
    args: BatchSuspendUserCommandInput,
    callback: ChimeCallback<BatchSuspendUserCommandOutput>,
  ): void;
  batchSuspendUser(
    args: BatchSuspendUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchSuspendUserCommandOutput>,
  ): void;
  batchSuspendUser(
    args: BatchSuspendUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchSuspendUserCommandOutput>,
    callback?: ChimeCallback<BatchSuspendUserCommandOutput>,
  ): Promise<BatchSuspendUserCommandOutput> | void {
    return sendCommand(this, new BatchSuspendUserCommand(args), optionsOrCallback, callback);
  }

  /** Removes the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account. Sends a {@link BatchUnsuspendUserCommand}. */
  batchUnsuspendUser(
    args: BatchUnsuspendUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchUnsuspendUserCommandOutput>;
  batchUnsuspendUser(
    args: BatchUnsuspendUserCommandInput,
    callback: ChimeCallback<BatchUnsuspendUserCommandOutput>,
  ): void;
  batchUnsuspendUser(
    args: BatchUnsuspendUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchUnsuspendUserCommandOutput>,
  ): void;
  batchUnsuspendUser(
    args: BatchUnsuspendUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchUnsuspendUserCommandOutput>,
    callback?: ChimeCallback<BatchUnsuspendUserCommandOutput>,
  ): Promise<BatchUnsuspendUserCommandOutput> | void {
    return sendCommand(this, new BatchUnsuspendUserCommand(args), optionsOrCallback, callback);
  }

  /** Updates phone number product types or calling names. Sends a {@link BatchUpdatePhoneNumberCommand}. */
  batchUpdatePhoneNumber(
    args: BatchUpdatePhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchUpdatePhoneNumberCommandOutput>;
  batchUpdatePhoneNumber(
    args: BatchUpdatePhoneNumberCommandInput,
    callback: ChimeCallback<BatchUpdatePhoneNumberCommandOutput>,
  ): void;
  batchUpdatePhoneNumber(
    args: BatchUpdatePhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchUpdatePhoneNumberCommandOutput>,
  ): void;
  batchUpdatePhoneNumber(
    args: BatchUpdatePhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchUpdatePhoneNumberCommandOutput>,
    callback?: ChimeCallback<BatchUpdatePhoneNumberCommandOutput>,
  ): Promise<BatchUpdatePhoneNumberCommandOutput> | void {
    return sendCommand(this, new BatchUpdatePhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Updates user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account. Sends a {@link BatchUpdateUserCommand}. */
  batchUpdateUser(
    args: BatchUpdateUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<BatchUpdateUserCommandOutput>;
  batchUpdateUser(
    args: BatchUpdateUserCommandInput,
    callback: ChimeCallback<BatchUpdateUserCommandOutput>,
  ): void;
  batchUpdateUser(
    args: BatchUpdateUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<BatchUpdateUserCommandOutput>,
  ): void;
  batchUpdateUser(
    args: BatchUpdateUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<BatchUpdateUserCommandOutput>,
    callback?: ChimeCallback<BatchUpdateUserCommandOutput>,
  ): Promise<BatchUpdateUserCommandOutput> | void {
    return sendCommand(this, new BatchUpdateUserCommand(args), optionsOrCallback, callback);
  }

  /** Creates an Amazon Chime account under the administrator's AWS account. Sends a {@link CreateAccountCommand}. */
  createAccount(
    args: CreateAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateAccountCommandOutput>;
  createAccount(
    args: CreateAccountCommandInput,
    callback: ChimeCallback<CreateAccountCommandOutput>,
  ): void;
  createAccount(
    args: CreateAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateAccountCommandOutput>,
  ): void;
  createAccount(
    args: CreateAccountCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateAccountCommandOutput>,
    callback?: ChimeCallback<CreateAccountCommandOutput>,
  ): Promise<CreateAccountCommandOutput> | void {
    return sendCommand(this, new CreateAccountCommand(args), optionsOrCallback, callback);
  }

  /** Creates a bot for an Amazon Chime Enterprise account. Sends a {@link CreateBotCommand}. */
  createBot(
    args: CreateBotCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateBotCommandOutput>;
  createBot(args: CreateBotCommandInput, callback: ChimeCallback<CreateBotCommandOutput>): void;
  createBot(
    args: CreateBotCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateBotCommandOutput>,
  ): void;
  createBot(
    args: CreateBotCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateBotCommandOutput>,
    callback?: ChimeCallback<CreateBotCommandOutput>,
  ): Promise<CreateBotCommandOutput> | void {
    return sendCommand(this, new CreateBotCommand(args), optionsOrCallback, callback);
  }

  /** Uses the join token and call metadata in a meeting request (From number, To number, and so forth) to initiate an outbound call to a public switched telephone network (PSTN) and join them into a Chime meeting. Sends a {@link CreateMeetingDialOutCommand}. */
  createMeetingDialOut(
    args: CreateMeetingDialOutCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateMeetingDialOutCommandOutput>;
  createMeetingDialOut(
    args: CreateMeetingDialOutCommandInput,
    callback: ChimeCallback<CreateMeetingDialOutCommandOutput>,
  ): void;
  createMeetingDialOut(
    args: CreateMeetingDialOutCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateMeetingDialOutCommandOutput>,
  ): void;
  createMeetingDialOut(
    args: CreateMeetingDialOutCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateMeetingDialOutCommandOutput>,
    callback?: ChimeCallback<CreateMeetingDialOutCommandOutput>,
  ): Promise<CreateMeetingDialOutCommandOutput> | void {
    return sendCommand(this, new CreateMeetingDialOutCommand(args), optionsOrCallback, callback);
  }

  /** Creates an order for phone numbers to be provisioned. Sends a {@link CreatePhoneNumberOrderCommand}. */
  createPhoneNumberOrder(
    args: CreatePhoneNumberOrderCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreatePhoneNumberOrderCommandOutput>;
  createPhoneNumberOrder(
    args: CreatePhoneNumberOrderCommandInput,
    callback: ChimeCallback<CreatePhoneNumberOrderCommandOutput>,
  ): void;
  createPhoneNumberOrder(
    args: CreatePhoneNumberOrderCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreatePhoneNumberOrderCommandOutput>,
  ): void;
  createPhoneNumberOrder(
    args: CreatePhoneNumberOrderCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreatePhoneNumberOrderCommandOutput>,
    callback?: ChimeCallback<CreatePhoneNumberOrderCommandOutput>,
  ): Promise<CreatePhoneNumberOrderCommandOutput> | void {
    return sendCommand(this, new CreatePhoneNumberOrderCommand(args), optionsOrCallback, callback);
  }

  /** Creates a chat room for the specified Amazon Chime Enterprise account. Sends a {@link CreateRoomCommand}. */
  createRoom(
    args: CreateRoomCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateRoomCommandOutput>;
  createRoom(args: CreateRoomCommandInput, callback: ChimeCallback<CreateRoomCommandOutput>): void;
  createRoom(
    args: CreateRoomCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateRoomCommandOutput>,
  ): void;
  createRoom(
    args: CreateRoomCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateRoomCommandOutput>,
    callback?: ChimeCallback<CreateRoomCommandOutput>,
  ): Promise<CreateRoomCommandOutput> | void {
    return sendCommand(this, new CreateRoomCommand(args), optionsOrCallback, callback);
  }

  /** Adds a member to a chat room in an Amazon Chime Enterprise account. Sends a {@link CreateRoomMembershipCommand}. */
  createRoomMembership(
    args: CreateRoomMembershipCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateRoomMembershipCommandOutput>;
  createRoomMembership(
    args: CreateRoomMembershipCommandInput,
    callback: ChimeCallback<CreateRoomMembershipCommandOutput>,
  ): void;
  createRoomMembership(
    args: CreateRoomMembershipCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateRoomMembershipCommandOutput>,
  ): void;
  createRoomMembership(
    args: CreateRoomMembershipCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateRoomMembershipCommandOutput>,
    callback?: ChimeCallback<CreateRoomMembershipCommandOutput>,
  ): Promise<CreateRoomMembershipCommandOutput> | void {
    return sendCommand(this, new CreateRoomMembershipCommand(args), optionsOrCallback, callback);
  }

  /** Creates a user under the specified Amazon Chime account. Sends a {@link CreateUserCommand}. */
  createUser(
    args: CreateUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<CreateUserCommandOutput>;
  createUser(args: CreateUserCommandInput, callback: ChimeCallback<CreateUserCommandOutput>): void;
  createUser(
    args: CreateUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<CreateUserCommandOutput>,
  ): void;
  createUser(
    args: CreateUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<CreateUserCommandOutput>,
    callback?: ChimeCallback<CreateUserCommandOutput>,
  ): Promise<CreateUserCommandOutput> | void {
    return sendCommand(this, new CreateUserCommand(args), optionsOrCallback, callback);
  }

  /** Deletes the specified Amazon Chime account. Sends a {@link DeleteAccountCommand}. */
  deleteAccount(
    args: DeleteAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DeleteAccountCommandOutput>;
  deleteAccount(
    args: DeleteAccountCommandInput,
    callback: ChimeCallback<DeleteAccountCommandOutput>,
  ): void;
  deleteAccount(
    args: DeleteAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DeleteAccountCommandOutput>,
  ): void;
  deleteAccount(
    args: DeleteAccountCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<DeleteAccountCommandOutput>,
    callback?: ChimeCallback<DeleteAccountCommandOutput>,
  ): Promise<DeleteAccountCommandOutput> | void {
    return sendCommand(this, new DeleteAccountCommand(args), optionsOrCallback, callback);
  }

  /** Deletes the events configuration that allows a bot to receive outgoing events. Sends a {@link DeleteEventsConfigurationCommand}. */
  deleteEventsConfiguration(
    args: DeleteEventsConfigurationCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DeleteEventsConfigurationCommandOutput>;
  deleteEventsConfiguration(
    args: DeleteEventsConfigurationCommandInput,
    callback: ChimeCallback<DeleteEventsConfigurationCommandOutput>,
  ): void;
  deleteEventsConfiguration(
    args: DeleteEventsConfigurationCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DeleteEventsConfigurationCommandOutput>,
  ): void;
  deleteEventsConfiguration(
    args: DeleteEventsConfigurationCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<DeleteEventsConfigurationCommandOutput>,
    callback?: ChimeCallback<DeleteEventsConfigurationCommandOutput>,
  ): Promise<DeleteEventsConfigurationCommandOutput> | void {
    return sendCommand(
      this,
      new DeleteEventsConfigurationCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Moves the specified phone number into the **Deletion queue**. Sends a {@link DeletePhoneNumberCommand}. */
  deletePhoneNumber(
    args: DeletePhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DeletePhoneNumberCommandOutput>;
  deletePhoneNumber(
    args: DeletePhoneNumberCommandInput,
    callback: ChimeCallback<DeletePhoneNumberCommandOutput>,
  ): void;
  deletePhoneNumber(
    args: DeletePhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DeletePhoneNumberCommandOutput>,
  ): void;
  deletePhoneNumber(
    args: DeletePhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<DeletePhoneNumberCommandOutput>,
    callback?: ChimeCallback<DeletePhoneNumberCommandOutput>,
  ): Promise<DeletePhoneNumberCommandOutput> | void {
    return sendCommand(this, new DeletePhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Deletes a chat room in an Amazon Chime Enterprise account. Sends a {@link DeleteRoomCommand}. */
  deleteRoom(
    args: DeleteRoomCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DeleteRoomCommandOutput>;
  deleteRoom(args: DeleteRoomCommandInput, callback: ChimeCallback<DeleteRoomCommandOutput>): void;
  deleteRoom(
    args: DeleteRoomCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DeleteRoomCommandOutput>,
  ): void;
  deleteRoom(
    args: DeleteRoomCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<DeleteRoomCommandOutput>,
    callback?: ChimeCallback<DeleteRoomCommandOutput>,
  ): Promise<DeleteRoomCommandOutput> | void {
    return sendCommand(this, new DeleteRoomCommand(args), optionsOrCallback, callback);
  }

  /** Removes a member from a chat room in an Amazon Chime Enterprise account. Sends a {@link DeleteRoomMembershipCommand}. */
  deleteRoomMembership(
    args: DeleteRoomMembershipCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DeleteRoomMembershipCommandOutput>;
  deleteRoomMembership(
    args: DeleteRoomMembershipCommandInput,
    callback: ChimeCallback<DeleteRoomMembershipCommandOutput>,
  ): void;
  deleteRoomMembership(
    args: DeleteRoomMembershipCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DeleteRoomMembershipCommandOutput>,
  ): void;
  deleteRoomMembership(
    args: DeleteRoomMembershipCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<DeleteRoomMembershipCommandOutput>,
    callback?: ChimeCallback<DeleteRoomMembershipCommandOutput>,
  ): Promise<DeleteRoomMembershipCommandOutput> | void {
    return sendCommand(this, new DeleteRoomMembershipCommand(args), optionsOrCallback, callback);
  }

  /** Disassociates the primary provisioned phone number from the specified Amazon Chime user. Sends a {@link DisassociatePhoneNumberFromUserCommand}. */
  disassociatePhoneNumberFromUser(
    args: DisassociatePhoneNumberFromUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DisassociatePhoneNumberFromUserCommandOutput>;
  disassociatePhoneNumberFromUser(
    args: DisassociatePhoneNumberFromUserCommandInput,
    callback: ChimeCallback<DisassociatePhoneNumberFromUserCommandOutput>,
  ): void;
  disassociatePhoneNumberFromUser(
    args: DisassociatePhoneNumberFromUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DisassociatePhoneNumberFromUserCommandOutput>,
  ): void;
  disassociatePhoneNumberFromUser(
    args: DisassociatePhoneNumberFromUserCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<DisassociatePhoneNumberFromUserCommandOutput>,
    callback?: ChimeCallback<DisassociatePhoneNumberFromUserCommandOutput>,
  ): Promise<DisassociatePhoneNumberFromUserCommandOutput> | void {
    return sendCommand(
      this,
      new DisassociatePhoneNumberFromUserCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Disassociates the specified sign-in delegate groups from the specified Amazon Chime account. Sends a {@link DisassociateSigninDelegateGroupsFromAccountCommand}. */
  disassociateSigninDelegateGroupsFromAccount(
    args: DisassociateSigninDelegateGroupsFromAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<DisassociateSigninDelegateGroupsFromAccountCommandOutput>;
  disassociateSigninDelegateGroupsFromAccount(
    args: DisassociateSigninDelegateGroupsFromAccountCommandInput,
    callback: ChimeCallback<DisassociateSigninDelegateGroupsFromAccountCommandOutput>,
  ): void;
  disassociateSigninDelegateGroupsFromAccount(
    args: DisassociateSigninDelegateGroupsFromAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<DisassociateSigninDelegateGroupsFromAccountCommandOutput>,
  ): void;
  disassociateSigninDelegateGroupsFromAccount(
    args: DisassociateSigninDelegateGroupsFromAccountCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<DisassociateSigninDelegateGroupsFromAccountCommandOutput>,
    callback?: ChimeCallback<DisassociateSigninDelegateGroupsFromAccountCommandOutput>,
  ): Promise<DisassociateSigninDelegateGroupsFromAccountCommandOutput> | void {
    return sendCommand(
      this,
      new DisassociateSigninDelegateGroupsFromAccountCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Retrieves details for the specified Amazon Chime account, such as account type and supported licenses. Sends a {@link GetAccountCommand}. */
  getAccount(
    args: GetAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetAccountCommandOutput>;
  getAccount(args: GetAccountCommandInput, callback: ChimeCallback<GetAccountCommandOutput>): void;
  getAccount(
    args: GetAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetAccountCommandOutput>,
  ): void;
  getAccount(
    args: GetAccountCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetAccountCommandOutput>,
    callback?: ChimeCallback<GetAccountCommandOutput>,
  ): Promise<GetAccountCommandOutput> | void {
    return sendCommand(this, new GetAccountCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves account settings for the specified Amazon Chime account ID, such as remote control and dialout settings. Sends a {@link GetAccountSettingsCommand}. */
  getAccountSettings(
    args: GetAccountSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetAccountSettingsCommandOutput>;
  getAccountSettings(
    args: GetAccountSettingsCommandInput,
    callback: ChimeCallback<GetAccountSettingsCommandOutput>,
  ): void;
  getAccountSettings(
    args: GetAccountSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetAccountSettingsCommandOutput>,
  ): void;
  getAccountSettings(
    args: GetAccountSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetAccountSettingsCommandOutput>,
    callback?: ChimeCallback<GetAccountSettingsCommandOutput>,
  ): Promise<GetAccountSettingsCommandOutput> | void {
    return sendCommand(this, new GetAccountSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves details for the specified bot, such as bot email address, bot type, status, and display name. Sends a {@link GetBotCommand}. */
  getBot(args: GetBotCommandInput, options?: ChimeRequestOptions): Promise<GetBotCommandOutput>;
  getBot(args: GetBotCommandInput, callback: ChimeCallback<GetBotCommandOutput>): void;
  getBot(
    args: GetBotCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetBotCommandOutput>,
  ): void;
  getBot(
    args: GetBotCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetBotCommandOutput>,
    callback?: ChimeCallback<GetBotCommandOutput>,
  ): Promise<GetBotCommandOutput> | void {
    return sendCommand(this, new GetBotCommand(args), optionsOrCallback, callback);
  }

  /** Gets details for an events configuration that allows a bot to receive outgoing events, such as an HTTPS endpoint or Lambda function ARN. Sends a {@link GetEventsConfigurationCommand}. */
  getEventsConfiguration(
    args: GetEventsConfigurationCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetEventsConfigurationCommandOutput>;
  getEventsConfiguration(
    args: GetEventsConfigurationCommandInput,
    callback: ChimeCallback<GetEventsConfigurationCommandOutput>,
  ): void;
  getEventsConfiguration(
    args: GetEventsConfigurationCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetEventsConfigurationCommandOutput>,
  ): void;
  getEventsConfiguration(
    args: GetEventsConfigurationCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetEventsConfigurationCommandOutput>,
    callback?: ChimeCallback<GetEventsConfigurationCommandOutput>,
  ): Promise<GetEventsConfigurationCommandOutput> | void {
    return sendCommand(this, new GetEventsConfigurationCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings. Sends a {@link GetGlobalSettingsCommand}. */
  getGlobalSettings(
    args?: GetGlobalSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetGlobalSettingsCommandOutput>;
  getGlobalSettings(
    args: GetGlobalSettingsCommandInput,
    callback: ChimeCallback<GetGlobalSettingsCommandOutput>,
  ): void;
  getGlobalSettings(
    args: GetGlobalSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetGlobalSettingsCommandOutput>,
  ): void;
  getGlobalSettings(
    args?: GetGlobalSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetGlobalSettingsCommandOutput>,
    callback?: ChimeCallback<GetGlobalSettingsCommandOutput>,
  ): Promise<GetGlobalSettingsCommandOutput> | void {
    return sendCommand(this, new GetGlobalSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves details for the specified phone number ID, such as associations, capabilities, and product type. Sends a {@link GetPhoneNumberCommand}. */
  getPhoneNumber(
    args: GetPhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetPhoneNumberCommandOutput>;
  getPhoneNumber(
    args: GetPhoneNumberCommandInput,
    callback: ChimeCallback<GetPhoneNumberCommandOutput>,
  ): void;
  getPhoneNumber(
    args: GetPhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetPhoneNumberCommandOutput>,
  ): void;
  getPhoneNumber(
    args: GetPhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetPhoneNumberCommandOutput>,
    callback?: ChimeCallback<GetPhoneNumberCommandOutput>,
  ): Promise<GetPhoneNumberCommandOutput> | void {
    return sendCommand(this, new GetPhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves details for the specified phone number order, such as the order creation timestamp, phone numbers in E.164 format, product type, and order status. Sends a {@link GetPhoneNumberOrderCommand}. */
  getPhoneNumberOrder(
    args: GetPhoneNumberOrderCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetPhoneNumberOrderCommandOutput>;
  getPhoneNumberOrder(
    args: GetPhoneNumberOrderCommandInput,
    callback: ChimeCallback<GetPhoneNumberOrderCommandOutput>,
  ): void;
  getPhoneNumberOrder(
    args: GetPhoneNumberOrderCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetPhoneNumberOrderCommandOutput>,
  ): void;
  getPhoneNumberOrder(
    args: GetPhoneNumberOrderCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetPhoneNumberOrderCommandOutput>,
    callback?: ChimeCallback<GetPhoneNumberOrderCommandOutput>,
  ): Promise<GetPhoneNumberOrderCommandOutput> | void {
    return sendCommand(this, new GetPhoneNumberOrderCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves the phone number settings for the administrator's AWS account, such as the default outbound calling name. Sends a {@link GetPhoneNumberSettingsCommand}. */
  getPhoneNumberSettings(
    args?: GetPhoneNumberSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetPhoneNumberSettingsCommandOutput>;
  getPhoneNumberSettings(
    args: GetPhoneNumberSettingsCommandInput,
    callback: ChimeCallback<GetPhoneNumberSettingsCommandOutput>,
  ): void;
  getPhoneNumberSettings(
    args: GetPhoneNumberSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetPhoneNumberSettingsCommandOutput>,
  ): void;
  getPhoneNumberSettings(
    args?: GetPhoneNumberSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetPhoneNumberSettingsCommandOutput>,
    callback?: ChimeCallback<GetPhoneNumberSettingsCommandOutput>,
  ): Promise<GetPhoneNumberSettingsCommandOutput> | void {
    return sendCommand(this, new GetPhoneNumberSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Gets the retention settings for the specified Amazon Chime Enterprise account. Sends a {@link GetRetentionSettingsCommand}. */
  getRetentionSettings(
    args: GetRetentionSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetRetentionSettingsCommandOutput>;
  getRetentionSettings(
    args: GetRetentionSettingsCommandInput,
    callback: ChimeCallback<GetRetentionSettingsCommandOutput>,
  ): void;
  getRetentionSettings(
    args: GetRetentionSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetRetentionSettingsCommandOutput>,
  ): void;
  getRetentionSettings(
    args: GetRetentionSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetRetentionSettingsCommandOutput>,
    callback?: ChimeCallback<GetRetentionSettingsCommandOutput>,
  ): Promise<GetRetentionSettingsCommandOutput> | void {
    return sendCommand(this, new GetRetentionSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves room details, such as the room name, for a room in an Amazon Chime Enterprise account. Sends a {@link GetRoomCommand}. */
  getRoom(args: GetRoomCommandInput, options?: ChimeRequestOptions): Promise<GetRoomCommandOutput>;
  getRoom(args: GetRoomCommandInput, callback: ChimeCallback<GetRoomCommandOutput>): void;
  getRoom(
    args: GetRoomCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetRoomCommandOutput>,
  ): void;
  getRoom(
    args: GetRoomCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetRoomCommandOutput>,
    callback?: ChimeCallback<GetRoomCommandOutput>,
  ): Promise<GetRoomCommandOutput> | void {
    return sendCommand(this, new GetRoomCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves details for the specified user ID, such as primary email address, license type, and personal meeting PIN. Sends a {@link GetUserCommand}. */
  getUser(args: GetUserCommandInput, options?: ChimeRequestOptions): Promise<GetUserCommandOutput>;
  getUser(args: GetUserCommandInput, callback: ChimeCallback<GetUserCommandOutput>): void;
  getUser(
    args: GetUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetUserCommandOutput>,
  ): void;
  getUser(
    args: GetUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetUserCommandOutput>,
    callback?: ChimeCallback<GetUserCommandOutput>,
  ): Promise<GetUserCommandOutput> | void {
    return sendCommand(this, new GetUserCommand(args), optionsOrCallback, callback);
  }

  /** Retrieves settings for the specified user ID, such as any associated phone number settings. Sends a {@link GetUserSettingsCommand}. */
  getUserSettings(
    args: GetUserSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<GetUserSettingsCommandOutput>;
  getUserSettings(
    args: GetUserSettingsCommandInput,
    callback: ChimeCallback<GetUserSettingsCommandOutput>,
  ): void;
  getUserSettings(
    args: GetUserSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<GetUserSettingsCommandOutput>,
  ): void;
  getUserSettings(
    args: GetUserSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<GetUserSettingsCommandOutput>,
    callback?: ChimeCallback<GetUserSettingsCommandOutput>,
  ): Promise<GetUserSettingsCommandOutput> | void {
    return sendCommand(this, new GetUserSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Sends email to a maximum of 50 users, inviting them to the specified Amazon Chime Team account. Sends a {@link InviteUsersCommand}. */
  inviteUsers(
    args: InviteUsersCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<InviteUsersCommandOutput>;
  inviteUsers(
    args: InviteUsersCommandInput,
    callback: ChimeCallback<InviteUsersCommandOutput>,
  ): void;
  inviteUsers(
    args: InviteUsersCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<InviteUsersCommandOutput>,
  ): void;
  inviteUsers(
    args: InviteUsersCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<InviteUsersCommandOutput>,
    callback?: ChimeCallback<InviteUsersCommandOutput>,
  ): Promise<InviteUsersCommandOutput> | void {
    return sendCommand(this, new InviteUsersCommand(args), optionsOrCallback, callback);
  }

  /** Lists the Amazon Chime accounts under the administrator's AWS account. Sends a {@link ListAccountsCommand}. */
  listAccounts(
    args?: ListAccountsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListAccountsCommandOutput>;
  listAccounts(
    args: ListAccountsCommandInput,
    callback: ChimeCallback<ListAccountsCommandOutput>,
  ): void;
  listAccounts(
    args: ListAccountsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListAccountsCommandOutput>,
  ): void;
  listAccounts(
    args?: ListAccountsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListAccountsCommandOutput>,
    callback?: ChimeCallback<ListAccountsCommandOutput>,
  ): Promise<ListAccountsCommandOutput> | void {
    return sendCommand(this, new ListAccountsCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListAccountsCommand}. */
  paginateListAccounts(
    args: ListAccountsCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListAccountsCommandOutput> {
    return paginateListAccounts({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `Accounts` on every page of {@link ListAccountsCommand}. */
  listAccountsItems(
    args: ListAccountsCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<Account, undefined, unknown> {
    return listAccountsItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists the bots associated with the administrator's Amazon Chime Enterprise account ID. Sends a {@link ListBotsCommand}. */
  listBots(
    args: ListBotsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListBotsCommandOutput>;
  listBots(args: ListBotsCommandInput, callback: ChimeCallback<ListBotsCommandOutput>): void;
  listBots(
    args: ListBotsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListBotsCommandOutput>,
  ): void;
  listBots(
    args: ListBotsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListBotsCommandOutput>,
    callback?: ChimeCallback<ListBotsCommandOutput>,
  ): Promise<ListBotsCommandOutput> | void {
    return sendCommand(this, new ListBotsCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListBotsCommand}. */
  paginateListBots(
    args: ListBotsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListBotsCommandOutput> {
    return paginateListBots({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `Bots` on every page of {@link ListBotsCommand}. */
  listBotsItems(
    args: ListBotsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<Bot, undefined, unknown> {
    return listBotsItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists the phone number orders for the administrator's Amazon Chime account. Sends a {@link ListPhoneNumberOrdersCommand}. */
  listPhoneNumberOrders(
    args?: ListPhoneNumberOrdersCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListPhoneNumberOrdersCommandOutput>;
  listPhoneNumberOrders(
    args: ListPhoneNumberOrdersCommandInput,
    callback: ChimeCallback<ListPhoneNumberOrdersCommandOutput>,
  ): void;
  listPhoneNumberOrders(
    args: ListPhoneNumberOrdersCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListPhoneNumberOrdersCommandOutput>,
  ): void;
  listPhoneNumberOrders(
    args?: ListPhoneNumberOrdersCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListPhoneNumberOrdersCommandOutput>,
    callback?: ChimeCallback<ListPhoneNumberOrdersCommandOutput>,
  ): Promise<ListPhoneNumberOrdersCommandOutput> | void {
    return sendCommand(this, new ListPhoneNumberOrdersCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListPhoneNumberOrdersCommand}. */
  paginateListPhoneNumberOrders(
    args: ListPhoneNumberOrdersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListPhoneNumberOrdersCommandOutput> {
    return paginateListPhoneNumberOrders({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `PhoneNumberOrders` on every page of {@link ListPhoneNumberOrdersCommand}. */
  listPhoneNumberOrdersItems(
    args: ListPhoneNumberOrdersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<PhoneNumberOrder, undefined, unknown> {
    return listPhoneNumberOrdersItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists the phone numbers for the specified Amazon Chime account, Amazon Chime user, Amazon Chime Voice Connector, or Amazon Chime Voice Connector group. Sends a {@link ListPhoneNumbersCommand}. */
  listPhoneNumbers(
    args?: ListPhoneNumbersCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListPhoneNumbersCommandOutput>;
  listPhoneNumbers(
    args: ListPhoneNumbersCommandInput,
    callback: ChimeCallback<ListPhoneNumbersCommandOutput>,
  ): void;
  listPhoneNumbers(
    args: ListPhoneNumbersCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListPhoneNumbersCommandOutput>,
  ): void;
  listPhoneNumbers(
    args?: ListPhoneNumbersCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListPhoneNumbersCommandOutput>,
    callback?: ChimeCallback<ListPhoneNumbersCommandOutput>,
  ): Promise<ListPhoneNumbersCommandOutput> | void {
    return sendCommand(this, new ListPhoneNumbersCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListPhoneNumbersCommand}. */
  paginateListPhoneNumbers(
    args: ListPhoneNumbersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListPhoneNumbersCommandOutput> {
    return paginateListPhoneNumbers({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `PhoneNumbers` on every page of {@link ListPhoneNumbersCommand}. */
  listPhoneNumbersItems(
    args: ListPhoneNumbersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<PhoneNumber, undefined, unknown> {
    return listPhoneNumbersItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists the membership details for the specified room in an Amazon Chime Enterprise account, such as the members' IDs, email addresses, and names. Sends a {@link ListRoomMembershipsCommand}. */
  listRoomMemberships(
    args: ListRoomMembershipsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListRoomMembershipsCommandOutput>;
  listRoomMemberships(
    args: ListRoomMembershipsCommandInput,
    callback: ChimeCallback<ListRoomMembershipsCommandOutput>,
  ): void;
  listRoomMemberships(
    args: ListRoomMembershipsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListRoomMembershipsCommandOutput>,
  ): void;
  listRoomMemberships(
    args: ListRoomMembershipsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListRoomMembershipsCommandOutput>,
    callback?: ChimeCallback<ListRoomMembershipsCommandOutput>,
  ): Promise<ListRoomMembershipsCommandOutput> | void {
    return sendCommand(this, new ListRoomMembershipsCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListRoomMembershipsCommand}. */
  paginateListRoomMemberships(
    args: ListRoomMembershipsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListRoomMembershipsCommandOutput> {
    return paginateListRoomMemberships({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `RoomMemberships` on every page of {@link ListRoomMembershipsCommand}. */
  listRoomMembershipsItems(
    args: ListRoomMembershipsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<RoomMembership, undefined, unknown> {
    return listRoomMembershipsItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists the room details for the specified Amazon Chime Enterprise account. Sends a {@link ListRoomsCommand}. */
  listRooms(
    args: ListRoomsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListRoomsCommandOutput>;
  listRooms(args: ListRoomsCommandInput, callback: ChimeCallback<ListRoomsCommandOutput>): void;
  listRooms(
    args: ListRoomsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListRoomsCommandOutput>,
  ): void;
  listRooms(
    args: ListRoomsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListRoomsCommandOutput>,
    callback?: ChimeCallback<ListRoomsCommandOutput>,
  ): Promise<ListRoomsCommandOutput> | void {
    return sendCommand(this, new ListRoomsCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListRoomsCommand}. */
  paginateListRooms(
    args: ListRoomsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListRoomsCommandOutput> {
    return paginateListRooms({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `Rooms` on every page of {@link ListRoomsCommand}. */
  listRoomsItems(
    args: ListRoomsCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<Room, undefined, unknown> {
    return listRoomsItems({ ...paginationConfig, client: this }, args);
  }

  /** Lists supported phone number countries. Sends a {@link ListSupportedPhoneNumberCountriesCommand}. */
  listSupportedPhoneNumberCountries(
    args: ListSupportedPhoneNumberCountriesCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListSupportedPhoneNumberCountriesCommandOutput>;
  listSupportedPhoneNumberCountries(
    args: ListSupportedPhoneNumberCountriesCommandInput,
    callback: ChimeCallback<ListSupportedPhoneNumberCountriesCommandOutput>,
  ): void;
  listSupportedPhoneNumberCountries(
    args: ListSupportedPhoneNumberCountriesCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListSupportedPhoneNumberCountriesCommandOutput>,
  ): void;
  listSupportedPhoneNumberCountries(
    args: ListSupportedPhoneNumberCountriesCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<ListSupportedPhoneNumberCountriesCommandOutput>,
    callback?: ChimeCallback<ListSupportedPhoneNumberCountriesCommandOutput>,
  ): Promise<ListSupportedPhoneNumberCountriesCommandOutput> | void {
    return sendCommand(
      this,
      new ListSupportedPhoneNumberCountriesCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Lists the users that belong to the specified Amazon Chime account. Sends a {@link ListUsersCommand}. */
  listUsers(
    args: ListUsersCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ListUsersCommandOutput>;
  listUsers(args: ListUsersCommandInput, callback: ChimeCallback<ListUsersCommandOutput>): void;
  listUsers(
    args: ListUsersCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ListUsersCommandOutput>,
  ): void;
  listUsers(
    args: ListUsersCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ListUsersCommandOutput>,
    callback?: ChimeCallback<ListUsersCommandOutput>,
  ): Promise<ListUsersCommandOutput> | void {
    return sendCommand(this, new ListUsersCommand(args), optionsOrCallback, callback);
  }

  /** Iterates over the pages of {@link ListUsersCommand}. */
  paginateListUsers(
    args: ListUsersCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<ListUsersCommandOutput> {
    return paginateListUsers({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `Users` on every page of {@link ListUsersCommand}. */
  listUsersItems(
    args: ListUsersCommandInput,
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<User, undefined, unknown> {
    return listUsersItems({ ...paginationConfig, client: this }, args);
  }

  /** Logs out the specified user from all of the devices they are currently logged into. Sends a {@link LogoutUserCommand}. */
  logoutUser(
    args: LogoutUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<LogoutUserCommandOutput>;
  logoutUser(args: LogoutUserCommandInput, callback: ChimeCallback<LogoutUserCommandOutput>): void;
  logoutUser(
    args: LogoutUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<LogoutUserCommandOutput>,
  ): void;
  logoutUser(
    args: LogoutUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<LogoutUserCommandOutput>,
    callback?: ChimeCallback<LogoutUserCommandOutput>,
  ): Promise<LogoutUserCommandOutput> | void {
    return sendCommand(this, new LogoutUserCommand(args), optionsOrCallback, callback);
  }

  /** Creates an events configuration that allows a bot to receive outgoing events sent by Amazon Chime. Sends a {@link PutEventsConfigurationCommand}. */
  putEventsConfiguration(
    args: PutEventsConfigurationCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<PutEventsConfigurationCommandOutput>;
  putEventsConfiguration(
    args: PutEventsConfigurationCommandInput,
    callback: ChimeCallback<PutEventsConfigurationCommandOutput>,
  ): void;
  putEventsConfiguration(
    args: PutEventsConfigurationCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<PutEventsConfigurationCommandOutput>,
  ): void;
  putEventsConfiguration(
    args: PutEventsConfigurationCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<PutEventsConfigurationCommandOutput>,
    callback?: ChimeCallback<PutEventsConfigurationCommandOutput>,
  ): Promise<PutEventsConfigurationCommandOutput> | void {
    return sendCommand(this, new PutEventsConfigurationCommand(args), optionsOrCallback, callback);
  }

  /** Puts retention settings for the specified Amazon Chime Enterprise account. Sends a {@link PutRetentionSettingsCommand}. */
  putRetentionSettings(
    args: PutRetentionSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<PutRetentionSettingsCommandOutput>;
  putRetentionSettings(
    args: PutRetentionSettingsCommandInput,
    callback: ChimeCallback<PutRetentionSettingsCommandOutput>,
  ): void;
  putRetentionSettings(
    args: PutRetentionSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<PutRetentionSettingsCommandOutput>,
  ): void;
  putRetentionSettings(
    args: PutRetentionSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<PutRetentionSettingsCommandOutput>,
    callback?: ChimeCallback<PutRetentionSettingsCommandOutput>,
  ): Promise<PutRetentionSettingsCommandOutput> | void {
    return sendCommand(this, new PutRetentionSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Redacts the specified message from the specified Amazon Chime conversation. Sends a {@link RedactConversationMessageCommand}. */
  redactConversationMessage(
    args: RedactConversationMessageCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<RedactConversationMessageCommandOutput>;
  redactConversationMessage(
    args: RedactConversationMessageCommandInput,
    callback: ChimeCallback<RedactConversationMessageCommandOutput>,
  ): void;
  redactConversationMessage(
    args: RedactConversationMessageCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<RedactConversationMessageCommandOutput>,
  ): void;
  redactConversationMessage(
    args: RedactConversationMessageCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<RedactConversationMessageCommandOutput>,
    callback?: ChimeCallback<RedactConversationMessageCommandOutput>,
  ): Promise<RedactConversationMessageCommandOutput> | void {
    return sendCommand(
      this,
      new RedactConversationMessageCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Redacts the specified message from the specified Amazon Chime channel. Sends a {@link RedactRoomMessageCommand}. */
  redactRoomMessage(
    args: RedactRoomMessageCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<RedactRoomMessageCommandOutput>;
  redactRoomMessage(
    args: RedactRoomMessageCommandInput,
    callback: ChimeCallback<RedactRoomMessageCommandOutput>,
  ): void;
  redactRoomMessage(
    args: RedactRoomMessageCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<RedactRoomMessageCommandOutput>,
  ): void;
  redactRoomMessage(
    args: RedactRoomMessageCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<RedactRoomMessageCommandOutput>,
    callback?: ChimeCallback<RedactRoomMessageCommandOutput>,
  ): Promise<RedactRoomMessageCommandOutput> | void {
    return sendCommand(this, new RedactRoomMessageCommand(args), optionsOrCallback, callback);
  }

  /** Regenerates the security token for a bot. Sends a {@link RegenerateSecurityTokenCommand}. */
  regenerateSecurityToken(
    args: RegenerateSecurityTokenCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<RegenerateSecurityTokenCommandOutput>;
  regenerateSecurityToken(
    args: RegenerateSecurityTokenCommandInput,
    callback: ChimeCallback<RegenerateSecurityTokenCommandOutput>,
  ): void;
  regenerateSecurityToken(
    args: RegenerateSecurityTokenCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<RegenerateSecurityTokenCommandOutput>,
  ): void;
  regenerateSecurityToken(
    args: RegenerateSecurityTokenCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<RegenerateSecurityTokenCommandOutput>,
    callback?: ChimeCallback<RegenerateSecurityTokenCommandOutput>,
  ): Promise<RegenerateSecurityTokenCommandOutput> | void {
    return sendCommand(this, new RegenerateSecurityTokenCommand(args), optionsOrCallback, callback);
  }

  /** Resets the personal meeting PIN for the specified user on an Amazon Chime account. Sends a {@link ResetPersonalPINCommand}. */
  resetPersonalPIN(
    args: ResetPersonalPINCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<ResetPersonalPINCommandOutput>;
  resetPersonalPIN(
    args: ResetPersonalPINCommandInput,
    callback: ChimeCallback<ResetPersonalPINCommandOutput>,
  ): void;
  resetPersonalPIN(
    args: ResetPersonalPINCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<ResetPersonalPINCommandOutput>,
  ): void;
  resetPersonalPIN(
    args: ResetPersonalPINCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<ResetPersonalPINCommandOutput>,
    callback?: ChimeCallback<ResetPersonalPINCommandOutput>,
  ): Promise<ResetPersonalPINCommandOutput> | void {
    return sendCommand(this, new ResetPersonalPINCommand(args), optionsOrCallback, callback);
  }

  /** Moves a phone number from the **Deletion queue** back into the phone number **Inventory**. Sends a {@link RestorePhoneNumberCommand}. */
  restorePhoneNumber(
    args: RestorePhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<RestorePhoneNumberCommandOutput>;
  restorePhoneNumber(
    args: RestorePhoneNumberCommandInput,
    callback: ChimeCallback<RestorePhoneNumberCommandOutput>,
  ): void;
  restorePhoneNumber(
    args: RestorePhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<RestorePhoneNumberCommandOutput>,
  ): void;
  restorePhoneNumber(
    args: RestorePhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<RestorePhoneNumberCommandOutput>,
    callback?: ChimeCallback<RestorePhoneNumberCommandOutput>,
  ): Promise<RestorePhoneNumberCommandOutput> | void {
    return sendCommand(this, new RestorePhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Searches for phone numbers that can be ordered. Sends a {@link SearchAvailablePhoneNumbersCommand}. */
  searchAvailablePhoneNumbers(
    args?: SearchAvailablePhoneNumbersCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<SearchAvailablePhoneNumbersCommandOutput>;
  searchAvailablePhoneNumbers(
    args: SearchAvailablePhoneNumbersCommandInput,
    callback: ChimeCallback<SearchAvailablePhoneNumbersCommandOutput>,
  ): void;
  searchAvailablePhoneNumbers(
    args: SearchAvailablePhoneNumbersCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<SearchAvailablePhoneNumbersCommandOutput>,
  ): void;
  searchAvailablePhoneNumbers(
    args?: SearchAvailablePhoneNumbersCommandInput,
    optionsOrCallback?:
      ChimeRequestOptions | ChimeCallback<SearchAvailablePhoneNumbersCommandOutput>,
    callback?: ChimeCallback<SearchAvailablePhoneNumbersCommandOutput>,
  ): Promise<SearchAvailablePhoneNumbersCommandOutput> | void {
    return sendCommand(
      this,
      new SearchAvailablePhoneNumbersCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Iterates over the pages of {@link SearchAvailablePhoneNumbersCommand}. */
  paginateSearchAvailablePhoneNumbers(
    args: SearchAvailablePhoneNumbersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): Paginator<SearchAvailablePhoneNumbersCommandOutput> {
    return paginateSearchAvailablePhoneNumbers({ ...paginationConfig, client: this }, args);
  }

  /** Iterates over every element of `E164PhoneNumbers` on every page of {@link SearchAvailablePhoneNumbersCommand}. */
  searchAvailablePhoneNumbersItems(
    args: SearchAvailablePhoneNumbersCommandInput = {},
    paginationConfig?: Omit<ChimePaginationConfiguration, "client">,
  ): AsyncGenerator<string, undefined, unknown> {
    return searchAvailablePhoneNumbersItems({ ...paginationConfig, client: this }, args);
  }

  /** Updates account details for the specified Amazon Chime account. Sends a {@link UpdateAccountCommand}. */
  updateAccount(
    args: UpdateAccountCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateAccountCommandOutput>;
  updateAccount(
    args: UpdateAccountCommandInput,
    callback: ChimeCallback<UpdateAccountCommandOutput>,
  ): void;
  updateAccount(
    args: UpdateAccountCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateAccountCommandOutput>,
  ): void;
  updateAccount(
    args: UpdateAccountCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateAccountCommandOutput>,
    callback?: ChimeCallback<UpdateAccountCommandOutput>,
  ): Promise<UpdateAccountCommandOutput> | void {
    return sendCommand(this, new UpdateAccountCommand(args), optionsOrCallback, callback);
  }

  /** Updates the settings for the specified Amazon Chime account. Sends a {@link UpdateAccountSettingsCommand}. */
  updateAccountSettings(
    args: UpdateAccountSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateAccountSettingsCommandOutput>;
  updateAccountSettings(
    args: UpdateAccountSettingsCommandInput,
    callback: ChimeCallback<UpdateAccountSettingsCommandOutput>,
  ): void;
  updateAccountSettings(
    args: UpdateAccountSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateAccountSettingsCommandOutput>,
  ): void;
  updateAccountSettings(
    args: UpdateAccountSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateAccountSettingsCommandOutput>,
    callback?: ChimeCallback<UpdateAccountSettingsCommandOutput>,
  ): Promise<UpdateAccountSettingsCommandOutput> | void {
    return sendCommand(this, new UpdateAccountSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Updates the status of the specified bot, such as starting or stopping the bot from running in your Amazon Chime Enterprise account. Sends a {@link UpdateBotCommand}. */
  updateBot(
    args: UpdateBotCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateBotCommandOutput>;
  updateBot(args: UpdateBotCommandInput, callback: ChimeCallback<UpdateBotCommandOutput>): void;
  updateBot(
    args: UpdateBotCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateBotCommandOutput>,
  ): void;
  updateBot(
    args: UpdateBotCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateBotCommandOutput>,
    callback?: ChimeCallback<UpdateBotCommandOutput>,
  ): Promise<UpdateBotCommandOutput> | void {
    return sendCommand(this, new UpdateBotCommand(args), optionsOrCallback, callback);
  }

  /** Updates global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings. Sends a {@link UpdateGlobalSettingsCommand}. */
  updateGlobalSettings(
    args?: UpdateGlobalSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateGlobalSettingsCommandOutput>;
  updateGlobalSettings(
    args: UpdateGlobalSettingsCommandInput,
    callback: ChimeCallback<UpdateGlobalSettingsCommandOutput>,
  ): void;
  updateGlobalSettings(
    args: UpdateGlobalSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateGlobalSettingsCommandOutput>,
  ): void;
  updateGlobalSettings(
    args?: UpdateGlobalSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateGlobalSettingsCommandOutput>,
    callback?: ChimeCallback<UpdateGlobalSettingsCommandOutput>,
  ): Promise<UpdateGlobalSettingsCommandOutput> | void {
    return sendCommand(this, new UpdateGlobalSettingsCommand(args), optionsOrCallback, callback);
  }

  /** Updates phone number details, such as product type or calling name, for the specified phone number ID. Sends a {@link UpdatePhoneNumberCommand}. */
  updatePhoneNumber(
    args: UpdatePhoneNumberCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdatePhoneNumberCommandOutput>;
  updatePhoneNumber(
    args: UpdatePhoneNumberCommandInput,
    callback: ChimeCallback<UpdatePhoneNumberCommandOutput>,
  ): void;
  updatePhoneNumber(
    args: UpdatePhoneNumberCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdatePhoneNumberCommandOutput>,
  ): void;
  updatePhoneNumber(
    args: UpdatePhoneNumberCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdatePhoneNumberCommandOutput>,
    callback?: ChimeCallback<UpdatePhoneNumberCommandOutput>,
  ): Promise<UpdatePhoneNumberCommandOutput> | void {
    return sendCommand(this, new UpdatePhoneNumberCommand(args), optionsOrCallback, callback);
  }

  /** Updates the phone number settings for the administrator's AWS account, such as the default outbound calling name. Sends a {@link UpdatePhoneNumberSettingsCommand}. */
  updatePhoneNumberSettings(
    args: UpdatePhoneNumberSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdatePhoneNumberSettingsCommandOutput>;
  updatePhoneNumberSettings(
    args: UpdatePhoneNumberSettingsCommandInput,
    callback: ChimeCallback<UpdatePhoneNumberSettingsCommandOutput>,
  ): void;
  updatePhoneNumberSettings(
    args: UpdatePhoneNumberSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdatePhoneNumberSettingsCommandOutput>,
  ): void;
  updatePhoneNumberSettings(
    args: UpdatePhoneNumberSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdatePhoneNumberSettingsCommandOutput>,
    callback?: ChimeCallback<UpdatePhoneNumberSettingsCommandOutput>,
  ): Promise<UpdatePhoneNumberSettingsCommandOutput> | void {
    return sendCommand(
      this,
      new UpdatePhoneNumberSettingsCommand(args),
      optionsOrCallback,
      callback,
    );
  }

  /** Updates room details, such as the room name, for a room in an Amazon Chime Enterprise account. Sends a {@link UpdateRoomCommand}. */
  updateRoom(
    args: UpdateRoomCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateRoomCommandOutput>;
  updateRoom(args: UpdateRoomCommandInput, callback: ChimeCallback<UpdateRoomCommandOutput>): void;
  updateRoom(
    args: UpdateRoomCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateRoomCommandOutput>,
  ): void;
  updateRoom(
    args: UpdateRoomCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateRoomCommandOutput>,
    callback?: ChimeCallback<UpdateRoomCommandOutput>,
  ): Promise<UpdateRoomCommandOutput> | void {
    return sendCommand(this, new UpdateRoomCommand(args), optionsOrCallback, callback);
  }

  /** Updates room membership details, such as the member role, for a room in an Amazon Chime Enterprise account. Sends a {@link UpdateRoomMembershipCommand}. */
  updateRoomMembership(
    args: UpdateRoomMembershipCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateRoomMembershipCommandOutput>;
  updateRoomMembership(
    args: UpdateRoomMembershipCommandInput,
    callback: ChimeCallback<UpdateRoomMembershipCommandOutput>,
  ): void;
  updateRoomMembership(
    args: UpdateRoomMembershipCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateRoomMembershipCommandOutput>,
  ): void;
  updateRoomMembership(
    args: UpdateRoomMembershipCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateRoomMembershipCommandOutput>,
    callback?: ChimeCallback<UpdateRoomMembershipCommandOutput>,
  ): Promise<UpdateRoomMembershipCommandOutput> | void {
    return sendCommand(this, new UpdateRoomMembershipCommand(args), optionsOrCallback, callback);
  }

  /** Updates user details for a specified user ID. Sends a {@link UpdateUserCommand}. */
  updateUser(
    args: UpdateUserCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateUserCommandOutput>;
  updateUser(args: UpdateUserCommandInput, callback: ChimeCallback<UpdateUserCommandOutput>): void;
  updateUser(
    args: UpdateUserCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateUserCommandOutput>,
  ): void;
  updateUser(
    args: UpdateUserCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateUserCommandOutput>,
    callback?: ChimeCallback<UpdateUserCommandOutput>,
  ): Promise<UpdateUserCommandOutput> | void {
    return sendCommand(this, new UpdateUserCommand(args), optionsOrCallback, callback);
  }

  /** Updates the settings for the specified user, such as phone number settings. Sends a {@link UpdateUserSettingsCommand}. */
  updateUserSettings(
    args: UpdateUserSettingsCommandInput,
    options?: ChimeRequestOptions,
  ): Promise<UpdateUserSettingsCommandOutput>;
  updateUserSettings(
    args: UpdateUserSettingsCommandInput,
    callback: ChimeCallback<UpdateUserSettingsCommandOutput>,
  ): void;
  updateUserSettings(
    args: UpdateUserSettingsCommandInput,
    options: ChimeRequestOptions,
    callback: ChimeCallback<UpdateUserSettingsCommandOutput>,
  ): void;
  updateUserSettings(
    args: UpdateUserSettingsCommandInput,
    optionsOrCallback?: ChimeRequestOptions | ChimeCallback<UpdateUserSettingsCommandOutput>,
    callback?: ChimeCallback<UpdateUserSettingsCommandOutput>,
  ): Promise<UpdateUserSettingsCommandOutput> | void {
    return sendCommand(this, new UpdateUserSettingsCommand(args), optionsOrCallback, callback);
  }
}
