// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { Room } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListRoomsCommand,
  type ListRoomsCommandInput,
  type ListRoomsCommandOutput,
} from "../commands/ListRoomsCommand.js";
/** Iterates over the pages of {@link ListRoomsCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListRooms: (
  config: ChimePaginationConfiguration,
  input: ListRoomsCommandInput,
  ...rest: any[]
) => Paginator<ListRoomsCommandOutput> = /* @__PURE__ */ createPaginator<
  ListRoomsCommandInput,
  ListRoomsCommandOutput
>({
  command: (input) => new ListRoomsCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `Rooms` on every page of {@link ListRoomsCommand}. */
export const listRoomsItems: (
  config: ChimePaginationConfiguration,
  input: ListRoomsCommandInput,
  ...rest: any[]
) => AsyncGenerator<Room, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListRoomsCommandInput,
  ListRoomsCommandOutput,
  Room
>(paginateListRooms, "Rooms");
