import type { Binding, Constraints, MemberIr, TypeRef, ValueIr } from "../../ir/types.ts";
import { commentSafe } from "../shared/doc-comment.ts";

/**
 * The TSDoc of a member: the model's documentation, then what a caller must
 * know that the type cannot say: whether it is required, where it travels,
 * and its constraints.
 *
 * `MaxResults` of `ListUsersRequest` gives:
 *   The maximum number of results to return in a single call.
 *
 *   Optional. Sent as the query parameter `max-results`. Range: 1 to 200.
 */
export function memberDoc(member: MemberIr): string {
  const facts = [
    member.required ? "Required." : "Optional.",
    bindingFact(member.binding),
    ...valueFacts(member),
    member.idempotencyToken
      ? "An idempotency token: a unique value per logical request, so retries are safe."
      : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  return paragraphs(member.documentation, facts.join(" "));
}

/** The TSDoc of a named shape: its documentation, with a fallback so every public type is documented. */
export function shapeDoc(
  documentation: string | undefined,
  fallback: string,
  facts: string[] = [],
): string {
  return paragraphs(documentation ?? fallback, facts.join(" "));
}

function bindingFact(binding: Binding): string | undefined {
  switch (binding.location) {
    case "label":
      return "Sent in the URI path.";
    case "query":
      return `Sent as the query parameter \`${binding.name}\`.`;
    case "header":
      return `Sent as the HTTP header \`${binding.name}\`.`;
    case "payload":
      return "Sent as the HTTP payload.";
    case "responseCode":
      return "The HTTP status code of the response.";
    case "body":
      return undefined;
  }
}

function valueFacts(value: ValueIr): string[] {
  const facts = constraintFacts(value.type, value.constraints);
  if (value.type.kind === "list") {
    const element = constraintFacts(value.type.member.type, value.type.member.constraints);
    if (element.length > 0) facts.push(`Each item: ${element.map(lowerFirst).join(" ")}`);
  }
  if (value.type.kind === "timestamp") facts.push(`Sent as ${timestampWire(value.type.format)}.`);
  if (value.sensitive || (value.type.kind === "list" && value.type.member.sensitive)) {
    facts.push("Sensitive: keep it out of logs.");
  }
  return facts;
}

function constraintFacts(type: TypeRef, constraints: Constraints): string[] {
  const facts: string[] = [];
  if (constraints.length) {
    const unit = type.kind === "list" || type.kind === "map" ? "items" : "characters";
    facts.push(`Length: ${bounds(constraints.length)} ${unit}.`);
  }
  if (constraints.range) facts.push(`Range: ${bounds(constraints.range)}.`);
  if (constraints.pattern !== undefined) facts.push(`Pattern: \`${constraints.pattern}\`.`);
  return facts;
}

function bounds({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min}` : `${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}

function timestampWire(format: "date-time" | "epoch-seconds" | "http-date"): string {
  switch (format) {
    case "date-time":
      return "an ISO 8601 date-time";
    case "epoch-seconds":
      return "seconds since the Unix epoch";
    case "http-date":
      return "an HTTP date";
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Joins non-empty paragraphs; a star-slash in the text would end the comment early, so it is escaped. */
function paragraphs(...texts: (string | undefined)[]): string {
  return texts
    .filter((text): text is string => text !== undefined && text.trim().length > 0)
    .map((text) => commentSafe(text.trim()))
    .join("\n\n");
}
