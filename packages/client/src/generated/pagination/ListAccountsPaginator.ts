// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { Account } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListAccountsCommand,
  type ListAccountsCommandInput,
  type ListAccountsCommandOutput,
} from "../commands/ListAccountsCommand.js";
/** Iterates over the pages of {@link ListAccountsCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListAccounts: (
  config: ChimePaginationConfiguration,
  input: ListAccountsCommandInput,
  ...rest: any[]
) => Paginator<ListAccountsCommandOutput> = /* @__PURE__ */ createPaginator<
  ListAccountsCommandInput,
  ListAccountsCommandOutput
>({
  command: (input) => new ListAccountsCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `Accounts` on every page of {@link ListAccountsCommand}. */
export const listAccountsItems: (
  config: ChimePaginationConfiguration,
  input: ListAccountsCommandInput,
  ...rest: any[]
) => AsyncGenerator<Account, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListAccountsCommandInput,
  ListAccountsCommandOutput,
  Account
>(paginateListAccounts, "Accounts");
