// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
/** Paging and filtering of every paginated operation: token and page-size members, the modeled page-size range, the documented default page size and the query members that filter. */
export const listOperationTable = {
  ListAccounts: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "Accounts",
    pageSizeRange: {
      min: 1,
      max: 200,
    },
    defaultPageSize: 100,
    filters: ["Name", "UserEmail"],
  },
  ListBots: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "Bots",
    pageSizeRange: {
      min: 1,
      max: 99,
    },
    defaultPageSize: 10,
    filters: [],
  },
  ListPhoneNumberOrders: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "PhoneNumberOrders",
    pageSizeRange: {
      min: 1,
      max: 99,
    },
    filters: [],
  },
  ListPhoneNumbers: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "PhoneNumbers",
    pageSizeRange: {
      min: 1,
      max: 99,
    },
    filters: ["FilterName", "FilterValue", "ProductType", "Status"],
  },
  ListRoomMemberships: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "RoomMemberships",
    pageSizeRange: {
      min: 1,
      max: 99,
    },
    filters: [],
  },
  ListRooms: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "Rooms",
    pageSizeRange: {
      min: 1,
      max: 99,
    },
    filters: ["MemberId"],
  },
  ListUsers: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "Users",
    pageSizeRange: {
      min: 1,
      max: 200,
    },
    defaultPageSize: 100,
    filters: ["UserEmail", "UserType"],
  },
  SearchAvailablePhoneNumbers: {
    inputToken: "NextToken",
    outputToken: "NextToken",
    pageSize: "MaxResults",
    items: "E164PhoneNumbers",
    pageSizeRange: {
      min: 1,
      max: 500,
    },
    filters: ["AreaCode", "City", "Country", "PhoneNumberType", "State", "TollFreePrefix"],
  },
} as const;

/** The name of a paginated operation. */
export type ListOperationName = keyof typeof listOperationTable;
