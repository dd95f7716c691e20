// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  SearchAvailablePhoneNumbersCommand,
  type SearchAvailablePhoneNumbersCommandInput,
  type SearchAvailablePhoneNumbersCommandOutput,
} from "../commands/SearchAvailablePhoneNumbersCommand.js";
/** Iterates over the pages of {@link SearchAvailablePhoneNumbersCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateSearchAvailablePhoneNumbers: (
  config: ChimePaginationConfiguration,
  input: SearchAvailablePhoneNumbersCommandInput,
  ...rest: any[]
) => Paginator<SearchAvailablePhoneNumbersCommandOutput> = /* @__PURE__ */ createPaginator<
  SearchAvailablePhoneNumbersCommandInput,
  SearchAvailablePhoneNumbersCommandOutput
>({
  command: (input) => new SearchAvailablePhoneNumbersCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `E164PhoneNumbers` on every page of {@link SearchAvailablePhoneNumbersCommand}. */
export const searchAvailablePhoneNumbersItems: (
  config: ChimePaginationConfiguration,
  input: SearchAvailablePhoneNumbersCommandInput,
  ...rest: any[]
) => AsyncGenerator<string, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  SearchAvailablePhoneNumbersCommandInput,
  SearchAvailablePhoneNumbersCommandOutput,
  string
>(paginateSearchAvailablePhoneNumbers, "E164PhoneNumbers");
