// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import { describe, expect, it } from "vitest";
import { fake } from "../../src/generated/factories.js";
import { shapeViolations } from "../helpers/support/shape-violations.js";
const SEEDS = [1, 2, 3];
describe("every fixture factory passes the server's validation of its shape", () => {
  it("AccessDeniedException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("AccessDeniedException", fake.accessDeniedException(undefined, { seed })),
      ).toEqual([]);
  });
  it("Account", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("Account", fake.account(undefined, { seed }))).toEqual([]);
  });
  it("AccountSettings", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("AccountSettings", fake.accountSettings(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("AlexaForBusinessMetadata", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "AlexaForBusinessMetadata",
          fake.alexaForBusinessMetadata(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("AssociatePhoneNumberWithUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "AssociatePhoneNumberWithUserRequest",
          fake.associatePhoneNumberWithUserRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("AssociatePhoneNumberWithUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "AssociatePhoneNumberWithUserResponse",
          fake.associatePhoneNumberWithUserResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("AssociateSigninDelegateGroupsWithAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "AssociateSigninDelegateGroupsWithAccountRequest",
          fake.associateSigninDelegateGroupsWithAccountRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("AssociateSigninDelegateGroupsWithAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "AssociateSigninDelegateGroupsWithAccountResponse",
          fake.associateSigninDelegateGroupsWithAccountResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BadRequestException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("BadRequestException", fake.badRequestException(undefined, { seed })),
      ).toEqual([]);
  });
  it("BatchCreateRoomMembershipRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchCreateRoomMembershipRequest",
          fake.batchCreateRoomMembershipRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchCreateRoomMembershipResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchCreateRoomMembershipResponse",
          fake.batchCreateRoomMembershipResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchDeletePhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchDeletePhoneNumberRequest",
          fake.batchDeletePhoneNumberRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchDeletePhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchDeletePhoneNumberResponse",
          fake.batchDeletePhoneNumberResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchSuspendUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchSuspendUserRequest",
          fake.batchSuspendUserRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchSuspendUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchSuspendUserResponse",
          fake.batchSuspendUserResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchUnsuspendUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchUnsuspendUserRequest",
          fake.batchUnsuspendUserRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchUnsuspendUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchUnsuspendUserResponse",
          fake.batchUnsuspendUserResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchUpdatePhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchUpdatePhoneNumberRequest",
          fake.batchUpdatePhoneNumberRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchUpdatePhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchUpdatePhoneNumberResponse",
          fake.batchUpdatePhoneNumberResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("BatchUpdateUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("BatchUpdateUserRequest", fake.batchUpdateUserRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("BatchUpdateUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BatchUpdateUserResponse",
          fake.batchUpdateUserResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("Bot", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("Bot", fake.bot(undefined, { seed }))).toEqual([]);
  });
  it("BusinessCallingSettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "BusinessCallingSettings",
          fake.businessCallingSettings(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ConflictException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ConflictException", fake.conflictException(undefined, { seed })),
      ).toEqual([]);
  });
  it("ConversationRetentionSettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ConversationRetentionSettings",
          fake.conversationRetentionSettings(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreateAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateAccountRequest", fake.createAccountRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateAccountResponse", fake.createAccountResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateBotRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateBotRequest", fake.createBotRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateBotResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateBotResponse", fake.createBotResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateMeetingDialOutRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreateMeetingDialOutRequest",
          fake.createMeetingDialOutRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreateMeetingDialOutResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreateMeetingDialOutResponse",
          fake.createMeetingDialOutResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreatePhoneNumberOrderRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreatePhoneNumberOrderRequest",
          fake.createPhoneNumberOrderRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreatePhoneNumberOrderResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreatePhoneNumberOrderResponse",
          fake.createPhoneNumberOrderResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreateRoomMembershipRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreateRoomMembershipRequest",
          fake.createRoomMembershipRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreateRoomMembershipResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "CreateRoomMembershipResponse",
          fake.createRoomMembershipResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("CreateRoomRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateRoomRequest", fake.createRoomRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateRoomResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateRoomResponse", fake.createRoomResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateUserRequest", fake.createUserRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("CreateUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("CreateUserResponse", fake.createUserResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("DeleteAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("DeleteAccountRequest", fake.deleteAccountRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("DeleteAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("DeleteAccountResponse", fake.deleteAccountResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("DeleteEventsConfigurationRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeleteEventsConfigurationRequest",
          fake.deleteEventsConfigurationRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeleteEventsConfigurationResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeleteEventsConfigurationResponse",
          fake.deleteEventsConfigurationResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeletePhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeletePhoneNumberRequest",
          fake.deletePhoneNumberRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeletePhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeletePhoneNumberResponse",
          fake.deletePhoneNumberResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeleteRoomMembershipRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeleteRoomMembershipRequest",
          fake.deleteRoomMembershipRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeleteRoomMembershipResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DeleteRoomMembershipResponse",
          fake.deleteRoomMembershipResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DeleteRoomRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("DeleteRoomRequest", fake.deleteRoomRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("DeleteRoomResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("DeleteRoomResponse", fake.deleteRoomResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("DisassociatePhoneNumberFromUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DisassociatePhoneNumberFromUserRequest",
          fake.disassociatePhoneNumberFromUserRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DisassociatePhoneNumberFromUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DisassociatePhoneNumberFromUserResponse",
          fake.disassociatePhoneNumberFromUserResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DisassociateSigninDelegateGroupsFromAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DisassociateSigninDelegateGroupsFromAccountRequest",
          fake.disassociateSigninDelegateGroupsFromAccountRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("DisassociateSigninDelegateGroupsFromAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "DisassociateSigninDelegateGroupsFromAccountResponse",
          fake.disassociateSigninDelegateGroupsFromAccountResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("EventsConfiguration", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("EventsConfiguration", fake.eventsConfiguration(undefined, { seed })),
      ).toEqual([]);
  });
  it("ForbiddenException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ForbiddenException", fake.forbiddenException(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("GetAccountRequest", fake.getAccountRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("GetAccountResponse", fake.getAccountResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetAccountSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetAccountSettingsRequest",
          fake.getAccountSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetAccountSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetAccountSettingsResponse",
          fake.getAccountSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetBotRequest", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetBotRequest", fake.getBotRequest(undefined, { seed }))).toEqual([]);
  });
  it("GetBotResponse", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetBotResponse", fake.getBotResponse(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("GetEventsConfigurationRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetEventsConfigurationRequest",
          fake.getEventsConfigurationRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetEventsConfigurationResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetEventsConfigurationResponse",
          fake.getEventsConfigurationResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetGlobalSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetGlobalSettingsRequest",
          fake.getGlobalSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetGlobalSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetGlobalSettingsResponse",
          fake.getGlobalSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetPhoneNumberOrderRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetPhoneNumberOrderRequest",
          fake.getPhoneNumberOrderRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetPhoneNumberOrderResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetPhoneNumberOrderResponse",
          fake.getPhoneNumberOrderResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetPhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("GetPhoneNumberRequest", fake.getPhoneNumberRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetPhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("GetPhoneNumberResponse", fake.getPhoneNumberResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetPhoneNumberSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetPhoneNumberSettingsRequest",
          fake.getPhoneNumberSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetPhoneNumberSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetPhoneNumberSettingsResponse",
          fake.getPhoneNumberSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetRetentionSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetRetentionSettingsRequest",
          fake.getRetentionSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetRetentionSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetRetentionSettingsResponse",
          fake.getRetentionSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("GetRoomRequest", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetRoomRequest", fake.getRoomRequest(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("GetRoomResponse", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetRoomResponse", fake.getRoomResponse(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("GetUserRequest", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetUserRequest", fake.getUserRequest(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("GetUserResponse", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("GetUserResponse", fake.getUserResponse(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("GetUserSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("GetUserSettingsRequest", fake.getUserSettingsRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("GetUserSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "GetUserSettingsResponse",
          fake.getUserSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("Invite", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("Invite", fake.invite(undefined, { seed }))).toEqual([]);
  });
  it("InviteUsersRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("InviteUsersRequest", fake.inviteUsersRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("InviteUsersResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("InviteUsersResponse", fake.inviteUsersResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListAccountsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListAccountsRequest", fake.listAccountsRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListAccountsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListAccountsResponse", fake.listAccountsResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListBotsRequest", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("ListBotsRequest", fake.listBotsRequest(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("ListBotsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListBotsResponse", fake.listBotsResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListPhoneNumberOrdersRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListPhoneNumberOrdersRequest",
          fake.listPhoneNumberOrdersRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListPhoneNumberOrdersResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListPhoneNumberOrdersResponse",
          fake.listPhoneNumberOrdersResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListPhoneNumbersRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListPhoneNumbersRequest",
          fake.listPhoneNumbersRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListPhoneNumbersResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListPhoneNumbersResponse",
          fake.listPhoneNumbersResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListRoomMembershipsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListRoomMembershipsRequest",
          fake.listRoomMembershipsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListRoomMembershipsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListRoomMembershipsResponse",
          fake.listRoomMembershipsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListRoomsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListRoomsRequest", fake.listRoomsRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListRoomsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListRoomsResponse", fake.listRoomsResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListSupportedPhoneNumberCountriesRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListSupportedPhoneNumberCountriesRequest",
          fake.listSupportedPhoneNumberCountriesRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListSupportedPhoneNumberCountriesResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ListSupportedPhoneNumberCountriesResponse",
          fake.listSupportedPhoneNumberCountriesResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ListUsersRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListUsersRequest", fake.listUsersRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("ListUsersResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("ListUsersResponse", fake.listUsersResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("LogoutUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("LogoutUserRequest", fake.logoutUserRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("LogoutUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("LogoutUserResponse", fake.logoutUserResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("Member", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("Member", fake.member(undefined, { seed }))).toEqual([]);
  });
  it("MemberError", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("MemberError", fake.memberError(undefined, { seed }))).toEqual([]);
  });
  it("MembershipItem", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("MembershipItem", fake.membershipItem(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("NotFoundException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("NotFoundException", fake.notFoundException(undefined, { seed })),
      ).toEqual([]);
  });
  it("OrderedPhoneNumber", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("OrderedPhoneNumber", fake.orderedPhoneNumber(undefined, { seed })),
      ).toEqual([]);
  });
  it("PhoneNumber", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("PhoneNumber", fake.phoneNumber(undefined, { seed }))).toEqual([]);
  });
  it("PhoneNumberAssociation", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("PhoneNumberAssociation", fake.phoneNumberAssociation(undefined, { seed })),
      ).toEqual([]);
  });
  it("PhoneNumberCapabilities", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "PhoneNumberCapabilities",
          fake.phoneNumberCapabilities(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("PhoneNumberCountry", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("PhoneNumberCountry", fake.phoneNumberCountry(undefined, { seed })),
      ).toEqual([]);
  });
  it("PhoneNumberError", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("PhoneNumberError", fake.phoneNumberError(undefined, { seed })),
      ).toEqual([]);
  });
  it("PhoneNumberOrder", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("PhoneNumberOrder", fake.phoneNumberOrder(undefined, { seed })),
      ).toEqual([]);
  });
  it("PutEventsConfigurationRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "PutEventsConfigurationRequest",
          fake.putEventsConfigurationRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("PutEventsConfigurationResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "PutEventsConfigurationResponse",
          fake.putEventsConfigurationResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("PutRetentionSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "PutRetentionSettingsRequest",
          fake.putRetentionSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("PutRetentionSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "PutRetentionSettingsResponse",
          fake.putRetentionSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RedactConversationMessageRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RedactConversationMessageRequest",
          fake.redactConversationMessageRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RedactConversationMessageResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RedactConversationMessageResponse",
          fake.redactConversationMessageResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RedactRoomMessageRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RedactRoomMessageRequest",
          fake.redactRoomMessageRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RedactRoomMessageResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RedactRoomMessageResponse",
          fake.redactRoomMessageResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RegenerateSecurityTokenRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RegenerateSecurityTokenRequest",
          fake.regenerateSecurityTokenRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RegenerateSecurityTokenResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RegenerateSecurityTokenResponse",
          fake.regenerateSecurityTokenResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ResetPersonalPINRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ResetPersonalPINRequest",
          fake.resetPersonalPINRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ResetPersonalPINResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ResetPersonalPINResponse",
          fake.resetPersonalPINResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ResourceLimitExceededException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ResourceLimitExceededException",
          fake.resourceLimitExceededException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RestorePhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RestorePhoneNumberRequest",
          fake.restorePhoneNumberRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RestorePhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "RestorePhoneNumberResponse",
          fake.restorePhoneNumberResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("RetentionSettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("RetentionSettings", fake.retentionSettings(undefined, { seed })),
      ).toEqual([]);
  });
  it("Room", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("Room", fake.room(undefined, { seed }))).toEqual([]);
  });
  it("RoomMembership", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("RoomMembership", fake.roomMembership(undefined, { seed }))).toEqual(
        [],
      );
  });
  it("RoomRetentionSettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("RoomRetentionSettings", fake.roomRetentionSettings(undefined, { seed })),
      ).toEqual([]);
  });
  it("SearchAvailablePhoneNumbersRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "SearchAvailablePhoneNumbersRequest",
          fake.searchAvailablePhoneNumbersRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("SearchAvailablePhoneNumbersResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "SearchAvailablePhoneNumbersResponse",
          fake.searchAvailablePhoneNumbersResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ServiceFailureException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ServiceFailureException",
          fake.serviceFailureException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("ServiceUnavailableException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ServiceUnavailableException",
          fake.serviceUnavailableException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("SigninDelegateGroup", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("SigninDelegateGroup", fake.signinDelegateGroup(undefined, { seed })),
      ).toEqual([]);
  });
  it("TelephonySettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("TelephonySettings", fake.telephonySettings(undefined, { seed })),
      ).toEqual([]);
  });
  it("ThrottledClientException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "ThrottledClientException",
          fake.throttledClientException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UnauthorizedClientException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UnauthorizedClientException",
          fake.unauthorizedClientException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UnprocessableEntityException", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UnprocessableEntityException",
          fake.unprocessableEntityException(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateAccountRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateAccountRequest", fake.updateAccountRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateAccountResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateAccountResponse", fake.updateAccountResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateAccountSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateAccountSettingsRequest",
          fake.updateAccountSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateAccountSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateAccountSettingsResponse",
          fake.updateAccountSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateBotRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateBotRequest", fake.updateBotRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateBotResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateBotResponse", fake.updateBotResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateGlobalSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateGlobalSettingsRequest",
          fake.updateGlobalSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateGlobalSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateGlobalSettingsResponse",
          fake.updateGlobalSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdatePhoneNumberRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdatePhoneNumberRequest",
          fake.updatePhoneNumberRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdatePhoneNumberRequestItem", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdatePhoneNumberRequestItem",
          fake.updatePhoneNumberRequestItem(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdatePhoneNumberResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdatePhoneNumberResponse",
          fake.updatePhoneNumberResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdatePhoneNumberSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdatePhoneNumberSettingsRequest",
          fake.updatePhoneNumberSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdatePhoneNumberSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdatePhoneNumberSettingsResponse",
          fake.updatePhoneNumberSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateRoomMembershipRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateRoomMembershipRequest",
          fake.updateRoomMembershipRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateRoomMembershipResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateRoomMembershipResponse",
          fake.updateRoomMembershipResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateRoomRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateRoomRequest", fake.updateRoomRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateRoomResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateRoomResponse", fake.updateRoomResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateUserRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateUserRequest", fake.updateUserRequest(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateUserRequestItem", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateUserRequestItem", fake.updateUserRequestItem(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateUserResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("UpdateUserResponse", fake.updateUserResponse(undefined, { seed })),
      ).toEqual([]);
  });
  it("UpdateUserSettingsRequest", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateUserSettingsRequest",
          fake.updateUserSettingsRequest(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("UpdateUserSettingsResponse", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations(
          "UpdateUserSettingsResponse",
          fake.updateUserSettingsResponse(undefined, { seed }),
        ),
      ).toEqual([]);
  });
  it("User", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("User", fake.user(undefined, { seed }))).toEqual([]);
  });
  it("UserError", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("UserError", fake.userError(undefined, { seed }))).toEqual([]);
  });
  it("UserSettings", () => {
    for (const seed of SEEDS)
      expect(shapeViolations("UserSettings", fake.userSettings(undefined, { seed }))).toEqual([]);
  });
  it("VoiceConnectorSettings", () => {
    for (const seed of SEEDS)
      expect(
        shapeViolations("VoiceConnectorSettings", fake.voiceConnectorSettings(undefined, { seed })),
      ).toEqual([]);
  });
});
