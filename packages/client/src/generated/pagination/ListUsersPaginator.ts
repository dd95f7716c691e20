// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { User } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListUsersCommand,
  type ListUsersCommandInput,
  type ListUsersCommandOutput,
} from "../commands/ListUsersCommand.js";
/** Iterates over the pages of {@link ListUsersCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListUsers: (
  config: ChimePaginationConfiguration,
  input: ListUsersCommandInput,
  ...rest: any[]
) => Paginator<ListUsersCommandOutput> = /* @__PURE__ */ createPaginator<
  ListUsersCommandInput,
  ListUsersCommandOutput
>({
  command: (input) => new ListUsersCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `Users` on every page of {@link ListUsersCommand}. */
export const listUsersItems: (
  config: ChimePaginationConfiguration,
  input: ListUsersCommandInput,
  ...rest: any[]
) => AsyncGenerator<User, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListUsersCommandInput,
  ListUsersCommandOutput,
  User
>(paginateListUsers, "Users");
