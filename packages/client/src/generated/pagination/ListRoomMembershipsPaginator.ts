// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { RoomMembership } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListRoomMembershipsCommand,
  type ListRoomMembershipsCommandInput,
  type ListRoomMembershipsCommandOutput,
} from "../commands/ListRoomMembershipsCommand.js";
/** Iterates over the pages of {@link ListRoomMembershipsCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListRoomMemberships: (
  config: ChimePaginationConfiguration,
  input: ListRoomMembershipsCommandInput,
  ...rest: any[]
) => Paginator<ListRoomMembershipsCommandOutput> = /* @__PURE__ */ createPaginator<
  ListRoomMembershipsCommandInput,
  ListRoomMembershipsCommandOutput
>({
  command: (input) => new ListRoomMembershipsCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `RoomMemberships` on every page of {@link ListRoomMembershipsCommand}. */
export const listRoomMembershipsItems: (
  config: ChimePaginationConfiguration,
  input: ListRoomMembershipsCommandInput,
  ...rest: any[]
) => AsyncGenerator<RoomMembership, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListRoomMembershipsCommandInput,
  ListRoomMembershipsCommandOutput,
  RoomMembership
>(paginateListRoomMemberships, "RoomMemberships");
