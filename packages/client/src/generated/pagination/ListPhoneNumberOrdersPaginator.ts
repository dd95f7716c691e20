// Code generated from the Smithy model in model/ (com.amazonaws.chime) by @chimekit/codegen. DO NOT EDIT.
import type { PhoneNumberOrder } from "@chimekit/types";
import type { Paginator } from "@smithy/types";
import {
  type ChimePaginationConfiguration,
  createItemIterator,
  createPaginator,
} from "../../runtime/paginate.js";
import {
  ListPhoneNumberOrdersCommand,
  type ListPhoneNumberOrdersCommandInput,
  type ListPhoneNumberOrdersCommandOutput,
} from "../commands/ListPhoneNumberOrdersCommand.js";
/** Iterates over the pages of {@link ListPhoneNumberOrdersCommand}, passing each page's `NextToken` as the next request's `NextToken`. */
export const paginateListPhoneNumberOrders: (
  config: ChimePaginationConfiguration,
  input: ListPhoneNumberOrdersCommandInput,
  ...rest: any[]
) => Paginator<ListPhoneNumberOrdersCommandOutput> = /* @__PURE__ */ createPaginator<
  ListPhoneNumberOrdersCommandInput,
  ListPhoneNumberOrdersCommandOutput
>({
  command: (input) => new ListPhoneNumberOrdersCommand(input),
  inputToken: "NextToken",
  outputToken: "NextToken",
  pageSize: "MaxResults",
});
/** Iterates over every element of `PhoneNumberOrders` on every page of {@link ListPhoneNumberOrdersCommand}. */
export const listPhoneNumberOrdersItems: (
  config: ChimePaginationConfiguration,
  input: ListPhoneNumberOrdersCommandInput,
  ...rest: any[]
) => AsyncGenerator<PhoneNumberOrder, undefined, unknown> = /* @__PURE__ */ createItemIterator<
  ListPhoneNumberOrdersCommandInput,
  ListPhoneNumberOrdersCommandOutput,
  PhoneNumberOrder
>(paginateListPhoneNumberOrders, "PhoneNumberOrders");
