/**
 * Strict reading of control API input: a value must have the type the route
 * expects and no member the route does not know, and every mistake is named
 * by its JSON path (`awsAccounts["111122223333"].accounts[0].Name`).
 */
export class ControlInputError extends Error {
  readonly code = "InvalidControlInput";

  constructor(where: string, problem: string) {
    super(problem === "" ? where : `${where} ${problem}`);
    this.name = "ControlInputError";
  }
}

/** Deepest nesting of objects and arrays a control body may have; exports and seeds need about ten. */
export const MAX_CONTROL_DEPTH = 32;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The JSON path of a member: `where.name`, or `where["111122223333"]` for keys that are not identifiers. */
export function memberPath(where: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${where}.${key}` : `${where}[${JSON.stringify(key)}]`;
}

/** The JSON path of a map entry: `where["111122223333"]`. */
export function entryPath(where: string, key: string): string {
  return `${where}[${JSON.stringify(key)}]`;
}

/** `value` as an object whose keys are all in `known`; otherwise a ControlInputError naming the path or the keys. */
export function strictObject(
  value: unknown,
  where: string,
  known: readonly string[],
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new ControlInputError(where, `must be a JSON object (got ${describe(value)})`);
  }
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ControlInputError(
      where,
      `has unknown member${unknown.length === 1 ? "" : "s"} ${unknown.map((key) => JSON.stringify(key)).join(", ")}; ${known.length === 0 ? "it takes none" : `known: ${known.join(", ")}`}`,
    );
  }
  return value;
}

/** Refuses query parameters a route does not take, naming them. */
export function strictQuery(query: URLSearchParams, where: string, known: readonly string[]): void {
  const unknown = [...new Set(query.keys())].filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ControlInputError(
      where,
      `does not take the query parameter${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")}; ${known.length === 0 ? "it takes none" : `it takes ${known.join(", ")}`}`,
    );
  }
}

/**
 * Refuses a value nested deeper than `maxDepth`, naming where. Walks
 * iteratively, so a hostile document thousands of levels deep is measured
 * without exhausting the stack.
 */
export function checkDepth(value: unknown, where: string, maxDepth = MAX_CONTROL_DEPTH): void {
  interface Frame {
    value: unknown;
    depth: number;
    parent?: Frame;
    key?: string;
  }
  const stack: Frame[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > maxDepth) {
      throw new ControlInputError(
        framePath(frame, where),
        `is nested deeper than ${maxDepth} levels of objects and arrays`,
      );
    }
    const current = frame.value;
    if (typeof current !== "object" || current === null) continue;
    for (const [key, member] of Object.entries(current)) {
      if (typeof member === "object" && member !== null) {
        stack.push({
          value: member,
          depth: frame.depth + 1,
          parent: frame,
          key: Array.isArray(current) ? `[${key}]` : key,
        });
      }
    }
  }

  function framePath(frame: Frame, root: string): string {
    const keys: string[] = [];
    for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent)
      keys.push(at.key);
    return keys
      .reverse()
      .reduce((path, key) => (key.startsWith("[") ? `${path}${key}` : memberPath(path, key)), root);
  }
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 64))}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
