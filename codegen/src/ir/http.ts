import { labelOf, splitUri, type HttpTrait } from "../model/http-uri.ts";
import type { HttpIr, PathSegment } from "./types.ts";

/**
 * `/accounts/{AccountId}/users/{UserId}` gives literal, label, literal, label
 * segments; `{Key+}` is a greedy label. A segment that is not wholly a label is literal.
 */
export function pathSegments(path: string): PathSegment[] {
  return path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment): PathSegment => {
      const label = labelOf(segment);
      return label ? { kind: "label", ...label } : { kind: "literal", value: segment };
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
