// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type {
  AssociatePhoneNumberWithUserRequest,
  AssociatePhoneNumberWithUserResponse,
  AssociateSigninDelegateGroupsWithAccountRequest,
  AssociateSigninDelegateGroupsWithAccountResponse,
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
  RestorePhoneNumberRequest,
  RestorePhoneNumberResponse,
  SearchAvailablePhoneNumbersRequest,
  SearchAvailablePhoneNumbersResponse,
  UpdateAccountRequest,
  UpdateAccountResponse,
  UpdateAccountSettingsRequest,
  UpdateAccountSettingsResponse,
  UpdateBotRequest,
  UpdateBotResponse,
  UpdateGlobalSettingsRequest,
  UpdateGlobalSettingsResponse,
  UpdatePhoneNumberRequest,
  UpdatePhoneNumberResponse,
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
  UpdateRoomMembershipRequest,
  UpdateRoomMembershipResponse,
  UpdateRoomRequest,
  UpdateRoomResponse,
  UpdateUserRequest,
  UpdateUserResponse,
  UpdateUserSettingsRequest,
  UpdateUserSettingsResponse,
} from "@chimekit/types";
import type { RequestContext } from "../runtime/index.js";
/** Every operation of the service, by name, sorted. */
export const chimeOperationNames = [
  "AssociatePhoneNumberWithUser",
  "AssociateSigninDelegateGroupsWithAccount",
  "BatchCreateRoomMembership",
  "BatchDeletePhoneNumber",
  "BatchSuspendUser",
  "BatchUnsuspendUser",
  "BatchUpdatePhoneNumber",
  "BatchUpdateUser",
  "CreateAccount",
  "CreateBot",
  "CreateMeetingDialOut",
  "CreatePhoneNumberOrder",
  "CreateRoom",
  "CreateRoomMembership",
  "CreateUser",
  "DeleteAccount",
  "DeleteEventsConfiguration",
  "DeletePhoneNumber",
  "DeleteRoom",
  "DeleteRoomMembership",
  "DisassociatePhoneNumberFromUser",
  "DisassociateSigninDelegateGroupsFromAccount",
  "GetAccount",
  "GetAccountSettings",
  "GetBot",
  "GetEventsConfiguration",
  "GetGlobalSettings",
  "GetPhoneNumber",
  "GetPhoneNumberOrder",
  "GetPhoneNumberSettings",
  "GetRetentionSettings",
  "GetRoom",
  "GetUser",
  "GetUserSettings",
  "InviteUsers",
  "ListAccounts",
  "ListBots",
  "ListPhoneNumberOrders",
  "ListPhoneNumbers",
  "ListRoomMemberships",
  "ListRooms",
  "ListSupportedPhoneNumberCountries",
  "ListUsers",
  "LogoutUser",
  "PutEventsConfiguration",
  "PutRetentionSettings",
  "RedactConversationMessage",
  "RedactRoomMessage",
  "RegenerateSecurityToken",
  "ResetPersonalPIN",
  "RestorePhoneNumber",
  "SearchAvailablePhoneNumbers",
  "UpdateAccount",
  "UpdateAccountSettings",
  "UpdateBot",
  "UpdateGlobalSettings",
  "UpdatePhoneNumber",
  "UpdatePhoneNumberSettings",
  "UpdateRoom",
  "UpdateRoomMembership",
  "UpdateUser",
  "UpdateUserSettings",
] as const;
export type ChimeOperationName = (typeof chimeOperationNames)[number];

/** What a service method learns about the request besides its input. */
export interface ChimeRequestContext<Context = unknown> extends RequestContext<
  Context,
  ChimeOperationName
> {}

/**
 * The Amazon Chime API (2018-05-01) as a server implements it:
 * one method per operation. The server routes, reads and validates each request before the
 * method runs, and writes what it returns (or the modeled error it throws) the way the service does.
 */
export interface ChimeService<Context = unknown> {
  /**
   * Associates a phone number with the specified Amazon Chime user.
   *
   * `POST /accounts/{AccountId}/users/{UserId}?operation=associate-phone-number`, answered 200 on success.
   * Errors: `AccessDeniedException`, `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  associatePhoneNumberWithUser(
    input: AssociatePhoneNumberWithUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<AssociatePhoneNumberWithUserResponse | void>;
  /**
   * Associates the specified sign-in delegate groups with the specified Amazon Chime account.
   *
   * `POST /accounts/{AccountId}?operation=associate-signin-delegate-groups`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  associateSigninDelegateGroupsWithAccount(
    input: AssociateSigninDelegateGroupsWithAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<AssociateSigninDelegateGroupsWithAccountResponse | void>;
  /**
   * Adds up to 50 members to a chat room in an Amazon Chime Enterprise account. Members can be users or bots. The member role designates whether the member is a chat room administrator or a general chat room member.
   *
   * `POST /accounts/{AccountId}/rooms/{RoomId}/memberships?operation=batch-create`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchCreateRoomMembership(
    input: BatchCreateRoomMembershipRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchCreateRoomMembershipResponse>;
  /**
   * Moves phone numbers into the **Deletion queue**. Phone numbers must be disassociated from any users or Amazon Chime Voice Connectors before they can be deleted.
   *
   * `POST /phone-numbers?operation=batch-delete`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchDeletePhoneNumber(
    input: BatchDeletePhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchDeletePhoneNumberResponse>;
  /**
   * Suspends up to 50 users from a Team or EnterpriseLWA Amazon Chime account. For more information about different account types, see Managing Your Amazon Chime Accounts in the Amazon Chime Administration Guide.
   *
   * `POST /accounts/{AccountId}/users?operation=suspend`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchSuspendUser(
    input: BatchSuspendUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchSuspendUserResponse>;
  /**
   * Removes the suspension from up to 50 previously suspended users for the specified Amazon Chime EnterpriseLWA account. Only users on EnterpriseLWA accounts can be unsuspended using this action. For more information about different account types, see Managing Your Amazon Chime Accounts in the account types, in the *Amazon Chime Administration Guide*.
   *
   * `POST /accounts/{AccountId}/users?operation=unsuspend`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchUnsuspendUser(
    input: BatchUnsuspendUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchUnsuspendUserResponse>;
  /**
   * Updates phone number product types or calling names. You can update one attribute at a time for each `UpdatePhoneNumberRequestItem`. For example, you can update the product type or the calling name.
   *
   * `POST /phone-numbers?operation=batch-update`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchUpdatePhoneNumber(
    input: BatchUpdatePhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchUpdatePhoneNumberResponse>;
  /**
   * Updates user details within the UpdateUserRequestItem object for up to 20 users for the specified Amazon Chime account. Currently, only LicenseType updates are supported for this action.
   *
   * `POST /accounts/{AccountId}/users`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  batchUpdateUser(
    input: BatchUpdateUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<BatchUpdateUserResponse>;
  /**
   * Creates an Amazon Chime account under the administrator's AWS account. Only Team account types are currently supported for this action. For more information about different account types, see Managing Your Amazon Chime Accounts in the *Amazon Chime Administration Guide*.
   *
   * `POST /accounts`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createAccount(
    input: CreateAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateAccountResponse>;
  /**
   * Creates a bot for an Amazon Chime Enterprise account.
   *
   * `POST /accounts/{AccountId}/bots`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createBot(
    input: CreateBotRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateBotResponse>;
  /**
   * Uses the join token and call metadata in a meeting request (From number, To number, and so forth) to initiate an outbound call to a public switched telephone network (PSTN) and join them into a Chime meeting. Also ensures that the From number belongs to the customer.
   *
   * `POST /meetings/{MeetingId}/dial-outs`, answered 201 on success.
   * Errors: `AccessDeniedException`, `BadRequestException`, `ForbiddenException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createMeetingDialOut(
    input: CreateMeetingDialOutRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateMeetingDialOutResponse>;
  /**
   * Creates an order for phone numbers to be provisioned. For toll-free numbers, you cannot use the Amazon Chime Business Calling product type. For numbers outside the U.S., you must use the Amazon Chime SIP Media Application Dial-In product type.
   *
   * `POST /phone-number-orders`, answered 201 on success.
   * Errors: `AccessDeniedException`, `BadRequestException`, `ForbiddenException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createPhoneNumberOrder(
    input: CreatePhoneNumberOrderRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreatePhoneNumberOrderResponse>;
  /**
   * Creates a chat room for the specified Amazon Chime Enterprise account.
   *
   * `POST /accounts/{AccountId}/rooms`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createRoom(
    input: CreateRoomRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateRoomResponse>;
  /**
   * Adds a member to a chat room in an Amazon Chime Enterprise account. A member can be either a user or a bot. The member role designates whether the member is a chat room administrator or a general chat room member.
   *
   * `POST /accounts/{AccountId}/rooms/{RoomId}/memberships`, answered 201 on success.
   * Errors: `BadRequestException`, `ConflictException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createRoomMembership(
    input: CreateRoomMembershipRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateRoomMembershipResponse>;
  /**
   * Creates a user under the specified Amazon Chime account.
   *
   * `POST /accounts/{AccountId}/users?operation=create`, answered 201 on success.
   * Errors: `BadRequestException`, `ConflictException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  createUser(
    input: CreateUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<CreateUserResponse>;
  /**
   * Deletes the specified Amazon Chime account. You must suspend all users before deleting Team account. You can use the BatchSuspendUser action to do so.
   *
   * `DELETE /accounts/{AccountId}`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`, `UnprocessableEntityException`.
   */
  deleteAccount(
    input: DeleteAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DeleteAccountResponse | void>;
  /**
   * Deletes the events configuration that allows a bot to receive outgoing events.
   *
   * `DELETE /accounts/{AccountId}/bots/{BotId}/events-configuration`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `UnauthorizedClientException`.
   */
  deleteEventsConfiguration(
    input: DeleteEventsConfigurationRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DeleteEventsConfigurationResponse | void>;
  /**
   * Moves the specified phone number into the **Deletion queue**. A phone number must be disassociated from any users or Amazon Chime Voice Connectors before it can be deleted.
   *
   * `DELETE /phone-numbers/{PhoneNumberId}`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  deletePhoneNumber(
    input: DeletePhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DeletePhoneNumberResponse | void>;
  /**
   * Deletes a chat room in an Amazon Chime Enterprise account.
   *
   * `DELETE /accounts/{AccountId}/rooms/{RoomId}`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  deleteRoom(
    input: DeleteRoomRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DeleteRoomResponse | void>;
  /**
   * Removes a member from a chat room in an Amazon Chime Enterprise account.
   *
   * `DELETE /accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  deleteRoomMembership(
    input: DeleteRoomMembershipRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DeleteRoomMembershipResponse | void>;
  /**
   * Disassociates the primary provisioned phone number from the specified Amazon Chime user.
   *
   * `POST /accounts/{AccountId}/users/{UserId}?operation=disassociate-phone-number`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  disassociatePhoneNumberFromUser(
    input: DisassociatePhoneNumberFromUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DisassociatePhoneNumberFromUserResponse | void>;
  /**
   * Disassociates the specified sign-in delegate groups from the specified Amazon Chime account.
   *
   * `POST /accounts/{AccountId}?operation=disassociate-signin-delegate-groups`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  disassociateSigninDelegateGroupsFromAccount(
    input: DisassociateSigninDelegateGroupsFromAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<DisassociateSigninDelegateGroupsFromAccountResponse | void>;
  /**
   * Retrieves details for the specified Amazon Chime account, such as account type and supported licenses.
   *
   * `GET /accounts/{AccountId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getAccount(
    input: GetAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetAccountResponse>;
  /**
   * Retrieves account settings for the specified Amazon Chime account ID, such as remote control and dialout settings. For more information about these settings, see Use the Policies Page in the *Amazon Chime Administration Guide*.
   *
   * `GET /accounts/{AccountId}/settings`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getAccountSettings(
    input: GetAccountSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetAccountSettingsResponse>;
  /**
   * Retrieves details for the specified bot, such as bot email address, bot type, status, and display name.
   *
   * `GET /accounts/{AccountId}/bots/{BotId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getBot(input: GetBotRequest, context: ChimeRequestContext<Context>): Promise<GetBotResponse>;
  /**
   * Gets details for an events configuration that allows a bot to receive outgoing events, such as an HTTPS endpoint or Lambda function ARN.
   *
   * `GET /accounts/{AccountId}/bots/{BotId}/events-configuration`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `UnauthorizedClientException`.
   */
  getEventsConfiguration(
    input: GetEventsConfigurationRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetEventsConfigurationResponse>;
  /**
   * Retrieves global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings.
   *
   * `GET /settings`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getGlobalSettings(
    input: GetGlobalSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetGlobalSettingsResponse>;
  /**
   * Retrieves details for the specified phone number ID, such as associations, capabilities, and product type.
   *
   * `GET /phone-numbers/{PhoneNumberId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getPhoneNumber(
    input: GetPhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetPhoneNumberResponse>;
  /**
   * Retrieves details for the specified phone number order, such as the order creation timestamp, phone numbers in E.164 format, product type, and order status.
   *
   * `GET /phone-number-orders/{PhoneNumberOrderId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getPhoneNumberOrder(
    input: GetPhoneNumberOrderRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetPhoneNumberOrderResponse>;
  /**
   * Retrieves the phone number settings for the administrator's AWS account, such as the default outbound calling name.
   *
   * `GET /settings/phone-number`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getPhoneNumberSettings(
    input: GetPhoneNumberSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetPhoneNumberSettingsResponse>;
  /**
   * Gets the retention settings for the specified Amazon Chime Enterprise account. For more information about retention settings, see Managing Chat Retention Policies in the *Amazon Chime Administration Guide*.
   *
   * `GET /accounts/{AccountId}/retention-settings`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getRetentionSettings(
    input: GetRetentionSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetRetentionSettingsResponse>;
  /**
   * Retrieves room details, such as the room name, for a room in an Amazon Chime Enterprise account.
   *
   * `GET /accounts/{AccountId}/rooms/{RoomId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getRoom(input: GetRoomRequest, context: ChimeRequestContext<Context>): Promise<GetRoomResponse>;
  /**
   * Retrieves details for the specified user ID, such as primary email address, license type, and personal meeting PIN.
   *
   * `GET /accounts/{AccountId}/users/{UserId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getUser(input: GetUserRequest, context: ChimeRequestContext<Context>): Promise<GetUserResponse>;
  /**
   * Retrieves settings for the specified user ID, such as any associated phone number settings.
   *
   * `GET /accounts/{AccountId}/users/{UserId}/settings`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  getUserSettings(
    input: GetUserSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<GetUserSettingsResponse>;
  /**
   * Sends email to a maximum of 50 users, inviting them to the specified Amazon Chime Team account. Only Team account types are currently supported for this action.
   *
   * `POST /accounts/{AccountId}/users?operation=add`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  inviteUsers(
    input: InviteUsersRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<InviteUsersResponse>;
  /**
   * Lists the Amazon Chime accounts under the administrator's AWS account. You can filter accounts by account name prefix. To find out which Amazon Chime account a user belongs to, you can filter by the user's email address, which returns one account result.
   *
   * `GET /accounts`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listAccounts(
    input: ListAccountsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListAccountsResponse>;
  /**
   * Lists the bots associated with the administrator's Amazon Chime Enterprise account ID.
   *
   * `GET /accounts/{AccountId}/bots`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listBots(
    input: ListBotsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListBotsResponse>;
  /**
   * Lists the phone number orders for the administrator's Amazon Chime account.
   *
   * `GET /phone-number-orders`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listPhoneNumberOrders(
    input: ListPhoneNumberOrdersRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListPhoneNumberOrdersResponse>;
  /**
   * Lists the phone numbers for the specified Amazon Chime account, Amazon Chime user, Amazon Chime Voice Connector, or Amazon Chime Voice Connector group.
   *
   * `GET /phone-numbers`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listPhoneNumbers(
    input: ListPhoneNumbersRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListPhoneNumbersResponse>;
  /**
   * Lists the membership details for the specified room in an Amazon Chime Enterprise account, such as the members' IDs, email addresses, and names.
   *
   * `GET /accounts/{AccountId}/rooms/{RoomId}/memberships`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listRoomMemberships(
    input: ListRoomMembershipsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListRoomMembershipsResponse>;
  /**
   * Lists the room details for the specified Amazon Chime Enterprise account. Optionally, filter the results by a member ID (user ID or bot ID) to see a list of rooms that the member belongs to.
   *
   * `GET /accounts/{AccountId}/rooms`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listRooms(
    input: ListRoomsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListRoomsResponse>;
  /**
   * Lists supported phone number countries.
   *
   * `GET /phone-number-countries`, answered 200 on success.
   * Errors: `AccessDeniedException`, `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listSupportedPhoneNumberCountries(
    input: ListSupportedPhoneNumberCountriesRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListSupportedPhoneNumberCountriesResponse>;
  /**
   * Lists the users that belong to the specified Amazon Chime account. You can specify an email address to list only the user that the email address belongs to.
   *
   * `GET /accounts/{AccountId}/users`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  listUsers(
    input: ListUsersRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ListUsersResponse>;
  /**
   * Logs out the specified user from all of the devices they are currently logged into.
   *
   * `POST /accounts/{AccountId}/users/{UserId}?operation=logout`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  logoutUser(
    input: LogoutUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<LogoutUserResponse | void>;
  /**
   * Creates an events configuration that allows a bot to receive outgoing events sent by Amazon Chime. Choose either an HTTPS endpoint or a Lambda function ARN. For more information, see Bot.
   *
   * `PUT /accounts/{AccountId}/bots/{BotId}/events-configuration`, answered 201 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `UnauthorizedClientException`.
   */
  putEventsConfiguration(
    input: PutEventsConfigurationRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<PutEventsConfigurationResponse>;
  /**
   * Puts retention settings for the specified Amazon Chime Enterprise account. We recommend using AWS CloudTrail to monitor usage of this API for your account. For more information, see Logging Amazon Chime API Calls with AWS CloudTrail in the *Amazon Chime Administration Guide*.
   *
   * `PUT /accounts/{AccountId}/retention-settings`, answered 204 on success.
   * Errors: `BadRequestException`, `ConflictException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  putRetentionSettings(
    input: PutRetentionSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<PutRetentionSettingsResponse>;
  /**
   * Redacts the specified message from the specified Amazon Chime conversation.
   *
   * `POST /accounts/{AccountId}/conversations/{ConversationId}/messages/{MessageId}?operation=redact`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  redactConversationMessage(
    input: RedactConversationMessageRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<RedactConversationMessageResponse | void>;
  /**
   * Redacts the specified message from the specified Amazon Chime channel.
   *
   * `POST /accounts/{AccountId}/rooms/{RoomId}/messages/{MessageId}?operation=redact`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  redactRoomMessage(
    input: RedactRoomMessageRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<RedactRoomMessageResponse | void>;
  /**
   * Regenerates the security token for a bot.
   *
   * `POST /accounts/{AccountId}/bots/{BotId}?operation=regenerate-security-token`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  regenerateSecurityToken(
    input: RegenerateSecurityTokenRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<RegenerateSecurityTokenResponse>;
  /**
   * Resets the personal meeting PIN for the specified user on an Amazon Chime account. Returns the User object with the updated personal meeting PIN.
   *
   * `POST /accounts/{AccountId}/users/{UserId}?operation=reset-personal-pin`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  resetPersonalPIN(
    input: ResetPersonalPINRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<ResetPersonalPINResponse>;
  /**
   * Moves a phone number from the **Deletion queue** back into the phone number **Inventory**.
   *
   * `POST /phone-numbers/{PhoneNumberId}?operation=restore`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ResourceLimitExceededException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  restorePhoneNumber(
    input: RestorePhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<RestorePhoneNumberResponse>;
  /**
   * Searches for phone numbers that can be ordered. For US numbers, provide at least one of the following search filters: AreaCode, City, State, or TollFreePrefix. If you provide City, you must also provide State. Numbers outside the US only support the PhoneNumberType filter, which you must use.
   *
   * `GET /search?type=phone-numbers`, answered 200 on success.
   * Errors: `AccessDeniedException`, `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  searchAvailablePhoneNumbers(
    input: SearchAvailablePhoneNumbersRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<SearchAvailablePhoneNumbersResponse>;
  /**
   * Updates account details for the specified Amazon Chime account. Currently, only account name and default license updates are supported for this action.
   *
   * `POST /accounts/{AccountId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateAccount(
    input: UpdateAccountRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateAccountResponse>;
  /**
   * Updates the settings for the specified Amazon Chime account. You can update settings for remote control of shared screens, or for the dial-out option. For more information about these settings, see Use the Policies Page in the *Amazon Chime Administration Guide*.
   *
   * `PUT /accounts/{AccountId}/settings`, answered 204 on success.
   * Errors: `BadRequestException`, `ConflictException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateAccountSettings(
    input: UpdateAccountSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateAccountSettingsResponse | void>;
  /**
   * Updates the status of the specified bot, such as starting or stopping the bot from running in your Amazon Chime Enterprise account.
   *
   * `POST /accounts/{AccountId}/bots/{BotId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateBot(
    input: UpdateBotRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateBotResponse>;
  /**
   * Updates global settings for the administrator's AWS account, such as Amazon Chime Business Calling and Amazon Chime Voice Connector settings.
   *
   * `PUT /settings`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateGlobalSettings(
    input: UpdateGlobalSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateGlobalSettingsResponse | void>;
  /**
   * Updates phone number details, such as product type or calling name, for the specified phone number ID. You can update one phone number detail at a time. For example, you can update either the product type or the calling name in one action.
   *
   * `POST /phone-numbers/{PhoneNumberId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ConflictException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updatePhoneNumber(
    input: UpdatePhoneNumberRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdatePhoneNumberResponse>;
  /**
   * Updates the phone number settings for the administrator's AWS account, such as the default outbound calling name. You can update the default outbound calling name once every seven days. Outbound calling names can take up to 72 hours to update.
   *
   * `PUT /settings/phone-number`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updatePhoneNumberSettings(
    input: UpdatePhoneNumberSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdatePhoneNumberSettingsResponse | void>;
  /**
   * Updates room details, such as the room name, for a room in an Amazon Chime Enterprise account.
   *
   * `POST /accounts/{AccountId}/rooms/{RoomId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateRoom(
    input: UpdateRoomRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateRoomResponse>;
  /**
   * Updates room membership details, such as the member role, for a room in an Amazon Chime Enterprise account. The member role designates whether the member is a chat room administrator or a general chat room member. The member role can be updated only for user IDs.
   *
   * `POST /accounts/{AccountId}/rooms/{RoomId}/memberships/{MemberId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateRoomMembership(
    input: UpdateRoomMembershipRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateRoomMembershipResponse>;
  /**
   * Updates user details for a specified user ID. Currently, only LicenseType updates are supported for this action.
   *
   * `POST /accounts/{AccountId}/users/{UserId}`, answered 200 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateUser(
    input: UpdateUserRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateUserResponse>;
  /**
   * Updates the settings for the specified user, such as phone number settings.
   *
   * `PUT /accounts/{AccountId}/users/{UserId}/settings`, answered 204 on success.
   * Errors: `BadRequestException`, `ForbiddenException`, `NotFoundException`, `ServiceFailureException`, `ServiceUnavailableException`, `ThrottledClientException`, `UnauthorizedClientException`.
   */
  updateUserSettings(
    input: UpdateUserSettingsRequest,
    context: ChimeRequestContext<Context>,
  ): Promise<UpdateUserSettingsResponse | void>;
}
