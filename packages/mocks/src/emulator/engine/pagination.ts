import { listOperationTable, type ListOperationName } from "../../generated/list-operations.js";
import { badRequest } from "./errors.js";

export interface PageRequest {
  operation: ListOperationName;
  maxResults?: number;
  nextToken?: string;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

const TOKEN_VERSION = "1";

/**
 * The page size of a list call: `MaxResults` within the modeled range, or
 * the default the reference documents, or the range's maximum.
 */
export function pageSize(request: PageRequest): number {
  const entry = listOperationTable[request.operation];
  const range: { min?: number; max?: number } = entry.pageSizeRange ?? {};
  if (request.maxResults === undefined) {
    return ("defaultPageSize" in entry ? entry.defaultPageSize : undefined) ?? range.max ?? 100;
  }
  const { maxResults } = request;
  if (
    !Number.isInteger(maxResults) ||
    (range.min !== undefined && maxResults < range.min) ||
    (range.max !== undefined && maxResults > range.max)
  ) {
    throw badRequest(
      `${request.operation}: MaxResults ${maxResults} is out of range; it must be an integer from ${range.min ?? 1} to ${range.max ?? "any"}`,
    );
  }
  return maxResults;
}

/**
 * Next tokens are opaque to clients but carry the operation and the cursor
 * (the last item's position), so a page boundary does not move when items
 * are added or removed elsewhere, and a token from another list is refused.
 */
export function encodeToken(operation: ListOperationName, cursor: string): string {
  return Buffer.from(`${TOKEN_VERSION}\n${operation}\n${cursor}`, "utf8").toString("base64url");
}

export function decodeToken(operation: ListOperationName, token: string): string {
  const parts = Buffer.from(token, "base64url").toString("utf8").split("\n");
  if (
    parts.length !== 3 ||
    parts[0] !== TOKEN_VERSION ||
    parts[1] !== operation ||
    parts[2] === ""
  ) {
    throw invalidToken(operation, token);
  }
  return parts[2];
}

export function invalidToken(operation: ListOperationName, token: string) {
  return badRequest(
    `${operation}: NextToken "${token.slice(0, 40)}" was not issued by ${operation}; pass the NextToken of the previous ${operation} response unchanged`,
  );
}
