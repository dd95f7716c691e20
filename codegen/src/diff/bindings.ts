import { breaking, type ModelChange } from "./change.ts";
import { formatValue, presenceChange, traitName } from "./describe.ts";

/**
 * Binding traits decide where a value travels on the wire (method, URI,
 * status code, label, query string, header, JSON key). Any change to one
 * breaks callers and servers built against the other model.
 */

interface HttpTrait {
  method?: string;
  uri?: string;
  code?: number;
}

/** The default status code of the `http` trait when it names none. */
const DEFAULT_HTTP_CODE = 200;

/** `smithy.api#http` on an operation: its route and success status. */
export function httpDiffer(subject: string, before: unknown, after: unknown): ModelChange[] {
  if (before === undefined || after === undefined) {
    return [
      breaking(
        "http-binding-changed",
        subject,
        `http binding ${presenceChange(before, after)} (${formatValue(before ?? after)})`,
      ),
    ];
  }
  const was = before as HttpTrait;
  const now = after as HttpTrait;
  const changes: ModelChange[] = [];
  if (was.method !== now.method) {
    changes.push(
      breaking("http-method-changed", subject, `HTTP method ${was.method} became ${now.method}`),
    );
  }
  if (was.uri !== now.uri) {
    changes.push(breaking("http-uri-changed", subject, `HTTP URI ${was.uri} became ${now.uri}`));
  }
  const wasCode = was.code ?? DEFAULT_HTTP_CODE;
  const nowCode = now.code ?? DEFAULT_HTTP_CODE;
  if (wasCode !== nowCode) {
    changes.push(
      breaking("http-code-changed", subject, `HTTP status ${wasCode} became ${nowCode}`),
    );
  }
  return changes;
}

/**
 * Member binding traits (`httpLabel`, `httpQuery`, `httpHeader`, `jsonName`,
 * ...) and error bindings (`error`, `httpError`).
 */
export function bindingDiffer(traitId: string) {
  const name = traitName(traitId);
  return (subject: string, before: unknown, after: unknown): ModelChange[] => {
    const change = presenceChange(before, after);
    const description =
      change === "changed"
        ? `${name} ${formatValue(before)} became ${formatValue(after)}`
        : `${name} ${change}${isAnnotation(before ?? after) ? "" : ` (${formatValue(before ?? after)})`}`;
    return [breaking("binding-changed", subject, description)];
  };
}

/** Annotation traits such as `httpLabel` carry an empty object: nothing worth printing. */
function isAnnotation(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
