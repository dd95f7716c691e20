/** Query parameters by name, each with every value it was given, in order. */
export type QueryParams = ReadonlyMap<string, readonly string[]>;

export const EMPTY_QUERY: QueryParams = new Map();

/** Thrown for percent-encoding that does not decode to UTF-8 text. */
export class MalformedEncodingError extends Error {}

/**
 * Decodes a percent-encoded path segment or query component. `+` stays a plus
 * sign: AWS clients percent-encode spaces and plus signs alike, and a plus
 * sign must survive in values such as E.164 phone numbers.
 */
export function percentDecode(text: string): string {
  if (text.indexOf("%") === -1) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    throw new MalformedEncodingError(`'${text}' is not valid percent-encoded UTF-8`);
  }
}

/** Parses a raw query string (no leading `?`); repeated names keep every value. */
export function parseQuery(raw: string): QueryParams {
  if (raw === "") return EMPTY_QUERY;
  const params = new Map<string, string[]>();
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = percentDecode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : percentDecode(pair.slice(eq + 1));
    const values = params.get(name);
    if (values) values.push(value);
    else params.set(name, [value]);
  }
  return params;
}
