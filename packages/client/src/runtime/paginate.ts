import type { Command, MetadataBearer, PaginationConfiguration, Paginator } from "@smithy/types";

/** The first argument of `paginate<Operation>`: the client, plus page size and starting token. */
export interface ChimePaginationConfiguration extends PaginationConfiguration {}

/** What a paginated operation's schema tells the paginator. */
export interface PaginationSchema<Input, Output> {
  /** Builds the command for one page. */
  command: (input: Input) => Command<any, Input, any, Output, any>;
  inputToken: keyof Input & string;
  outputToken: keyof Output & string;
  pageSize?: keyof Input & string;
}

/**
 * A `paginate<Operation>` function: an async iterator over pages that sends
 * the next page's request with the previous page's token until a page comes
 * back without one (or, with `stopOnSameToken`, with the same one).
 */
export function createPaginator<Input extends object, Output extends MetadataBearer>(
  schema: PaginationSchema<Input, Output>,
): (config: ChimePaginationConfiguration, input: Input, ...rest: any[]) => Paginator<Output> {
  return async function* paginate(config, input, ...rest) {
    let token: unknown = config.startingToken ?? input[schema.inputToken];
    while (true) {
      const pageInput: Record<string, unknown> = { ...input, [schema.inputToken]: token };
      if (schema.pageSize !== undefined && config.pageSize !== undefined) {
        pageInput[schema.pageSize] = config.pageSize;
      }
      const page: Output = await config.client.send(schema.command(pageInput as Input), ...rest);
      yield page;
      const previous = token;
      token = (page as Record<string, unknown>)[schema.outputToken];
      if (token === undefined || token === null || token === "") {
        return undefined;
      }
      if (config.stopOnSameToken && token === previous) {
        return undefined;
      }
    }
  };
}

/**
 * An item iterator: every element of every page's `items` list, so callers
 * write `for await (const user of listUsersItems(...))` instead of nesting
 * loops over pages.
 */
export function createItemIterator<Input extends object, Output extends MetadataBearer, Item>(
  paginate: (
    config: ChimePaginationConfiguration,
    input: Input,
    ...rest: any[]
  ) => Paginator<Output>,
  items: keyof Output & string,
): (
  config: ChimePaginationConfiguration,
  input: Input,
  ...rest: any[]
) => AsyncGenerator<Item, undefined, unknown> {
  return async function* iterateItems(config, input, ...rest) {
    for await (const page of paginate(config, input, ...rest)) {
      const pageItems = (page as Record<string, unknown>)[items] as Item[] | undefined;
      if (pageItems) {
        yield* pageItems;
      }
    }
    return undefined;
  };
}
