import type { Handler, MiddlewareStack } from "@smithy/types";

/** The stack methods that change what a resolved handler would contain. */
const MUTATORS = [
  "add",
  "addRelativeTo",
  "remove",
  "removeByTag",
  "use",
  "identifyOnResolve",
] as const;

/**
 * Resolved middleware handlers of a client, one per operation. Resolving
 * a stack sorts and composes every middleware, which costs more than the rest
 * of a call's client-side work; commands sent without per-call options and
 * without middleware of their own reuse the handler instead. Any change to the
 * client's stack empties the cache, so middleware added later still runs.
 *
 * A reused handler shares one handler context across calls: middleware that
 * keeps per-call state in the context needs `cacheMiddleware: false`.
 */
export class HandlerCache {
  readonly #handlers = new Map<unknown, Handler<any, any>>();
  #stack: MiddlewareStack<any, any> | undefined;

  /** Follows changes to `stack`, the client's own stack. */
  watch(stack: MiddlewareStack<any, any>): void {
    this.#stack = stack;
    for (const method of MUTATORS) {
      const original = stack[method] as (...args: unknown[]) => unknown;
      (stack as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        this.#handlers.clear();
        return original.apply(stack, args);
      };
    }
  }

  get(stack: MiddlewareStack<any, any>, operation: unknown): Handler<any, any> | undefined {
    return stack === this.#stack ? this.#handlers.get(operation) : undefined;
  }

  set(stack: MiddlewareStack<any, any>, operation: unknown, handler: Handler<any, any>): void {
    if (stack === this.#stack) {
      this.#handlers.set(operation, handler);
    }
  }
}
