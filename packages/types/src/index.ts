// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.

export { AccountStatus } from "./enums/AccountStatus.js";
export { AccountType } from "./enums/AccountType.js";
export { BotType } from "./enums/BotType.js";
export { CallingNameStatus } from "./enums/CallingNameStatus.js";
export { EmailStatus } from "./enums/EmailStatus.js";
export { ErrorCode } from "./enums/ErrorCode.js";
export { InviteStatus } from "./enums/InviteStatus.js";
export { License } from "./enums/License.js";
export { MemberType } from "./enums/MemberType.js";
export { OrderedPhoneNumberStatus } from "./enums/OrderedPhoneNumberStatus.js";
export { PhoneNumberAssociationName } from "./enums/PhoneNumberAssociationName.js";
export { PhoneNumberOrderStatus } from "./enums/PhoneNumberOrderStatus.js";
export { PhoneNumberProductType } from "./enums/PhoneNumberProductType.js";
export { PhoneNumberStatus } from "./enums/PhoneNumberStatus.js";
export { PhoneNumberType } from "./enums/PhoneNumberType.js";
export { RegistrationStatus } from "./enums/RegistrationStatus.js";
export { RoomMembershipRole } from "./enums/RoomMembershipRole.js";
export { UserType } from "./enums/UserType.js";
export type { AccessDeniedException } from "./errors/AccessDeniedException.js";
export type { BadRequestException } from "./errors/BadRequestException.js";
export type { ConflictException } from "./errors/ConflictException.js";
export type { ForbiddenException } from "./errors/ForbiddenException.js";
export type { NotFoundException } from "./errors/NotFoundException.js";
export type { ResourceLimitExceededException } from "./errors/ResourceLimitExceededException.js";
export type { ServiceFailureException } from "./errors/ServiceFailureException.js";
export type { ServiceUnavailableException } from "./errors/ServiceUnavailableException.js";
export type { ThrottledClientException } from "./errors/ThrottledClientException.js";
export type { UnauthorizedClientException } from "./errors/UnauthorizedClientException.js";
export type { UnprocessableEntityException } from "./errors/UnprocessableEntityException.js";
export type {
  AssociatePhoneNumberWithUserRequest,
  AssociatePhoneNumberWithUserResponse,
} from "./operations/AssociatePhoneNumberWithUser.js";
export type {
  AssociateSigninDelegateGroupsWithAccountRequest,
  AssociateSigninDelegateGroupsWithAccountResponse,
} from "./operations/AssociateSigninDelegateGroupsWithAccount.js";
export type {
  BatchCreateRoomMembershipRequest,
  BatchCreateRoomMembershipResponse,
} from "./operations/BatchCreateRoomMembership.js";
export type {
  BatchDeletePhoneNumberRequest,
  BatchDeletePhoneNumberResponse,
} from "./operations/BatchDeletePhoneNumber.js";
export type {
  BatchSuspendUserRequest,
  BatchSuspendUserResponse,
} from "./operations/BatchSuspendUser.js";
export type {
  BatchUnsuspendUserRequest,
  BatchUnsuspendUserResponse,
} from "./operations/BatchUnsuspendUser.js";
export type {
  BatchUpdatePhoneNumberRequest,
  BatchUpdatePhoneNumberResponse,
} from "./operations/BatchUpdatePhoneNumber.js";
export type {
  BatchUpdateUserRequest,
  BatchUpdateUserResponse,
} from "./operations/BatchUpdateUser.js";
export type { CreateAccountRequest, CreateAccountResponse } from "./operations/CreateAccount.js";
export type { CreateBotRequest, CreateBotResponse } from "./operations/CreateBot.js";
export type {
  CreateMeetingDialOutRequest,
  CreateMeetingDialOutResponse,
} from "./operations/CreateMeetingDialOut.js";
export type {
  CreatePhoneNumberOrderRequest,
  CreatePhoneNumberOrderResponse,
} from "./operations/CreatePhoneNumberOrder.js";
export type { CreateRoomRequest, CreateRoomResponse } from "./operations/CreateRoom.js";
export type {
  CreateRoomMembershipRequest,
  CreateRoomMembershipResponse,
} from "./operations/CreateRoomMembership.js";
export type { CreateUserRequest, CreateUserResponse } from "./operations/CreateUser.js";
export type { DeleteAccountRequest, DeleteAccountResponse } from "./operations/DeleteAccount.js";
export type {
  DeleteEventsConfigurationRequest,
  DeleteEventsConfigurationResponse,
} from "./operations/DeleteEventsConfiguration.js";
export type {
  DeletePhoneNumberRequest,
  DeletePhoneNumberResponse,
} from "./operations/DeletePhoneNumber.js";
export type { DeleteRoomRequest, DeleteRoomResponse } from "./operations/DeleteRoom.js";
export type {
  DeleteRoomMembershipRequest,
  DeleteRoomMembershipResponse,
} from "./operations/DeleteRoomMembership.js";
export type {
  DisassociatePhoneNumberFromUserRequest,
  DisassociatePhoneNumberFromUserResponse,
} from "./operations/DisassociatePhoneNumberFromUser.js";
export type {
  DisassociateSigninDelegateGroupsFromAccountRequest,
  DisassociateSigninDelegateGroupsFromAccountResponse,
} from "./operations/DisassociateSigninDelegateGroupsFromAccount.js";
export type { GetAccountRequest, GetAccountResponse } from "./operations/GetAccount.js";
export type {
  GetAccountSettingsRequest,
  GetAccountSettingsResponse,
} from "./operations/GetAccountSettings.js";
export type { GetBotRequest, GetBotResponse } from "./operations/GetBot.js";
export type {
  GetEventsConfigurationRequest,
  GetEventsConfigurationResponse,
} from "./operations/GetEventsConfiguration.js";
export type {
  GetGlobalSettingsRequest,
  GetGlobalSettingsResponse,
} from "./operations/GetGlobalSettings.js";
export type { GetPhoneNumberRequest, GetPhoneNumberResponse } from "./operations/GetPhoneNumber.js";
export type {
  GetPhoneNumberOrderRequest,
  GetPhoneNumberOrderResponse,
} from "./operations/GetPhoneNumberOrder.js";
export type {
  GetPhoneNumberSettingsRequest,
  GetPhoneNumberSettingsResponse,
} from "./operations/GetPhoneNumberSettings.js";
export type {
  GetRetentionSettingsRequest,
  GetRetentionSettingsResponse,
} from "./operations/GetRetentionSettings.js";
export type { GetRoomRequest, GetRoomResponse } from "./operations/GetRoom.js";
export type { GetUserRequest, GetUserResponse } from "./operations/GetUser.js";
export type {
  GetUserSettingsRequest,
  GetUserSettingsResponse,
} from "./operations/GetUserSettings.js";
export type { InviteUsersRequest, InviteUsersResponse } from "./operations/InviteUsers.js";
export type { ListAccountsRequest, ListAccountsResponse } from "./operations/ListAccounts.js";
export type { ListBotsRequest, ListBotsResponse } from "./operations/ListBots.js";
export type {
  ListPhoneNumberOrdersRequest,
  ListPhoneNumberOrdersResponse,
} from "./operations/ListPhoneNumberOrders.js";
export type {
  ListPhoneNumbersRequest,
  ListPhoneNumbersResponse,
} from "./operations/ListPhoneNumbers.js";
export type {
  ListRoomMembershipsRequest,
  ListRoomMembershipsResponse,
} from "./operations/ListRoomMemberships.js";
export type { ListRoomsRequest, ListRoomsResponse } from "./operations/ListRooms.js";
export type {
  ListSupportedPhoneNumberCountriesRequest,
  ListSupportedPhoneNumberCountriesResponse,
} from "./operations/ListSupportedPhoneNumberCountries.js";
export type { ListUsersRequest, ListUsersResponse } from "./operations/ListUsers.js";
export type { LogoutUserRequest, LogoutUserResponse } from "./operations/LogoutUser.js";
export type {
  PutEventsConfigurationRequest,
  PutEventsConfigurationResponse,
} from "./operations/PutEventsConfiguration.js";
export type {
  PutRetentionSettingsRequest,
  PutRetentionSettingsResponse,
} from "./operations/PutRetentionSettings.js";
export type {
  RedactConversationMessageRequest,
  RedactConversationMessageResponse,
} from "./operations/RedactConversationMessage.js";
export type {
  RedactRoomMessageRequest,
  RedactRoomMessageResponse,
} from "./operations/RedactRoomMessage.js";
export type {
  RegenerateSecurityTokenRequest,
  RegenerateSecurityTokenResponse,
} from "./operations/RegenerateSecurityToken.js";
export type {
  ResetPersonalPINRequest,
  ResetPersonalPINResponse,
} from "./operations/ResetPersonalPIN.js";
export type {
  RestorePhoneNumberRequest,
  RestorePhoneNumberResponse,
} from "./operations/RestorePhoneNumber.js";
export type {
  SearchAvailablePhoneNumbersRequest,
  SearchAvailablePhoneNumbersResponse,
} from "./operations/SearchAvailablePhoneNumbers.js";
export type { UpdateAccountRequest, UpdateAccountResponse } from "./operations/UpdateAccount.js";
export type {
  UpdateAccountSettingsRequest,
  UpdateAccountSettingsResponse,
} from "./operations/UpdateAccountSettings.js";
export type { UpdateBotRequest, UpdateBotResponse } from "./operations/UpdateBot.js";
export type {
  UpdateGlobalSettingsRequest,
  UpdateGlobalSettingsResponse,
} from "./operations/UpdateGlobalSettings.js";
export type {
  UpdatePhoneNumberRequest,
  UpdatePhoneNumberResponse,
} from "./operations/UpdatePhoneNumber.js";
export type {
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
} from "./operations/UpdatePhoneNumberSettings.js";
export type { UpdateRoomRequest, UpdateRoomResponse } from "./operations/UpdateRoom.js";
export type {
  UpdateRoomMembershipRequest,
  UpdateRoomMembershipResponse,
} from "./operations/UpdateRoomMembership.js";
export type { UpdateUserRequest, UpdateUserResponse } from "./operations/UpdateUser.js";
export type {
  UpdateUserSettingsRequest,
  UpdateUserSettingsResponse,
} from "./operations/UpdateUserSettings.js";
export type { Account } from "./structures/Account.js";
export type { AccountSettings } from "./structures/AccountSettings.js";
export type { AlexaForBusinessMetadata } from "./structures/AlexaForBusinessMetadata.js";
export type { Bot } from "./structures/Bot.js";
export type { BusinessCallingSettings } from "./structures/BusinessCallingSettings.js";
export type { ConversationRetentionSettings } from "./structures/ConversationRetentionSettings.js";
export type { EventsConfiguration } from "./structures/EventsConfiguration.js";
export type { Invite } from "./structures/Invite.js";
export type { Member } from "./structures/Member.js";
export type { MemberError } from "./structures/MemberError.js";
export type { MembershipItem } from "./structures/MembershipItem.js";
export type { OrderedPhoneNumber } from "./structures/OrderedPhoneNumber.js";
export type { PhoneNumber } from "./structures/PhoneNumber.js";
export type { PhoneNumberAssociation } from "./structures/PhoneNumberAssociation.js";
export type { PhoneNumberCapabilities } from "./structures/PhoneNumberCapabilities.js";
export type { PhoneNumberCountry } from "./structures/PhoneNumberCountry.js";
export type { PhoneNumberError } from "./structures/PhoneNumberError.js";
export type { PhoneNumberOrder } from "./structures/PhoneNumberOrder.js";
export type { RetentionSettings } from "./structures/RetentionSettings.js";
export type { Room } from "./structures/Room.js";
export type { RoomMembership } from "./structures/RoomMembership.js";
export type { RoomRetentionSettings } from "./structures/RoomRetentionSettings.js";
export type { SigninDelegateGroup } from "./structures/SigninDelegateGroup.js";
export type { TelephonySettings } from "./structures/TelephonySettings.js";
export type { UpdatePhoneNumberRequestItem } from "./structures/UpdatePhoneNumberRequestItem.js";
export type { UpdateUserRequestItem } from "./structures/UpdateUserRequestItem.js";
export type { User } from "./structures/User.js";
export type { UserError } from "./structures/UserError.js";
export type { UserSettings } from "./structures/UserSettings.js";
export type { VoiceConnectorSettings } from "./structures/VoiceConnectorSettings.js";
