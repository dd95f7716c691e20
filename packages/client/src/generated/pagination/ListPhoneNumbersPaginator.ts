// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { PhoneNumber } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListPhoneNumbersCommand,
  type ListPhoneNumbersCommandInput,
  type ListPhoneNumbersCommandOutput,
} from "../commands/ListPhoneNumbersCommand.js";
/** Iterates over the pages of {@link ListPhoneNumbersCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListPhoneNumbers: (
  config: ChimePaginationConfiguration,
  input: ListPhoneNumbersCommandInput,
  ...rest: any[]
) => Paginator<ListPhoneNumbersCommandOutput> = /* @__PURE__ */ createPaginator<
  ListPhoneNumbersCommandInput,
  ListPhoneNumbersCommandOutput
>({
  command: (input) => new ListPhoneNumbersCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `PhoneNumbers` on every page of {@link ListPhoneNumbersCommand}. */
export const listPhoneNumbersItems: (
  config: ChimePaginationConfiguration,
  input: ListPhoneNumbersCommandInput,
  ...rest: any[]
) => AsyncGenerator<PhoneNumber, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListPhoneNumbersCommandInput,
  ListPhoneNumbersCommandOutput,
  PhoneNumber
>(paginateListPhoneNumbers, "PhoneNumbers");
