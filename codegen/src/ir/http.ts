import type { HttpIr, PathSegment } from "./types.ts";

/** The `smithy.api#http` trait as written in the model. */
export interface HttpTrait {
  method: string;
  uri: string;
  code?: number;
}

/** Splits an http trait's URI into its path template and its literal query. */
export function splitUri(uri: string): { path: string; query: string } {
  const mark = uri.indexOf("?");
  return mark === -1
    ? { path: uri, query: "" }
    : { path: uri.slice(0, mark), query: uri.slice(mark + 1) };
}

/**
 * `/accounts/{AccountId}/users/{UserId}` gives literal, label, literal, label
 * segments; `{Key+}` is a greedy label. A segment that is not wholly a label is literal.
 */
export function pathSegments(path: string): PathSegment[] {
  return path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment): PathSegment => {
      const label = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$/.exec(segment);
      return label
        ? { kind: "label", name: label[1], greedy: label[2] === "+" }
        : { kind: "literal", value: segment };
    });
}

/** `operation=logout&force` gives `{ force: "", operation: "logout" }`, sorted by key. */
export function queryLiterals(query: string): Record<string, string> {
  const pairs = query
    .split("&")
    .filter((pair) => pair.length > 0)
    .map((pair): [string, string] => {
      const equals = pair.indexOf("=");
      return equals === -1 ? [pair, ""] : [pair.slice(0, equals), pair.slice(equals + 1)];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(pairs);
}

/** Names of the labels in a path template, in order. */
export function labelNames(path: string): { name: string; greedy: boolean }[] {
  return pathSegments(path).flatMap((segment) =>
    segment.kind === "label" ? [{ name: segment.name, greedy: segment.greedy }] : [],
  );
}

export function httpIr(trait: HttpTrait): HttpIr {
  const { path, query } = splitUri(trait.uri);
  return {
    method: trait.method.toUpperCase() as HttpIr["method"],
    uri: trait.uri,
    path,
    segments: pathSegments(path),
    queryLiterals: queryLiterals(query),
    code: trait.code ?? 200,
  };
}
