// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
export { Command as $Command } from "#smithy/smithy-client";
export {
  type Account,
  type AccountSettings,
  AccountStatus,
  AccountType,
  type AlexaForBusinessMetadata,
  type AssociatePhoneNumberWithUserRequest,
  type AssociatePhoneNumberWithUserResponse,
  type AssociateSigninDelegateGroupsWithAccountRequest,
  type AssociateSigninDelegateGroupsWithAccountResponse,
  type BatchCreateRoomMembershipRequest,
  type BatchCreateRoomMembershipResponse,
  type BatchDeletePhoneNumberRequest,
  type BatchDeletePhoneNumberResponse,
  type BatchSuspendUserRequest,
  type BatchSuspendUserResponse,
  type BatchUnsuspendUserRequest,
  type BatchUnsuspendUserResponse,
  type BatchUpdatePhoneNumberRequest,
  type BatchUpdatePhoneNumberResponse,
  type BatchUpdateUserRequest,
  type BatchUpdateUserResponse,
  type Bot,
  BotType,
  type BusinessCallingSettings,
  CallingNameStatus,
  type ConversationRetentionSettings,
  type CreateAccountRequest,
  type CreateAccountResponse,
  type CreateBotRequest,
  type CreateBotResponse,
  type CreateMeetingDialOutRequest,
  type CreateMeetingDialOutResponse,
  type CreatePhoneNumberOrderRequest,
  type CreatePhoneNumberOrderResponse,
  type CreateRoomMembershipRequest,
  type CreateRoomMembershipResponse,
  type CreateRoomRequest,
  type CreateRoomResponse,
  type CreateUserRequest,
  type CreateUserResponse,
  type DeleteAccountRequest,
  type DeleteAccountResponse,
  type DeleteEventsConfigurationRequest,
  type DeleteEventsConfigurationResponse,
  type DeletePhoneNumberRequest,
  type DeletePhoneNumberResponse,
  type DeleteRoomMembershipRequest,
  type DeleteRoomMembershipResponse,
  type DeleteRoomRequest,
  type DeleteRoomResponse,
  type DisassociatePhoneNumberFromUserRequest,
  type DisassociatePhoneNumberFromUserResponse,
  type DisassociateSigninDelegateGroupsFromAccountRequest,
  type DisassociateSigninDelegateGroupsFromAccountResponse,
  EmailStatus,
  ErrorCode,
  type EventsConfiguration,
  type GetAccountRequest,
  type GetAccountResponse,
  type GetAccountSettingsRequest,
  type GetAccountSettingsResponse,
  type GetBotRequest,
  type GetBotResponse,
  type GetEventsConfigurationRequest,
  type GetEventsConfigurationResponse,
  type GetGlobalSettingsRequest,
  type GetGlobalSettingsResponse,
  type GetPhoneNumberOrderRequest,
  type GetPhoneNumberOrderResponse,
  type GetPhoneNumberRequest,
  type GetPhoneNumberResponse,
  type GetPhoneNumberSettingsRequest,
  type GetPhoneNumberSettingsResponse,
  type GetRetentionSettingsRequest,
  type GetRetentionSettingsResponse,
  type GetRoomRequest,
  type GetRoomResponse,
  type GetUserRequest,
  type GetUserResponse,
  type GetUserSettingsRequest,
  type GetUserSettingsResponse,
  type Invite,
  InviteStatus,
  type InviteUsersRequest,
  type InviteUsersResponse,
  License,
  type ListAccountsRequest,
  type ListAccountsResponse,
  type ListBotsRequest,
  type ListBotsResponse,
  type ListPhoneNumberOrdersRequest,
  type ListPhoneNumberOrdersResponse,
  type ListPhoneNumbersRequest,
  type ListPhoneNumbersResponse,
  type ListRoomMembershipsRequest,
  type ListRoomMembershipsResponse,
  type ListRoomsRequest,
  type ListRoomsResponse,
  type ListSupportedPhoneNumberCountriesRequest,
  type ListSupportedPhoneNumberCountriesResponse,
  type ListUsersRequest,
  type ListUsersResponse,
  type LogoutUserRequest,
  type LogoutUserResponse,
  type Member,
  type MemberError,
  MemberType,
  type MembershipItem,
  type OrderedPhoneNumber,
  OrderedPhoneNumberStatus,
  type PhoneNumber,
  type PhoneNumberAssociation,
  PhoneNumberAssociationName,
  type PhoneNumberCapabilities,
  type PhoneNumberCountry,
  type PhoneNumberError,
  type PhoneNumberOrder,
  PhoneNumberOrderStatus,
  PhoneNumberProductType,
  PhoneNumberStatus,
  PhoneNumberType,
  type PutEventsConfigurationRequest,
  type PutEventsConfigurationResponse,
  type PutRetentionSettingsRequest,
  type PutRetentionSettingsResponse,
  type RedactConversationMessageRequest,
  type RedactConversationMessageResponse,
  type RedactRoomMessageRequest,
  type RedactRoomMessageResponse,
  type RegenerateSecurityTokenRequest,
  type RegenerateSecurityTokenResponse,
  RegistrationStatus,
  type ResetPersonalPINRequest,
  type ResetPersonalPINResponse,
  type RestorePhoneNumberRequest,
  type RestorePhoneNumberResponse,
  type RetentionSettings,
  type Room,
  type RoomMembership,
  RoomMembershipRole,
  type RoomRetentionSettings,
  type SearchAvailablePhoneNumbersRequest,
  type SearchAvailablePhoneNumbersResponse,
  type SigninDelegateGroup,
  type TelephonySettings,
  type UpdateAccountRequest,
  type UpdateAccountResponse,
  type UpdateAccountSettingsRequest,
  type UpdateAccountSettingsResponse,
  type UpdateBotRequest,
  type UpdateBotResponse,
  type UpdateGlobalSettingsRequest,
  type UpdateGlobalSettingsResponse,
  type UpdatePhoneNumberRequest,
  type UpdatePhoneNumberRequestItem,
  type UpdatePhoneNumberResponse,
  type UpdatePhoneNumberSettingsRequest,
  type UpdatePhoneNumberSettingsResponse,
  type UpdateRoomMembershipRequest,
  type UpdateRoomMembershipResponse,
  type UpdateRoomRequest,
  type UpdateRoomResponse,
  type UpdateUserRequest,
  type UpdateUserRequestItem,
  type UpdateUserResponse,
  type UpdateUserSettingsRequest,
  type UpdateUserSettingsResponse,
  type User,
  type UserError,
  type UserSettings,
  UserType,
  type VoiceConnectorSettings,
} from "@chimekit/types";
export type { ChimeRequestOptions } from "../runtime/aggregated.js";
export type {
  ChimeClientConfig,
  ChimeClientConfigType,
  ChimeClientResolvedConfig,
  ChimeClientResolvedConfigType,
  ClientDefaults,
} from "../runtime/config.js";
export { ChimeServiceException, ChimeValidationError } from "../runtime/exceptions.js";
export type { ChimePaginationConfiguration } from "../runtime/paginate.js";
export { Chime } from "./Chime.js";
export { ChimeClient, type ServiceInputTypes, type ServiceOutputTypes } from "./ChimeClient.js";
export {
  AssociatePhoneNumberWithUserCommand,
  type AssociatePhoneNumberWithUserCommandInput,
  type AssociatePhoneNumberWithUserCommandOutput,
  type AssociatePhoneNumberWithUserErrors,
} from "./commands/AssociatePhoneNumberWithUserCommand.js";
export {
  AssociateSigninDelegateGroupsWithAccountCommand,
  type AssociateSigninDelegateGroupsWithAccountCommandInput,
  type AssociateSigninDelegateGroupsWithAccountCommandOutput,
  type AssociateSigninDelegateGroupsWithAccountErrors,
} from "./commands/AssociateSigninDelegateGroupsWithAccountCommand.js";
export {
  BatchCreateRoomMembershipCommand,
  type BatchCreateRoomMembershipCommandInput,
  type BatchCreateRoomMembershipCommandOutput,
  type BatchCreateRoomMembershipErrors,
} from "./commands/BatchCreateRoomMembershipCommand.js";
export {
  BatchDeletePhoneNumberCommand,
  type BatchDeletePhoneNumberCommandInput,
  type BatchDeletePhoneNumberCommandOutput,
  type BatchDeletePhoneNumberErrors,
} from "./commands/BatchDeletePhoneNumberCommand.js";
export {
  BatchSuspendUserCommand,
  type BatchSuspendUserCommandInput,
  type BatchSuspendUserCommandOutput,
  type BatchSuspendUserErrors,
} from "./commands/BatchSuspendUserCommand.js";
export {
  BatchUnsuspendUserCommand,
  type BatchUnsuspendUserCommandInput,
  type BatchUnsuspendUserCommandOutput,
  type BatchUnsuspendUserErrors,
} from "./commands/BatchUnsuspendUserCommand.js";
export {
  BatchUpdatePhoneNumberCommand,
  type BatchUpdatePhoneNumberCommandInput,
  type BatchUpdatePhoneNumberCommandOutput,
  type BatchUpdatePhoneNumberErrors,
} from "./commands/BatchUpdatePhoneNumberCommand.js";
export {
  BatchUpdateUserCommand,
  type BatchUpdateUserCommandInput,
  type BatchUpdateUserCommandOutput,
  type BatchUpdateUserErrors,
} from "./commands/BatchUpdateUserCommand.js";
export {
  CreateAccountCommand,
  type CreateAccountCommandInput,
  type CreateAccountCommandOutput,
  type CreateAccountErrors,
} from "./commands/CreateAccountCommand.js";
export {
  CreateBotCommand,
  type CreateBotCommandInput,
  type CreateBotCommandOutput,
  type CreateBotErrors,
} from "./commands/CreateBotCommand.js";
export {
  CreateMeetingDialOutCommand,
  type CreateMeetingDialOutCommandInput,
  type CreateMeetingDialOutCommandOutput,
  type CreateMeetingDialOutErrors,
} from "./commands/CreateMeetingDialOutCommand.js";
export {
  CreatePhoneNumberOrderCommand,
  type CreatePhoneNumberOrderCommandInput,
  type CreatePhoneNumberOrderCommandOutput,
  type CreatePhoneNumberOrderErrors,
} from "./commands/CreatePhoneNumberOrderCommand.js";
export {
  CreateRoomCommand,
  type CreateRoomCommandInput,
  type CreateRoomCommandOutput,
  type CreateRoomErrors,
} from "./commands/CreateRoomCommand.js";
export {
  CreateRoomMembershipCommand,
  type CreateRoomMembershipCommandInput,
  type CreateRoomMembershipCommandOutput,
  type CreateRoomMembershipErrors,
} from "./commands/CreateRoomMembershipCommand.js";
export {
  CreateUserCommand,
  type CreateUserCommandInput,
  type CreateUserCommandOutput,
  type CreateUserErrors,
} from "./commands/CreateUserCommand.js";
export {
  DeleteAccountCommand,
  type DeleteAccountCommandInput,
  type DeleteAccountCommandOutput,
  type DeleteAccountErrors,
} from "./commands/DeleteAccountCommand.js";
export {
  DeleteEventsConfigurationCommand,
  type DeleteEventsConfigurationCommandInput,
  type DeleteEventsConfigurationCommandOutput,
  type DeleteEventsConfigurationErrors,
} from "./commands/DeleteEventsConfigurationCommand.js";
export {
  DeletePhoneNumberCommand,
  type DeletePhoneNumberCommandInput,
  type DeletePhoneNumberCommandOutput,
  type DeletePhoneNumberErrors,
} from "./commands/DeletePhoneNumberCommand.js";
export {
  DeleteRoomCommand,
  type DeleteRoomCommandInput,
  type DeleteRoomCommandOutput,
  type DeleteRoomErrors,
} from "./commands/DeleteRoomCommand.js";
export {
  DeleteRoomMembershipCommand,
  type DeleteRoomMembershipCommandInput,
  type DeleteRoomMembershipCommandOutput,
  type DeleteRoomMembershipErrors,
} from "./commands/DeleteRoomMembershipCommand.js";
export {
  DisassociatePhoneNumberFromUserCommand,
  type DisassociatePhoneNumberFromUserCommandInput,
  type DisassociatePhoneNumberFromUserCommandOutput,
  type DisassociatePhoneNumberFromUserErrors,
} from "./commands/DisassociatePhoneNumberFromUserCommand.js";
export {
  DisassociateSigninDelegateGroupsFromAccountCommand,
  type DisassociateSigninDelegateGroupsFromAccountCommandInput,
  type DisassociateSigninDelegateGroupsFromAccountCommandOutput,
  type DisassociateSigninDelegateGroupsFromAccountErrors,
} from "./commands/DisassociateSigninDelegateGroupsFromAccountCommand.js";
export {
  GetAccountCommand,
  type GetAccountCommandInput,
  type GetAccountCommandOutput,
  type GetAccountErrors,
} from "./commands/GetAccountCommand.js";
export {
  GetAccountSettingsCommand,
  type GetAccountSettingsCommandInput,
  type GetAccountSettingsCommandOutput,
  type GetAccountSettingsErrors,
} from "./commands/GetAccountSettingsCommand.js";
export {
  GetBotCommand,
  type GetBotCommandInput,
  type GetBotCommandOutput,
  type GetBotErrors,
} from "./commands/GetBotCommand.js";
export {
  GetEventsConfigurationCommand,
  type GetEventsConfigurationCommandInput,
  type GetEventsConfigurationCommandOutput,
  type GetEventsConfigurationErrors,
} from "./commands/GetEventsConfigurationCommand.js";
export {
  GetGlobalSettingsCommand,
  type GetGlobalSettingsCommandInput,
  type GetGlobalSettingsCommandOutput,
  type GetGlobalSettingsErrors,
} from "./commands/GetGlobalSettingsCommand.js";
export {
  GetPhoneNumberCommand,
  type GetPhoneNumberCommandInput,
  type GetPhoneNumberCommandOutput,
  type GetPhoneNumberErrors,
} from "./commands/GetPhoneNumberCommand.js";
export {
  GetPhoneNumberOrderCommand,
  type GetPhoneNumberOrderCommandInput,
  type GetPhoneNumberOrderCommandOutput,
  type GetPhoneNumberOrderErrors,
} from "./commands/GetPhoneNumberOrderCommand.js";
export {
  GetPhoneNumberSettingsCommand,
  type GetPhoneNumberSettingsCommandInput,
  type GetPhoneNumberSettingsCommandOutput,
  type GetPhoneNumberSettingsErrors,
} from "./commands/GetPhoneNumberSettingsCommand.js";
export {
  GetRetentionSettingsCommand,
  type GetRetentionSettingsCommandInput,
  type GetRetentionSettingsCommandOutput,
  type GetRetentionSettingsErrors,
} from "./commands/GetRetentionSettingsCommand.js";
export {
  GetRoomCommand,
  type GetRoomCommandInput,
  type GetRoomCommandOutput,
  type GetRoomErrors,
} from "./commands/GetRoomCommand.js";
export {
  GetUserCommand,
  type GetUserCommandInput,
  type GetUserCommandOutput,
  type GetUserErrors,
} from "./commands/GetUserCommand.js";
export {
  GetUserSettingsCommand,
  type GetUserSettingsCommandInput,
  type GetUserSettingsCommandOutput,
  type GetUserSettingsErrors,
} from "./commands/GetUserSettingsCommand.js";
export {
  InviteUsersCommand,
  type InviteUsersCommandInput,
  type InviteUsersCommandOutput,
  type InviteUsersErrors,
} from "./commands/InviteUsersCommand.js";
export {
  ListAccountsCommand,
  type ListAccountsCommandInput,
  type ListAccountsCommandOutput,
  type ListAccountsErrors,
} from "./commands/ListAccountsCommand.js";
export {
  ListBotsCommand,
  type ListBotsCommandInput,
  type ListBotsCommandOutput,
  type ListBotsErrors,
} from "./commands/ListBotsCommand.js";
export {
  ListPhoneNumberOrdersCommand,
  type ListPhoneNumberOrdersCommandInput,
  type ListPhoneNumberOrdersCommandOutput,
  type ListPhoneNumberOrdersErrors,
} from "./commands/ListPhoneNumberOrdersCommand.js";
export {
  ListPhoneNumbersCommand,
  type ListPhoneNumbersCommandInput,
  type ListPhoneNumbersCommandOutput,
  type ListPhoneNumbersErrors,
} from "./commands/ListPhoneNumbersCommand.js";
export {
  ListRoomMembershipsCommand,
  type ListRoomMembershipsCommandInput,
  type ListRoomMembershipsCommandOutput,
  type ListRoomMembershipsErrors,
} from "./commands/ListRoomMembershipsCommand.js";
export {
  ListRoomsCommand,
  type ListRoomsCommandInput,
  type ListRoomsCommandOutput,
  type ListRoomsErrors,
} from "./commands/ListRoomsCommand.js";
export {
  ListSupportedPhoneNumberCountriesCommand,
  type ListSupportedPhoneNumberCountriesCommandInput,
  type ListSupportedPhoneNumberCountriesCommandOutput,
  type ListSupportedPhoneNumberCountriesErrors,
} from "./commands/ListSupportedPhoneNumberCountriesCommand.js";
export {
  ListUsersCommand,
  type ListUsersCommandInput,
  type ListUsersCommandOutput,
  type ListUsersErrors,
} from "./commands/ListUsersCommand.js";
export {
  LogoutUserCommand,
  type LogoutUserCommandInput,
  type LogoutUserCommandOutput,
  type LogoutUserErrors,
} from "./commands/LogoutUserCommand.js";
export {
  PutEventsConfigurationCommand,
  type PutEventsConfigurationCommandInput,
  type PutEventsConfigurationCommandOutput,
  type PutEventsConfigurationErrors,
} from "./commands/PutEventsConfigurationCommand.js";
export {
  PutRetentionSettingsCommand,
  type PutRetentionSettingsCommandInput,
  type PutRetentionSettingsCommandOutput,
  type PutRetentionSettingsErrors,
} from "./commands/PutRetentionSettingsCommand.js";
export {
  RedactConversationMessageCommand,
  type RedactConversationMessageCommandInput,
  type RedactConversationMessageCommandOutput,
  type RedactConversationMessageErrors,
} from "./commands/RedactConversationMessageCommand.js";
export {
  RedactRoomMessageCommand,
  type RedactRoomMessageCommandInput,
  type RedactRoomMessageCommandOutput,
  type RedactRoomMessageErrors,
} from "./commands/RedactRoomMessageCommand.js";
export {
  RegenerateSecurityTokenCommand,
  type RegenerateSecurityTokenCommandInput,
  type RegenerateSecurityTokenCommandOutput,
  type RegenerateSecurityTokenErrors,
} from "./commands/RegenerateSecurityTokenCommand.js";
export {
  ResetPersonalPINCommand,
  type ResetPersonalPINCommandInput,
  type ResetPersonalPINCommandOutput,
  type ResetPersonalPINErrors,
} from "./commands/ResetPersonalPINCommand.js";
export {
  RestorePhoneNumberCommand,
  type RestorePhoneNumberCommandInput,
  type RestorePhoneNumberCommandOutput,
  type RestorePhoneNumberErrors,
} from "./commands/RestorePhoneNumberCommand.js";
export {
  SearchAvailablePhoneNumbersCommand,
  type SearchAvailablePhoneNumbersCommandInput,
  type SearchAvailablePhoneNumbersCommandOutput,
  type SearchAvailablePhoneNumbersErrors,
} from "./commands/SearchAvailablePhoneNumbersCommand.js";
export {
  UpdateAccountCommand,
  type UpdateAccountCommandInput,
  type UpdateAccountCommandOutput,
  type UpdateAccountErrors,
} from "./commands/UpdateAccountCommand.js";
export {
  UpdateAccountSettingsCommand,
  type UpdateAccountSettingsCommandInput,
  type UpdateAccountSettingsCommandOutput,
  type UpdateAccountSettingsErrors,
} from "./commands/UpdateAccountSettingsCommand.js";
export {
  UpdateBotCommand,
  type UpdateBotCommandInput,
  type UpdateBotCommandOutput,
  type UpdateBotErrors,
} from "./commands/UpdateBotCommand.js";
export {
  UpdateGlobalSettingsCommand,
  type UpdateGlobalSettingsCommandInput,
  type UpdateGlobalSettingsCommandOutput,
  type UpdateGlobalSettingsErrors,
} from "./commands/UpdateGlobalSettingsCommand.js";
export {
  UpdatePhoneNumberCommand,
  type UpdatePhoneNumberCommandInput,
  type UpdatePhoneNumberCommandOutput,
  type UpdatePhoneNumberErrors,
} from "./commands/UpdatePhoneNumberCommand.js";
export {
  UpdatePhoneNumberSettingsCommand,
  type UpdatePhoneNumberSettingsCommandInput,
  type UpdatePhoneNumberSettingsCommandOutput,
  type UpdatePhoneNumberSettingsErrors,
} from "./commands/UpdatePhoneNumberSettingsCommand.js";
export {
  UpdateRoomCommand,
  type UpdateRoomCommandInput,
  type UpdateRoomCommandOutput,
  type UpdateRoomErrors,
} from "./commands/UpdateRoomCommand.js";
export {
  UpdateRoomMembershipCommand,
  type UpdateRoomMembershipCommandInput,
  type UpdateRoomMembershipCommandOutput,
  type UpdateRoomMembershipErrors,
} from "./commands/UpdateRoomMembershipCommand.js";
export {
  UpdateUserCommand,
  type UpdateUserCommandInput,
  type UpdateUserCommandOutput,
  type UpdateUserErrors,
} from "./commands/UpdateUserCommand.js";
export {
  UpdateUserSettingsCommand,
  type UpdateUserSettingsCommandInput,
  type UpdateUserSettingsCommandOutput,
  type UpdateUserSettingsErrors,
} from "./commands/UpdateUserSettingsCommand.js";
export {
  AccessDeniedException,
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  ResourceLimitExceededException,
  ServiceFailureException,
  ServiceUnavailableException,
  ThrottledClientException,
  UnauthorizedClientException,
  UnprocessableEntityException,
} from "./models/errors.js";
export { listAccountsItems, paginateListAccounts } from "./pagination/ListAccountsPaginator.js";
export { listBotsItems, paginateListBots } from "./pagination/ListBotsPaginator.js";
export {
  listPhoneNumberOrdersItems,
  paginateListPhoneNumberOrders,
} from "./pagination/ListPhoneNumberOrdersPaginator.js";
export {
  listPhoneNumbersItems,
  paginateListPhoneNumbers,
} from "./pagination/ListPhoneNumbersPaginator.js";
export {
  listRoomMembershipsItems,
  paginateListRoomMemberships,
} from "./pagination/ListRoomMembershipsPaginator.js";
export { listRoomsItems, paginateListRooms } from "./pagination/ListRoomsPaginator.js";
export { listUsersItems, paginateListUsers } from "./pagination/ListUsersPaginator.js";
export {
  paginateSearchAvailablePhoneNumbers,
  searchAvailablePhoneNumbersItems,
} from "./pagination/SearchAvailablePhoneNumbersPaginator.js";
