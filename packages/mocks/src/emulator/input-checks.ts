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
 * without exhausting the stack; the path is worked out only on failure, so a
 * sound export of 100,000 records costs one pass without allocations per node.
 */
export function checkDepth(value: unknown, where: string, maxDepth = MAX_CONTROL_DEPTH): void {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop()!;
    if (depth > maxDepth)
      throw new ControlInputError(
        pathAtDepth(value, where, maxDepth + 1),
        `is nested deeper than ${maxDepth} levels of objects and arrays`,
      );
    for (const key in current) {
      const member = (current as Record<string, unknown>)[key];
      if (typeof member === "object" && member !== null) {
        values.push(member);
        depths.push(depth + 1);
      }
    }
  }
}

/** The JSON path of the first value found `depth` levels down (depth-first), for a message. */
function pathAtDepth(value: unknown, where: string, depth: number): string {
  let path = where;
  let current = value as Record<string, unknown>;
  for (let level = 0; level < depth; level += 1) {
    const key = Object.keys(current).find(
      (candidate) =>
        typeof current[candidate] === "object" &&
        current[candidate] !== null &&
        reaches(current[candidate], depth - level - 1),
    )!;
    path = Array.isArray(current) ? `${path}[${key}]` : memberPath(path, key);
    current = current[key] as Record<string, unknown>;
  }
  return path;
}

/** Whether `value` holds objects nested at least `levels` deep. */
function reaches(value: unknown, levels: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth >= levels) return true;
    for (const key in current) {
      const member = current[key];
      if (typeof member === "object" && member !== null) {
        values.push(member);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 64))}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
