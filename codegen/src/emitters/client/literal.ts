import { Writers, type WriterFunction } from "ts-morph";

/** A reference to a named value in generated code (`UserSchema`), written as the bare name. */
export interface CodeReference {
  readonly reference: string;
}

/** The data the client's generated schemas are written from. */
export type LiteralValue =
  | string
  | number
  | boolean
  | CodeReference
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue | undefined };

export const reference = (name: string): CodeReference => ({ reference: name });

function isReference(value: object): value is CodeReference {
  return "reference" in value && typeof (value as CodeReference).reference === "string";
}

/**
 * A writer for a value as a TypeScript expression: objects through ts-morph's
 * object writer, references as names, primitives as JSON text. Members that
 * are `undefined` are left out.
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
      for (const [key, member] of Object.entries(value)) {
        if (member !== undefined) {
          members[/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key)] = literal(
            member as LiteralValue,
          );
        }
      }
      Writers.object(members)(writer);
    } else {
      writer.write(JSON.stringify(value));
    }
  };
}
