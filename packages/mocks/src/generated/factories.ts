// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  AccessDeniedException,
  Account,
  AccountSettings,
  AlexaForBusinessMetadata,
  AssociatePhoneNumberWithUserRequest,
  AssociatePhoneNumberWithUserResponse,
  AssociateSigninDelegateGroupsWithAccountRequest,
  AssociateSigninDelegateGroupsWithAccountResponse,
  BadRequestException,
  BatchCreateRoomMembershipRequest,
  BatchCreateRoomMembershipResponse,
  BatchDeletePhoneNumberRequest,
  BatchDeletePhoneNumberResponse,
  BatchSuspendUserRequest,
  BatchSuspendUserResponse,
  BatchUnsuspendUserRequest,
  BatchUnsuspendUserResponse,
  BatchUpdatePhoneNumberRequest,
  BatchUpdatePhoneNumberResponse,
  BatchUpdateUserRequest,
  BatchUpdateUserResponse,
  Bot,
  BusinessCallingSettings,
  ConflictException,
  ConversationRetentionSettings,
  CreateAccountRequest,
  CreateAccountResponse,
  CreateBotRequest,
  CreateBotResponse,
  CreateMeetingDialOutRequest,
  CreateMeetingDialOutResponse,
  CreatePhoneNumberOrderRequest,
  CreatePhoneNumberOrderResponse,
  CreateRoomMembershipRequest,
  CreateRoomMembershipResponse,
  CreateRoomRequest,
  CreateRoomResponse,
  CreateUserRequest,
  CreateUserResponse,
  DeleteAccountRequest,
  DeleteAccountResponse,
  DeleteEventsConfigurationRequest,
  DeleteEventsConfigurationResponse,
  DeletePhoneNumberRequest,
  DeletePhoneNumberResponse,
  DeleteRoomMembershipRequest,
  DeleteRoomMembershipResponse,
  DeleteRoomRequest,
  DeleteRoomResponse,
  DisassociatePhoneNumberFromUserRequest,
  DisassociatePhoneNumberFromUserResponse,
  DisassociateSigninDelegateGroupsFromAccountRequest,
  DisassociateSigninDelegateGroupsFromAccountResponse,
  EventsConfiguration,
  ForbiddenException,
  GetAccountRequest,
  GetAccountResponse,
  GetAccountSettingsRequest,
  GetAccountSettingsResponse,
  GetBotRequest,
  GetBotResponse,
  GetEventsConfigurationRequest,
  GetEventsConfigurationResponse,
  GetGlobalSettingsRequest,
  GetGlobalSettingsResponse,
  GetPhoneNumberOrderRequest,
  GetPhoneNumberOrderResponse,
  GetPhoneNumberRequest,
  GetPhoneNumberResponse,
  GetPhoneNumberSettingsRequest,
  GetPhoneNumberSettingsResponse,
  GetRetentionSettingsRequest,
  GetRetentionSettingsResponse,
  GetRoomRequest,
  GetRoomResponse,
  GetUserRequest,
  GetUserResponse,
  GetUserSettingsRequest,
  GetUserSettingsResponse,
  Invite,
  InviteUsersRequest,
  InviteUsersResponse,
  ListAccountsRequest,
  ListAccountsResponse,
  ListBotsRequest,
  ListBotsResponse,
  ListPhoneNumberOrdersRequest,
  ListPhoneNumberOrdersResponse,
  ListPhoneNumbersRequest,
  ListPhoneNumbersResponse,
  ListRoomMembershipsRequest,
  ListRoomMembershipsResponse,
  ListRoomsRequest,
  ListRoomsResponse,
  ListSupportedPhoneNumberCountriesRequest,
  ListSupportedPhoneNumberCountriesResponse,
  ListUsersRequest,
  ListUsersResponse,
  LogoutUserRequest,
  LogoutUserResponse,
  Member,
  MemberError,
  MembershipItem,
  NotFoundException,
  OrderedPhoneNumber,
  PhoneNumber,
  PhoneNumberAssociation,
  PhoneNumberCapabilities,
  PhoneNumberCountry,
  PhoneNumberError,
  PhoneNumberOrder,
  PutEventsConfigurationRequest,
  PutEventsConfigurationResponse,
  PutRetentionSettingsRequest,
  PutRetentionSettingsResponse,
  RedactConversationMessageRequest,
  RedactConversationMessageResponse,
  RedactRoomMessageRequest,
  RedactRoomMessageResponse,
  RegenerateSecurityTokenRequest,
  RegenerateSecurityTokenResponse,
  ResetPersonalPINRequest,
  ResetPersonalPINResponse,
  ResourceLimitExceededException,
  RestorePhoneNumberRequest,
  RestorePhoneNumberResponse,
  RetentionSettings,
  Room,
  RoomMembership,
  RoomRetentionSettings,
  SearchAvailablePhoneNumbersRequest,
  SearchAvailablePhoneNumbersResponse,
  ServiceFailureException,
  ServiceUnavailableException,
  SigninDelegateGroup,
  TelephonySettings,
  ThrottledClientException,
  UnauthorizedClientException,
  UnprocessableEntityException,
  UpdateAccountRequest,
  UpdateAccountResponse,
  UpdateAccountSettingsRequest,
  UpdateAccountSettingsResponse,
  UpdateBotRequest,
  UpdateBotResponse,
  UpdateGlobalSettingsRequest,
  UpdateGlobalSettingsResponse,
  UpdatePhoneNumberRequest,
  UpdatePhoneNumberRequestItem,
  UpdatePhoneNumberResponse,
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
  UpdateRoomMembershipRequest,
  UpdateRoomMembershipResponse,
  UpdateRoomRequest,
  UpdateRoomResponse,
  UpdateUserRequest,
  UpdateUserRequestItem,
  UpdateUserResponse,
  UpdateUserSettingsRequest,
  UpdateUserSettingsResponse,
  User,
  UserError,
  UserSettings,
  VoiceConnectorSettings,
} from "@chimekit/types";
import { type FakeOptions, fakeStructure } from "../fake/fake-structure.js";

/** Fixture factories, one per structure: valid against every constraint of the model, the same data for the same seed, any member overridable (`fake.user({ LicenseType: "Basic" })`). */
export const fake = {
  accessDeniedException: (
    overrides?: Partial<AccessDeniedException>,
    options?: FakeOptions,
  ): AccessDeniedException =>
    fakeStructure<AccessDeniedException>("AccessDeniedException", overrides, options),
  account: (overrides?: Partial<Account>, options?: FakeOptions): Account =>
    fakeStructure<Account>("Account", overrides, options),
  accountSettings: (overrides?: Partial<AccountSettings>, options?: FakeOptions): AccountSettings =>
    fakeStructure<AccountSettings>("AccountSettings", overrides, options),
  alexaForBusinessMetadata: (
    overrides?: Partial<AlexaForBusinessMetadata>,
    options?: FakeOptions,
  ): AlexaForBusinessMetadata =>
    fakeStructure<AlexaForBusinessMetadata>("AlexaForBusinessMetadata", overrides, options),
  associatePhoneNumberWithUserRequest: (
    overrides?: Partial<AssociatePhoneNumberWithUserRequest>,
    options?: FakeOptions,
  ): AssociatePhoneNumberWithUserRequest =>
    fakeStructure<AssociatePhoneNumberWithUserRequest>(
      "AssociatePhoneNumberWithUserRequest",
      overrides,
      options,
    ),
  associatePhoneNumberWithUserResponse: (
    overrides?: Partial<AssociatePhoneNumberWithUserResponse>,
    options?: FakeOptions,
  ): AssociatePhoneNumberWithUserResponse =>
    fakeStructure<AssociatePhoneNumberWithUserResponse>(
      "AssociatePhoneNumberWithUserResponse",
      overrides,
      options,
    ),
  associateSigninDelegateGroupsWithAccountRequest: (
    overrides?: Partial<AssociateSigninDelegateGroupsWithAccountRequest>,
    options?: FakeOptions,
  ): AssociateSigninDelegateGroupsWithAccountRequest =>
    fakeStructure<AssociateSigninDelegateGroupsWithAccountRequest>(
      "AssociateSigninDelegateGroupsWithAccountRequest",
      overrides,
      options,
    ),
  associateSigninDelegateGroupsWithAccountResponse: (
    overrides?: Partial<AssociateSigninDelegateGroupsWithAccountResponse>,
    options?: FakeOptions,
  ): AssociateSigninDelegateGroupsWithAccountResponse =>
    fakeStructure<AssociateSigninDelegateGroupsWithAccountResponse>(
      "AssociateSigninDelegateGroupsWithAccountResponse",
      overrides,
      options,
    ),
  badRequestException: (
    overrides?: Partial<BadRequestException>,
    options?: FakeOptions,
  ): BadRequestException =>
    fakeStructure<BadRequestException>("BadRequestException", overrides, options),
  batchCreateRoomMembershipRequest: (
    overrides?: Partial<BatchCreateRoomMembershipRequest>,
    options?: FakeOptions,
  ): BatchCreateRoomMembershipRequest =>
    fakeStructure<BatchCreateRoomMembershipRequest>(
      "BatchCreateRoomMembershipRequest",
      overrides,
      options,
    ),
  batchCreateRoomMembershipResponse: (
    overrides?: Partial<BatchCreateRoomMembershipResponse>,
    options?: FakeOptions,
  ): BatchCreateRoomMembershipResponse =>
    fakeStructure<BatchCreateRoomMembershipResponse>(
      "BatchCreateRoomMembershipResponse",
      overrides,
      options,
    ),
  batchDeletePhoneNumberRequest: (
    overrides?: Partial<BatchDeletePhoneNumberRequest>,
    options?: FakeOptions,
  ): BatchDeletePhoneNumberRequest =>
    fakeStructure<BatchDeletePhoneNumberRequest>(
      "BatchDeletePhoneNumberRequest",
      overrides,
      options,
    ),
  batchDeletePhoneNumberResponse: (
    overrides?: Partial<BatchDeletePhoneNumberResponse>,
    options?: FakeOptions,
  ): BatchDeletePhoneNumberResponse =>
    fakeStructure<BatchDeletePhoneNumberResponse>(
      "BatchDeletePhoneNumberResponse",
      overrides,
      options,
    ),
  batchSuspendUserRequest: (
    overrides?: Partial<BatchSuspendUserRequest>,
    options?: FakeOptions,
  ): BatchSuspendUserRequest =>
    fakeStructure<BatchSuspendUserRequest>("BatchSuspendUserRequest", overrides, options),
  batchSuspendUserResponse: (
    overrides?: Partial<BatchSuspendUserResponse>,
    options?: FakeOptions,
  ): BatchSuspendUserResponse =>
    fakeStructure<BatchSuspendUserResponse>("BatchSuspendUserResponse", overrides, options),
  batchUnsuspendUserRequest: (
    overrides?: Partial<BatchUnsuspendUserRequest>,
    options?: FakeOptions,
  ): BatchUnsuspendUserRequest =>
    fakeStructure<BatchUnsuspendUserRequest>("BatchUnsuspendUserRequest", overrides, options),
  batchUnsuspendUserResponse: (
    overrides?: Partial<BatchUnsuspendUserResponse>,
    options?: FakeOptions,
  ): BatchUnsuspendUserResponse =>
    fakeStructure<BatchUnsuspendUserResponse>("BatchUnsuspendUserResponse", overrides, options),
  batchUpdatePhoneNumberRequest: (
    overrides?: Partial<BatchUpdatePhoneNumberRequest>,
    options?: FakeOptions,
  ): BatchUpdatePhoneNumberRequest =>
    fakeStructure<BatchUpdatePhoneNumberRequest>(
      "BatchUpdatePhoneNumberRequest",
      overrides,
      options,
    ),
  batchUpdatePhoneNumberResponse: (
    overrides?: Partial<BatchUpdatePhoneNumberResponse>,
    options?: FakeOptions,
  ): BatchUpdatePhoneNumberResponse =>
    fakeStructure<BatchUpdatePhoneNumberResponse>(
      "BatchUpdatePhoneNumberResponse",
      overrides,
      options,
    ),
  batchUpdateUserRequest: (
    overrides?: Partial<BatchUpdateUserRequest>,
    options?: FakeOptions,
  ): BatchUpdateUserRequest =>
    fakeStructure<BatchUpdateUserRequest>("BatchUpdateUserRequest", overrides, options),
  batchUpdateUserResponse: (
    overrides?: Partial<BatchUpdateUserResponse>,
    options?: FakeOptions,
  ): BatchUpdateUserResponse =>
    fakeStructure<BatchUpdateUserResponse>("BatchUpdateUserResponse", overrides, options),
  bot: (overrides?: Partial<Bot>, options?: FakeOptions): Bot =>
    fakeStructure<Bot>("Bot", overrides, options),
  businessCallingSettings: (
    overrides?: Partial<BusinessCallingSettings>,
    options?: FakeOptions,
  ): BusinessCallingSettings =>
    fakeStructure<BusinessCallingSettings>("BusinessCallingSettings", overrides, options),
  conflictException: (
    overrides?: Partial<ConflictException>,
    options?: FakeOptions,
  ): ConflictException => fakeStructure<ConflictException>("ConflictException", overrides, options),
  conversationRetentionSettings: (
    overrides?: Partial<ConversationRetentionSettings>,
    options?: FakeOptions,
  ): ConversationRetentionSettings =>
    fakeStructure<ConversationRetentionSettings>(
      "ConversationRetentionSettings",
      overrides,
      options,
    ),
  createAccountRequest: (
    overrides?: Partial<CreateAccountRequest>,
    options?: FakeOptions,
  ): CreateAccountRequest =>
    fakeStructure<CreateAccountRequest>("CreateAccountRequest", overrides, options),
  createAccountResponse: (
    overrides?: Partial<CreateAccountResponse>,
    options?: FakeOptions,
  ): CreateAccountResponse =>
    fakeStructure<CreateAccountResponse>("CreateAccountResponse", overrides, options),
  createBotRequest: (
    overrides?: Partial<CreateBotRequest>,
    options?: FakeOptions,
  ): CreateBotRequest => fakeStructure<CreateBotRequest>("CreateBotRequest", overrides, options),
  createBotResponse: (
    overrides?: Partial<CreateBotResponse>,
    options?: FakeOptions,
  ): CreateBotResponse => fakeStructure<CreateBotResponse>("CreateBotResponse", overrides, options),
  createMeetingDialOutRequest: (
    overrides?: Partial<CreateMeetingDialOutRequest>,
    options?: FakeOptions,
  ): CreateMeetingDialOutRequest =>
    fakeStructure<CreateMeetingDialOutRequest>("CreateMeetingDialOutRequest", overrides, options),
  createMeetingDialOutResponse: (
    overrides?: Partial<CreateMeetingDialOutResponse>,
    options?: FakeOptions,
  ): CreateMeetingDialOutResponse =>
    fakeStructure<CreateMeetingDialOutResponse>("CreateMeetingDialOutResponse", overrides, options),
  createPhoneNumberOrderRequest: (
    overrides?: Partial<CreatePhoneNumberOrderRequest>,
    options?: FakeOptions,
  ): CreatePhoneNumberOrderRequest =>
    fakeStructure<CreatePhoneNumberOrderRequest>(
      "CreatePhoneNumberOrderRequest",
      overrides,
      options,
    ),
  createPhoneNumberOrderResponse: (
    overrides?: Partial<CreatePhoneNumberOrderResponse>,
    options?: FakeOptions,
  ): CreatePhoneNumberOrderResponse =>
    fakeStructure<CreatePhoneNumberOrderResponse>(
      "CreatePhoneNumberOrderResponse",
      overrides,
      options,
    ),
  createRoomMembershipRequest: (
    overrides?: Partial<CreateRoomMembershipRequest>,
    options?: FakeOptions,
  ): CreateRoomMembershipRequest =>
    fakeStructure<CreateRoomMembershipRequest>("CreateRoomMembershipRequest", overrides, options),
  createRoomMembershipResponse: (
    overrides?: Partial<CreateRoomMembershipResponse>,
    options?: FakeOptions,
  ): CreateRoomMembershipResponse =>
    fakeStructure<CreateRoomMembershipResponse>("CreateRoomMembershipResponse", overrides, options),
  createRoomRequest: (
    overrides?: Partial<CreateRoomRequest>,
    options?: FakeOptions,
  ): CreateRoomRequest => fakeStructure<CreateRoomRequest>("CreateRoomRequest", overrides, options),
  createRoomResponse: (
    overrides?: Partial<CreateRoomResponse>,
    options?: FakeOptions,
  ): CreateRoomResponse =>
    fakeStructure<CreateRoomResponse>("CreateRoomResponse", overrides, options),
  createUserRequest: (
    overrides?: Partial<CreateUserRequest>,
    options?: FakeOptions,
  ): CreateUserRequest => fakeStructure<CreateUserRequest>("CreateUserRequest", overrides, options),
  createUserResponse: (
    overrides?: Partial<CreateUserResponse>,
    options?: FakeOptions,
  ): CreateUserResponse =>
    fakeStructure<CreateUserResponse>("CreateUserResponse", overrides, options),
  deleteAccountRequest: (
    overrides?: Partial<DeleteAccountRequest>,
    options?: FakeOptions,
  ): DeleteAccountRequest =>
    fakeStructure<DeleteAccountRequest>("DeleteAccountRequest", overrides, options),
  deleteAccountResponse: (
    overrides?: Partial<DeleteAccountResponse>,
    options?: FakeOptions,
  ): DeleteAccountResponse =>
    fakeStructure<DeleteAccountResponse>("DeleteAccountResponse", overrides, options),
  deleteEventsConfigurationRequest: (
    overrides?: Partial<DeleteEventsConfigurationRequest>,
    options?: FakeOptions,
  ): DeleteEventsConfigurationRequest =>
    fakeStructure<DeleteEventsConfigurationRequest>(
      "DeleteEventsConfigurationRequest",
      overrides,
      options,
    ),
  deleteEventsConfigurationResponse: (
    overrides?: Partial<DeleteEventsConfigurationResponse>,
    options?: FakeOptions,
  ): DeleteEventsConfigurationResponse =>
    fakeStructure<DeleteEventsConfigurationResponse>(
      "DeleteEventsConfigurationResponse",
      overrides,
      options,
    ),
  deletePhoneNumberRequest: (
    overrides?: Partial<DeletePhoneNumberRequest>,
    options?: FakeOptions,
  ): DeletePhoneNumberRequest =>
    fakeStructure<DeletePhoneNumberRequest>("DeletePhoneNumberRequest", overrides, options),
  deletePhoneNumberResponse: (
    overrides?: Partial<DeletePhoneNumberResponse>,
    options?: FakeOptions,
  ): DeletePhoneNumberResponse =>
    fakeStructure<DeletePhoneNumberResponse>("DeletePhoneNumberResponse", overrides, options),
  deleteRoomMembershipRequest: (
    overrides?: Partial<DeleteRoomMembershipRequest>,
    options?: FakeOptions,
  ): DeleteRoomMembershipRequest =>
    fakeStructure<DeleteRoomMembershipRequest>("DeleteRoomMembershipRequest", overrides, options),
  deleteRoomMembershipResponse: (
    overrides?: Partial<DeleteRoomMembershipResponse>,
    options?: FakeOptions,
  ): DeleteRoomMembershipResponse =>
    fakeStructure<DeleteRoomMembershipResponse>("DeleteRoomMembershipResponse", overrides, options),
  deleteRoomRequest: (
    overrides?: Partial<DeleteRoomRequest>,
    options?: FakeOptions,
  ): DeleteRoomRequest => fakeStructure<DeleteRoomRequest>("DeleteRoomRequest", overrides, options),
  deleteRoomResponse: (
    overrides?: Partial<DeleteRoomResponse>,
    options?: FakeOptions,
  ): DeleteRoomResponse =>
    fakeStructure<DeleteRoomResponse>("DeleteRoomResponse", overrides, options),
  disassociatePhoneNumberFromUserRequest: (
    overrides?: Partial<DisassociatePhoneNumberFromUserRequest>,
    options?: FakeOptions,
  ): DisassociatePhoneNumberFromUserRequest =>
    fakeStructure<DisassociatePhoneNumberFromUserRequest>(
      "DisassociatePhoneNumberFromUserRequest",
      overrides,
      options,
    ),
  disassociatePhoneNumberFromUserResponse: (
    overrides?: Partial<DisassociatePhoneNumberFromUserResponse>,
    options?: FakeOptions,
  ): DisassociatePhoneNumberFromUserResponse =>
    fakeStructure<DisassociatePhoneNumberFromUserResponse>(
      "DisassociatePhoneNumberFromUserResponse",
      overrides,
      options,
    ),
  disassociateSigninDelegateGroupsFromAccountRequest: (
    overrides?: Partial<DisassociateSigninDelegateGroupsFromAccountRequest>,
    options?: FakeOptions,
  ): DisassociateSigninDelegateGroupsFromAccountRequest =>
    fakeStructure<DisassociateSigninDelegateGroupsFromAccountRequest>(
      "DisassociateSigninDelegateGroupsFromAccountRequest",
      overrides,
      options,
    ),
  disassociateSigninDelegateGroupsFromAccountResponse: (
    overrides?: Partial<DisassociateSigninDelegateGroupsFromAccountResponse>,
    options?: FakeOptions,
  ): DisassociateSigninDelegateGroupsFromAccountResponse =>
    fakeStructure<DisassociateSigninDelegateGroupsFromAccountResponse>(
      "DisassociateSigninDelegateGroupsFromAccountResponse",
      overrides,
      options,
    ),
  eventsConfiguration: (
    overrides?: Partial<EventsConfiguration>,
    options?: FakeOptions,
  ): EventsConfiguration =>
    fakeStructure<EventsConfiguration>("EventsConfiguration", overrides, options),
  forbiddenException: (
    overrides?: Partial<ForbiddenException>,
    options?: FakeOptions,
  ): ForbiddenException =>
    fakeStructure<ForbiddenException>("ForbiddenException", overrides, options),
  getAccountRequest: (
    overrides?: Partial<GetAccountRequest>,
    options?: FakeOptions,
  ): GetAccountRequest => fakeStructure<GetAccountRequest>("GetAccountRequest", overrides, options),
  getAccountResponse: (
    overrides?: Partial<GetAccountResponse>,
    options?: FakeOptions,
  ): GetAccountResponse =>
    fakeStructure<GetAccountResponse>("GetAccountResponse", overrides, options),
  getAccountSettingsRequest: (
    overrides?: Partial<GetAccountSettingsRequest>,
    options?: FakeOptions,
  ): GetAccountSettingsRequest =>
    fakeStructure<GetAccountSettingsRequest>("GetAccountSettingsRequest", overrides, options),
  getAccountSettingsResponse: (
    overrides?: Partial<GetAccountSettingsResponse>,
    options?: FakeOptions,
  ): GetAccountSettingsResponse =>
    fakeStructure<GetAccountSettingsResponse>("GetAccountSettingsResponse", overrides, options),
  getBotRequest: (overrides?: Partial<GetBotRequest>, options?: FakeOptions): GetBotRequest =>
    fakeStructure<GetBotRequest>("GetBotRequest", overrides, options),
  getBotResponse: (overrides?: Partial<GetBotResponse>, options?: FakeOptions): GetBotResponse =>
    fakeStructure<GetBotResponse>("GetBotResponse", overrides, options),
  getEventsConfigurationRequest: (
    overrides?: Partial<GetEventsConfigurationRequest>,
    options?: FakeOptions,
  ): GetEventsConfigurationRequest =>
    fakeStructure<GetEventsConfigurationRequest>(
      "GetEventsConfigurationRequest",
      overrides,
      options,
    ),
  getEventsConfigurationResponse: (
    overrides?: Partial<GetEventsConfigurationResponse>,
    options?: FakeOptions,
  ): GetEventsConfigurationResponse =>
    fakeStructure<GetEventsConfigurationResponse>(
      "GetEventsConfigurationResponse",
      overrides,
      options,
    ),
  getGlobalSettingsRequest: (
    overrides?: Partial<GetGlobalSettingsRequest>,
    options?: FakeOptions,
  ): GetGlobalSettingsRequest =>
    fakeStructure<GetGlobalSettingsRequest>("GetGlobalSettingsRequest", overrides, options),
  getGlobalSettingsResponse: (
    overrides?: Partial<GetGlobalSettingsResponse>,
    options?: FakeOptions,
  ): GetGlobalSettingsResponse =>
    fakeStructure<GetGlobalSettingsResponse>("GetGlobalSettingsResponse", overrides, options),
  getPhoneNumberOrderRequest: (
    overrides?: Partial<GetPhoneNumberOrderRequest>,
    options?: FakeOptions,
  ): GetPhoneNumberOrderRequest =>
    fakeStructure<GetPhoneNumberOrderRequest>("GetPhoneNumberOrderRequest", overrides, options),
  getPhoneNumberOrderResponse: (
    overrides?: Partial<GetPhoneNumberOrderResponse>,
    options?: FakeOptions,
  ): GetPhoneNumberOrderResponse =>
    fakeStructure<GetPhoneNumberOrderResponse>("GetPhoneNumberOrderResponse", overrides, options),
  getPhoneNumberRequest: (
    overrides?: Partial<GetPhoneNumberRequest>,
    options?: FakeOptions,
  ): GetPhoneNumberRequest =>
    fakeStructure<GetPhoneNumberRequest>("GetPhoneNumberRequest", overrides, options),
  getPhoneNumberResponse: (
    overrides?: Partial<GetPhoneNumberResponse>,
    options?: FakeOptions,
  ): GetPhoneNumberResponse =>
    fakeStructure<GetPhoneNumberResponse>("GetPhoneNumberResponse", overrides, options),
  getPhoneNumberSettingsRequest: (
    overrides?: Partial<GetPhoneNumberSettingsRequest>,
    options?: FakeOptions,
  ): GetPhoneNumberSettingsRequest =>
    fakeStructure<GetPhoneNumberSettingsRequest>(
      "GetPhoneNumberSettingsRequest",
      overrides,
      options,
    ),
  getPhoneNumberSettingsResponse: (
    overrides?: Partial<GetPhoneNumberSettingsResponse>,
    options?: FakeOptions,
  ): GetPhoneNumberSettingsResponse =>
    fakeStructure<GetPhoneNumberSettingsResponse>(
      "GetPhoneNumberSettingsResponse",
      overrides,
      options,
    ),
  getRetentionSettingsRequest: (
    overrides?: Partial<GetRetentionSettingsRequest>,
    options?: FakeOptions,
  ): GetRetentionSettingsRequest =>
    fakeStructure<GetRetentionSettingsRequest>("GetRetentionSettingsRequest", overrides, options),
  getRetentionSettingsResponse: (
    overrides?: Partial<GetRetentionSettingsResponse>,
    options?: FakeOptions,
  ): GetRetentionSettingsResponse =>
    fakeStructure<GetRetentionSettingsResponse>("GetRetentionSettingsResponse", overrides, options),
  getRoomRequest: (overrides?: Partial<GetRoomRequest>, options?: FakeOptions): GetRoomRequest =>
    fakeStructure<GetRoomRequest>("GetRoomRequest", overrides, options),
  getRoomResponse: (overrides?: Partial<GetRoomResponse>, options?: FakeOptions): GetRoomResponse =>
    fakeStructure<GetRoomResponse>("GetRoomResponse", overrides, options),
  getUserRequest: (overrides?: Partial<GetUserRequest>, options?: FakeOptions): GetUserRequest =>
    fakeStructure<GetUserRequest>("GetUserRequest", overrides, options),
  getUserResponse: (overrides?: Partial<GetUserResponse>, options?: FakeOptions): GetUserResponse =>
    fakeStructure<GetUserResponse>("GetUserResponse", overrides, options),
  getUserSettingsRequest: (
    overrides?: Partial<GetUserSettingsRequest>,
    options?: FakeOptions,
  ): GetUserSettingsRequest =>
    fakeStructure<GetUserSettingsRequest>("GetUserSettingsRequest", overrides, options),
  getUserSettingsResponse: (
    overrides?: Partial<GetUserSettingsResponse>,
    options?: FakeOptions,
  ): GetUserSettingsResponse =>
    fakeStructure<GetUserSettingsResponse>("GetUserSettingsResponse", overrides, options),
  invite: (overrides?: Partial<Invite>, options?: FakeOptions): Invite =>
    fakeStructure<Invite>("Invite", overrides, options),
  inviteUsersRequest: (
    overrides?: Partial<InviteUsersRequest>,
    options?: FakeOptions,
  ): InviteUsersRequest =>
    fakeStructure<InviteUsersRequest>("InviteUsersRequest", overrides, options),
  inviteUsersResponse: (
    overrides?: Partial<InviteUsersResponse>,
    options?: FakeOptions,
  ): InviteUsersResponse =>
    fakeStructure<InviteUsersResponse>("InviteUsersResponse", overrides, options),
  listAccountsRequest: (
    overrides?: Partial<ListAccountsRequest>,
    options?: FakeOptions,
  ): ListAccountsRequest =>
    fakeStructure<ListAccountsRequest>("ListAccountsRequest", overrides, options),
  listAccountsResponse: (
    overrides?: Partial<ListAccountsResponse>,
    options?: FakeOptions,
  ): ListAccountsResponse =>
    fakeStructure<ListAccountsResponse>("ListAccountsResponse", overrides, options),
  listBotsRequest: (overrides?: Partial<ListBotsRequest>, options?: FakeOptions): ListBotsRequest =>
    fakeStructure<ListBotsRequest>("ListBotsRequest", overrides, options),
  listBotsResponse: (
    overrides?: Partial<ListBotsResponse>,
    options?: FakeOptions,
  ): ListBotsResponse => fakeStructure<ListBotsResponse>("ListBotsResponse", overrides, options),
  listPhoneNumberOrdersRequest: (
    overrides?: Partial<ListPhoneNumberOrdersRequest>,
    options?: FakeOptions,
  ): ListPhoneNumberOrdersRequest =>
    fakeStructure<ListPhoneNumberOrdersRequest>("ListPhoneNumberOrdersRequest", overrides, options),
  listPhoneNumberOrdersResponse: (
    overrides?: Partial<ListPhoneNumberOrdersResponse>,
    options?: FakeOptions,
  ): ListPhoneNumberOrdersResponse =>
    fakeStructure<ListPhoneNumberOrdersResponse>(
      "ListPhoneNumberOrdersResponse",
      overrides,
      options,
    ),
  listPhoneNumbersRequest: (
    overrides?: Partial<ListPhoneNumbersRequest>,
    options?: FakeOptions,
  ): ListPhoneNumbersRequest =>
    fakeStructure<ListPhoneNumbersRequest>("ListPhoneNumbersRequest", overrides, options),
  listPhoneNumbersResponse: (
    overrides?: Partial<ListPhoneNumbersResponse>,
    options?: FakeOptions,
  ): ListPhoneNumbersResponse =>
    fakeStructure<ListPhoneNumbersResponse>("ListPhoneNumbersResponse", overrides, options),
  listRoomMembershipsRequest: (
    overrides?: Partial<ListRoomMembershipsRequest>,
    options?: FakeOptions,
  ): ListRoomMembershipsRequest =>
    fakeStructure<ListRoomMembershipsRequest>("ListRoomMembershipsRequest", overrides, options),
  listRoomMembershipsResponse: (
    overrides?: Partial<ListRoomMembershipsResponse>,
    options?: FakeOptions,
  ): ListRoomMembershipsResponse =>
    fakeStructure<ListRoomMembershipsResponse>("ListRoomMembershipsResponse", overrides, options),
  listRoomsRequest: (
    overrides?: Partial<ListRoomsRequest>,
    options?: FakeOptions,
  ): ListRoomsRequest => fakeStructure<ListRoomsRequest>("ListRoomsRequest", overrides, options),
  listRoomsResponse: (
    overrides?: Partial<ListRoomsResponse>,
    options?: FakeOptions,
  ): ListRoomsResponse => fakeStructure<ListRoomsResponse>("ListRoomsResponse", overrides, options),
  listSupportedPhoneNumberCountriesRequest: (
    overrides?: Partial<ListSupportedPhoneNumberCountriesRequest>,
    options?: FakeOptions,
  ): ListSupportedPhoneNumberCountriesRequest =>
    fakeStructure<ListSupportedPhoneNumberCountriesRequest>(
      "ListSupportedPhoneNumberCountriesRequest",
      overrides,
      options,
    ),
  listSupportedPhoneNumberCountriesResponse: (
    overrides?: Partial<ListSupportedPhoneNumberCountriesResponse>,
    options?: FakeOptions,
  ): ListSupportedPhoneNumberCountriesResponse =>
    fakeStructure<ListSupportedPhoneNumberCountriesResponse>(
      "ListSupportedPhoneNumberCountriesResponse",
      overrides,
      options,
    ),
  listUsersRequest: (
    overrides?: Partial<ListUsersRequest>,
    options?: FakeOptions,
  ): ListUsersRequest => fakeStructure<ListUsersRequest>("ListUsersRequest", overrides, options),
  listUsersResponse: (
    overrides?: Partial<ListUsersResponse>,
    options?: FakeOptions,
  ): ListUsersResponse => fakeStructure<ListUsersResponse>("ListUsersResponse", overrides, options),
  logoutUserRequest: (
    overrides?: Partial<LogoutUserRequest>,
    options?: FakeOptions,
  ): LogoutUserRequest => fakeStructure<LogoutUserRequest>("LogoutUserRequest", overrides, options),
  logoutUserResponse: (
    overrides?: Partial<LogoutUserResponse>,
    options?: FakeOptions,
  ): LogoutUserResponse =>
    fakeStructure<LogoutUserResponse>("LogoutUserResponse", overrides, options),
  member: (overrides?: Partial<Member>, options?: FakeOptions): Member =>
    fakeStructure<Member>("Member", overrides, options),
  memberError: (overrides?: Partial<MemberError>, options?: FakeOptions): MemberError =>
    fakeStructure<MemberError>("MemberError", overrides, options),
  membershipItem: (overrides?: Partial<MembershipItem>, options?: FakeOptions): MembershipItem =>
    fakeStructure<MembershipItem>("MembershipItem", overrides, options),
  notFoundException: (
    overrides?: Partial<NotFoundException>,
    options?: FakeOptions,
  ): NotFoundException => fakeStructure<NotFoundException>("NotFoundException", overrides, options),
  orderedPhoneNumber: (
    overrides?: Partial<OrderedPhoneNumber>,
    options?: FakeOptions,
  ): OrderedPhoneNumber =>
    fakeStructure<OrderedPhoneNumber>("OrderedPhoneNumber", overrides, options),
  phoneNumber: (overrides?: Partial<PhoneNumber>, options?: FakeOptions): PhoneNumber =>
    fakeStructure<PhoneNumber>("PhoneNumber", overrides, options),
  phoneNumberAssociation: (
    overrides?: Partial<PhoneNumberAssociation>,
    options?: FakeOptions,
  ): PhoneNumberAssociation =>
    fakeStructure<PhoneNumberAssociation>("PhoneNumberAssociation", overrides, options),
  phoneNumberCapabilities: (
    overrides?: Partial<PhoneNumberCapabilities>,
    options?: FakeOptions,
  ): PhoneNumberCapabilities =>
    fakeStructure<PhoneNumberCapabilities>("PhoneNumberCapabilities", overrides, options),
  phoneNumberCountry: (
    overrides?: Partial<PhoneNumberCountry>,
    options?: FakeOptions,
  ): PhoneNumberCountry =>
    fakeStructure<PhoneNumberCountry>("PhoneNumberCountry", overrides, options),
  phoneNumberError: (
    overrides?: Partial<PhoneNumberError>,
    options?: FakeOptions,
  ): PhoneNumberError => fakeStructure<PhoneNumberError>("PhoneNumberError", overrides, options),
  phoneNumberOrder: (
    overrides?: Partial<PhoneNumberOrder>,
    options?: FakeOptions,
  ): PhoneNumberOrder => fakeStructure<PhoneNumberOrder>("PhoneNumberOrder", overrides, options),
  putEventsConfigurationRequest: (
    overrides?: Partial<PutEventsConfigurationRequest>,
    options?: FakeOptions,
  ): PutEventsConfigurationRequest =>
    fakeStructure<PutEventsConfigurationRequest>(
      "PutEventsConfigurationRequest",
      overrides,
      options,
    ),
  putEventsConfigurationResponse: (
    overrides?: Partial<PutEventsConfigurationResponse>,
    options?: FakeOptions,
  ): PutEventsConfigurationResponse =>
    fakeStructure<PutEventsConfigurationResponse>(
      "PutEventsConfigurationResponse",
      overrides,
      options,
    ),
  putRetentionSettingsRequest: (
    overrides?: Partial<PutRetentionSettingsRequest>,
    options?: FakeOptions,
  ): PutRetentionSettingsRequest =>
    fakeStructure<PutRetentionSettingsRequest>("PutRetentionSettingsRequest", overrides, options),
  putRetentionSettingsResponse: (
    overrides?: Partial<PutRetentionSettingsResponse>,
    options?: FakeOptions,
  ): PutRetentionSettingsResponse =>
    fakeStructure<PutRetentionSettingsResponse>("PutRetentionSettingsResponse", overrides, options),
  redactConversationMessageRequest: (
    overrides?: Partial<RedactConversationMessageRequest>,
    options?: FakeOptions,
  ): RedactConversationMessageRequest =>
    fakeStructure<RedactConversationMessageRequest>(
      "RedactConversationMessageRequest",
      overrides,
      options,
    ),
  redactConversationMessageResponse: (
    overrides?: Partial<RedactConversationMessageResponse>,
    options?: FakeOptions,
  ): RedactConversationMessageResponse =>
    fakeStructure<RedactConversationMessageResponse>(
      "RedactConversationMessageResponse",
      overrides,
      options,
    ),
  redactRoomMessageRequest: (
    overrides?: Partial<RedactRoomMessageRequest>,
    options?: FakeOptions,
  ): RedactRoomMessageRequest =>
    fakeStructure<RedactRoomMessageRequest>("RedactRoomMessageRequest", overrides, options),
  redactRoomMessageResponse: (
    overrides?: Partial<RedactRoomMessageResponse>,
    options?: FakeOptions,
  ): RedactRoomMessageResponse =>
    fakeStructure<RedactRoomMessageResponse>("RedactRoomMessageResponse", overrides, options),
  regenerateSecurityTokenRequest: (
    overrides?: Partial<RegenerateSecurityTokenRequest>,
    options?: FakeOptions,
  ): RegenerateSecurityTokenRequest =>
    fakeStructure<RegenerateSecurityTokenRequest>(
      "RegenerateSecurityTokenRequest",
      overrides,
      options,
    ),
  regenerateSecurityTokenResponse: (
    overrides?: Partial<RegenerateSecurityTokenResponse>,
    options?: FakeOptions,
  ): RegenerateSecurityTokenResponse =>
    fakeStructure<RegenerateSecurityTokenResponse>(
      "RegenerateSecurityTokenResponse",
      overrides,
      options,
    ),
  resetPersonalPINRequest: (
    overrides?: Partial<ResetPersonalPINRequest>,
    options?: FakeOptions,
  ): ResetPersonalPINRequest =>
    fakeStructure<ResetPersonalPINRequest>("ResetPersonalPINRequest", overrides, options),
  resetPersonalPINResponse: (
    overrides?: Partial<ResetPersonalPINResponse>,
    options?: FakeOptions,
  ): ResetPersonalPINResponse =>
    fakeStructure<ResetPersonalPINResponse>("ResetPersonalPINResponse", overrides, options),
  resourceLimitExceededException: (
    overrides?: Partial<ResourceLimitExceededException>,
    options?: FakeOptions,
  ): ResourceLimitExceededException =>
    fakeStructure<ResourceLimitExceededException>(
      "ResourceLimitExceededException",
      overrides,
      options,
    ),
  restorePhoneNumberRequest: (
    overrides?: Partial<RestorePhoneNumberRequest>,
    options?: FakeOptions,
  ): RestorePhoneNumberRequest =>
    fakeStructure<RestorePhoneNumberRequest>("RestorePhoneNumberRequest", overrides, options),
  restorePhoneNumberResponse: (
    overrides?: Partial<RestorePhoneNumberResponse>,
    options?: FakeOptions,
  ): RestorePhoneNumberResponse =>
    fakeStructure<RestorePhoneNumberResponse>("RestorePhoneNumberResponse", overrides, options),
  retentionSettings: (
    overrides?: Partial<RetentionSettings>,
    options?: FakeOptions,
  ): RetentionSettings => fakeStructure<RetentionSettings>("RetentionSettings", overrides, options),
  room: (overrides?: Partial<Room>, options?: FakeOptions): Room =>
    fakeStructure<Room>("Room", overrides, options),
  roomMembership: (overrides?: Partial<RoomMembership>, options?: FakeOptions): RoomMembership =>
    fakeStructure<RoomMembership>("RoomMembership", overrides, options),
  roomRetentionSettings: (
    overrides?: Partial<RoomRetentionSettings>,
    options?: FakeOptions,
  ): RoomRetentionSettings =>
    fakeStructure<RoomRetentionSettings>("RoomRetentionSettings", overrides, options),
  searchAvailablePhoneNumbersRequest: (
    overrides?: Partial<SearchAvailablePhoneNumbersRequest>,
    options?: FakeOptions,
  ): SearchAvailablePhoneNumbersRequest =>
    fakeStructure<SearchAvailablePhoneNumbersRequest>(
      "SearchAvailablePhoneNumbersRequest",
      overrides,
      options,
    ),
  searchAvailablePhoneNumbersResponse: (
    overrides?: Partial<SearchAvailablePhoneNumbersResponse>,
    options?: FakeOptions,
  ): SearchAvailablePhoneNumbersResponse =>
    fakeStructure<SearchAvailablePhoneNumbersResponse>(
      "SearchAvailablePhoneNumbersResponse",
      overrides,
      options,
    ),
  serviceFailureException: (
    overrides?: Partial<ServiceFailureException>,
    options?: FakeOptions,
  ): ServiceFailureException =>
    fakeStructure<ServiceFailureException>("ServiceFailureException", overrides, options),
  serviceUnavailableException: (
    overrides?: Partial<ServiceUnavailableException>,
    options?: FakeOptions,
  ): ServiceUnavailableException =>
    fakeStructure<ServiceUnavailableException>("ServiceUnavailableException", overrides, options),
  signinDelegateGroup: (
    overrides?: Partial<SigninDelegateGroup>,
    options?: FakeOptions,
  ): SigninDelegateGroup =>
    fakeStructure<SigninDelegateGroup>("SigninDelegateGroup", overrides, options),
  telephonySettings: (
    overrides?: Partial<TelephonySettings>,
    options?: FakeOptions,
  ): TelephonySettings => fakeStructure<TelephonySettings>("TelephonySettings", overrides, options),
  throttledClientException: (
    overrides?: Partial<ThrottledClientException>,
    options?: FakeOptions,
  ): ThrottledClientException =>
    fakeStructure<ThrottledClientException>("ThrottledClientException", overrides, options),
  unauthorizedClientException: (
    overrides?: Partial<UnauthorizedClientException>,
    options?: FakeOptions,
  ): UnauthorizedClientException =>
    fakeStructure<UnauthorizedClientException>("UnauthorizedClientException", overrides, options),
  unprocessableEntityException: (
    overrides?: Partial<UnprocessableEntityException>,
    options?: FakeOptions,
  ): UnprocessableEntityException =>
    fakeStructure<UnprocessableEntityException>("UnprocessableEntityException", overrides, options),
  updateAccountRequest: (
    overrides?: Partial<UpdateAccountRequest>,
    options?: FakeOptions,
  ): UpdateAccountRequest =>
    fakeStructure<UpdateAccountRequest>("UpdateAccountRequest", overrides, options),
  updateAccountResponse: (
    overrides?: Partial<UpdateAccountResponse>,
    options?: FakeOptions,
  ): UpdateAccountResponse =>
    fakeStructure<UpdateAccountResponse>("UpdateAccountResponse", overrides, options),
  updateAccountSettingsRequest: (
    overrides?: Partial<UpdateAccountSettingsRequest>,
    options?: FakeOptions,
  ): UpdateAccountSettingsRequest =>
    fakeStructure<UpdateAccountSettingsRequest>("UpdateAccountSettingsRequest", overrides, options),
  updateAccountSettingsResponse: (
    overrides?: Partial<UpdateAccountSettingsResponse>,
    options?: FakeOptions,
  ): UpdateAccountSettingsResponse =>
    fakeStructure<UpdateAccountSettingsResponse>(
      "UpdateAccountSettingsResponse",
      overrides,
      options,
    ),
  updateBotRequest: (
    overrides?: Partial<UpdateBotRequest>,
    options?: FakeOptions,
  ): UpdateBotRequest => fakeStructure<UpdateBotRequest>("UpdateBotRequest", overrides, options),
  updateBotResponse: (
    overrides?: Partial<UpdateBotResponse>,
    options?: FakeOptions,
  ): UpdateBotResponse => fakeStructure<UpdateBotResponse>("UpdateBotResponse", overrides, options),
  updateGlobalSettingsRequest: (
    overrides?: Partial<UpdateGlobalSettingsRequest>,
    options?: FakeOptions,
  ): UpdateGlobalSettingsRequest =>
    fakeStructure<UpdateGlobalSettingsRequest>("UpdateGlobalSettingsRequest", overrides, options),
  updateGlobalSettingsResponse: (
    overrides?: Partial<UpdateGlobalSettingsResponse>,
    options?: FakeOptions,
  ): UpdateGlobalSettingsResponse =>
    fakeStructure<UpdateGlobalSettingsResponse>("UpdateGlobalSettingsResponse", overrides, options),
  updatePhoneNumberRequest: (
    overrides?: Partial<UpdatePhoneNumberRequest>,
    options?: FakeOptions,
  ): UpdatePhoneNumberRequest =>
    fakeStructure<UpdatePhoneNumberRequest>("UpdatePhoneNumberRequest", overrides, options),
  updatePhoneNumberRequestItem: (
    overrides?: Partial<UpdatePhoneNumberRequestItem>,
    options?: FakeOptions,
  ): UpdatePhoneNumberRequestItem =>
    fakeStructure<UpdatePhoneNumberRequestItem>("UpdatePhoneNumberRequestItem", overrides, options),
  updatePhoneNumberResponse: (
    overrides?: Partial<UpdatePhoneNumberResponse>,
    options?: FakeOptions,
  ): UpdatePhoneNumberResponse =>
    fakeStructure<UpdatePhoneNumberResponse>("UpdatePhoneNumberResponse", overrides, options),
  updatePhoneNumberSettingsRequest: (
    overrides?: Partial<UpdatePhoneNumberSettingsRequest>,
    options?: FakeOptions,
  ): UpdatePhoneNumberSettingsRequest =>
    fakeStructure<UpdatePhoneNumberSettingsRequest>(
      "UpdatePhoneNumberSettingsRequest",
      overrides,
      options,
    ),
  updatePhoneNumberSettingsResponse: (
    overrides?: Partial<UpdatePhoneNumberSettingsResponse>,
    options?: FakeOptions,
  ): UpdatePhoneNumberSettingsResponse =>
    fakeStructure<UpdatePhoneNumberSettingsResponse>(
      "UpdatePhoneNumberSettingsResponse",
      overrides,
      options,
    ),
  updateRoomMembershipRequest: (
    overrides?: Partial<UpdateRoomMembershipRequest>,
    options?: FakeOptions,
  ): UpdateRoomMembershipRequest =>
    fakeStructure<UpdateRoomMembershipRequest>("UpdateRoomMembershipRequest", overrides, options),
  updateRoomMembershipResponse: (
    overrides?: Partial<UpdateRoomMembershipResponse>,
    options?: FakeOptions,
  ): UpdateRoomMembershipResponse =>
    fakeStructure<UpdateRoomMembershipResponse>("UpdateRoomMembershipResponse", overrides, options),
  updateRoomRequest: (
    overrides?: Partial<UpdateRoomRequest>,
    options?: FakeOptions,
  ): UpdateRoomRequest => fakeStructure<UpdateRoomRequest>("UpdateRoomRequest", overrides, options),
  updateRoomResponse: (
    overrides?: Partial<UpdateRoomResponse>,
    options?: FakeOptions,
  ): UpdateRoomResponse =>
    fakeStructure<UpdateRoomResponse>("UpdateRoomResponse", overrides, options),
  updateUserRequest: (
    overrides?: Partial<UpdateUserRequest>,
    options?: FakeOptions,
  ): UpdateUserRequest => fakeStructure<UpdateUserRequest>("UpdateUserRequest", overrides, options),
  updateUserRequestItem: (
    overrides?: Partial<UpdateUserRequestItem>,
    options?: FakeOptions,
  ): UpdateUserRequestItem =>
    fakeStructure<UpdateUserRequestItem>("UpdateUserRequestItem", overrides, options),
  updateUserResponse: (
    overrides?: Partial<UpdateUserResponse>,
    options?: FakeOptions,
  ): UpdateUserResponse =>
    fakeStructure<UpdateUserResponse>("UpdateUserResponse", overrides, options),
  updateUserSettingsRequest: (
    overrides?: Partial<UpdateUserSettingsRequest>,
    options?: FakeOptions,
  ): UpdateUserSettingsRequest =>
    fakeStructure<UpdateUserSettingsRequest>("UpdateUserSettingsRequest", overrides, options),
  updateUserSettingsResponse: (
    overrides?: Partial<UpdateUserSettingsResponse>,
    options?: FakeOptions,
  ): UpdateUserSettingsResponse =>
    fakeStructure<UpdateUserSettingsResponse>("UpdateUserSettingsResponse", overrides, options),
  user: (overrides?: Partial<User>, options?: FakeOptions): User =>
    fakeStructure<User>("User", overrides, options),
  userError: (overrides?: Partial<UserError>, options?: FakeOptions): UserError =>
    fakeStructure<UserError>("UserError", overrides, options),
  userSettings: (overrides?: Partial<UserSettings>, options?: FakeOptions): UserSettings =>
    fakeStructure<UserSettings>("UserSettings", overrides, options),
  voiceConnectorSettings: (
    overrides?: Partial<VoiceConnectorSettings>,
    options?: FakeOptions,
  ): VoiceConnectorSettings =>
    fakeStructure<VoiceConnectorSettings>("VoiceConnectorSettings", overrides, options),
};
