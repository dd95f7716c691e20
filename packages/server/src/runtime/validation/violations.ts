/**
 * Collects validation failures in AWS's words:
 * `Value 'x' at 'user.name' failed to satisfy constraint: Member must ...`.
 * Member paths start lower-case (`AccountId` is `accountId`), list entries are
 * `list.<1-based index>.member` and map values `map.<key>`.
 */
export class Violations {
  readonly messages: string[] = [];

  add(value: unknown, path: string, constraint: string, sensitive = false): void {
    const shown =
      value === undefined || value === null
        ? "Value null"
        : sensitive
          ? "Value"
          : `Value '${render(value)}'`;
    this.messages.push(`${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  get size(): number {
    return this.messages.length;
  }

  /** `2 validation errors detected: ...; ...`. */
  summary(): string {
    const count = this.messages.length;
    return `${count} validation error${count === 1 ? "" : "s"} detected: ${this.messages.join("; ")}`;
  }
}

/** `AccountId` -> `accountId`, as AWS names member paths in validation messages. */
export function memberPathName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

/** The path of a member (given by its path name) inside `parent` (`""` at the top). */
export function childPath(parent: string, pathName: string): string {
  return parent === "" ? pathName : `${parent}.${pathName}`;
}

/** Nesting and length past which a rejected value is abbreviated: a hostile value must not blow the stack or the answer up. */
const RENDER_MAX_DEPTH = 8;
const RENDER_MAX_LENGTH = 256;

function render(value: unknown): string {
  const text = renderNested(value, 0);
  return text.length > RENDER_MAX_LENGTH ? `${text.slice(0, RENDER_MAX_LENGTH)}...` : text;
}

function renderNested(value: unknown, depth: number): string {
  if (Array.isArray(value)) {
    if (depth >= RENDER_MAX_DEPTH) return "[...]";
    return `[${value.map((entry) => renderNested(entry, depth + 1)).join(", ")}]`;
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === "object" && value !== null) {
    return nestedDeeperThan(value, RENDER_MAX_DEPTH - depth) ? "{...}" : JSON.stringify(value);
  }
  return String(value);
}

function nestedDeeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (levels <= 0) return true;
  return Object.values(value).some((entry) => nestedDeeperThan(entry, levels - 1));
}

/** The constraint texts, worded as AWS words them. */
export const constraint = {
  required: "Member must not be null",
  type: (type: string) => `Member must be of type ${type}`,
  maxLength: (max: number) => `Member must have length less than or equal to ${max}`,
  minLength: (min: number) => `Member must have length greater than or equal to ${min}`,
  maxValue: (max: number) => `Member must have value less than or equal to ${max}`,
  minValue: (min: number) => `Member must have value greater than or equal to ${min}`,
  pattern: (pattern: string) => `Member must satisfy regular expression pattern: ${pattern}`,
  patternInputLength: (max: number) =>
    `Member must have length less than or equal to ${max} to be checked against its pattern`,
  enum: (values: readonly string[]) => `Member must satisfy enum value set: [${values.join(", ")}]`,
};
