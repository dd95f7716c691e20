// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { Bot } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListBotsCommand,
  type ListBotsCommandInput,
  type ListBotsCommandOutput,
} from "../commands/ListBotsCommand.js";
/** Iterates over the pages of {@link ListBotsCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListBots: (
  config: ChimePaginationConfiguration,
  input: ListBotsCommandInput,
  ...rest: any[]
) => Paginator<ListBotsCommandOutput> = /* @__PURE__ */ createPaginator<
  ListBotsCommandInput,
  ListBotsCommandOutput
>({
  command: (input) => new ListBotsCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `Bots` on every page of {@link ListBotsCommand}. */
export const listBotsItems: (
  config: ChimePaginationConfiguration,
  input: ListBotsCommandInput,
  ...rest: any[]
) => AsyncGenerator<Bot, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListBotsCommandInput,
  ListBotsCommandOutput,
  Bot
>(paginateListBots, "Bots");
