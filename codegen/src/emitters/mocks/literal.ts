import { Writers, type WriterFunction } from "ts-morph";

/** The JSON-like values the emulator's tables hold. */
export type LiteralValue = string | number | boolean | readonly LiteralValue[] | LiteralObject;
export interface LiteralObject {
  readonly [key: string]: LiteralValue | undefined;
}

/**
 * A writer for a value as a TypeScript literal expression: objects through
 * ts-morph's object writer, arrays and primitives as their JSON text (which
 * is valid TypeScript). Members that are `undefined` are left out.
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
    } else if (typeof value === "object") {
      const members: Record<string, WriterFunction> = {};
      for (const [key, member] of Object.entries(value as LiteralObject)) {
        if (member !== undefined) members[key] = literal(member);
      }
      Writers.object(members)(writer);
    } else {
      writer.write(JSON.stringify(value));
    }
  };
}
