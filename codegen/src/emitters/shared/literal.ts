import { Writers, type WriterFunction } from "ts-morph";

/**
 * Data written as TypeScript expressions, for every emitter's tables and test data. Two
 * layouts, because prettier keeps an object over several lines when it starts that way:
 * `literal` writes each object over lines (the client's schemas, the emulator's tables),
 * `inlineLiteral` writes everything on one line and lets prettier lay it out by width (the
 * server's schemas and tests). Both leave out members that are `undefined` and quote only the
 * keys that are not identifiers.
 */

/** A reference to a named value in generated code (`UserSchema`), written as the bare name. */
export interface CodeReference {
  readonly reference: string;
}

/** The data `literal` writes: JSON-like values and references to generated names. */
export type LiteralValue =
  string | number | boolean | CodeReference | readonly LiteralValue[] | LiteralObject;

export interface LiteralObject {
  readonly [key: string]: LiteralValue | undefined;
}

export const reference = (name: string): CodeReference => ({ reference: name });

function isReference(value: object): value is CodeReference {
  return "reference" in value && typeof (value as CodeReference).reference === "string";
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * A writer for a value as a TypeScript expression: objects through ts-morph's object writer,
 * references as names, primitives as JSON text.
 */
export function literal(value: LiteralValue): WriterFunction {
  return (writer) => {
    if (Array.isArray(value)) {
      writer.write("[");
      value.forEach((item: LiteralValue, index: number) => {
        if (index > 0) writer.write(", ");
        literal(item)(writer);
      });
      writer.write("]");
    } else if (typeof value === "object" && isReference(value)) {
      writer.write(value.reference);
    } else if (typeof value === "object") {
      const members: Record<string, WriterFunction> = {};
      for (const [key, member] of Object.entries(value as LiteralObject)) {
        if (member !== undefined) members[propertyKey(key)] = literal(member);
      }
      Writers.object(members)(writer);
    } else {
      writer.write(JSON.stringify(value));
    }
  };
}

/**
 * Any data as a one-line TypeScript expression: plain JSON values, plus `Date`
 * (`new Date("...")`) and `Uint8Array` (`new Uint8Array([...])`) for timestamps and blobs in
 * test data. Object keys stay in the order given.
 */
export function inlineLiteral(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (value instanceof Uint8Array) return `new Uint8Array([${[...value].join(", ")}])`;
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(", ")}]`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `${propertyKey(key)}: ${inlineLiteral(v)}`);
    return `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value);
}
