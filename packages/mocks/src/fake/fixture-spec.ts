/** What the generated `fixtureShapes` table says about a value: its type and the constraints a fixture must meet. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

export type FixtureValue =
  | { readonly type: "string"; readonly length?: Bounds; readonly pattern?: string }
  | { readonly type: "enum"; readonly values: readonly string[] }
  | { readonly type: "integer" | "long" | "float" | "double"; readonly range?: Bounds }
  | { readonly type: "boolean" | "timestamp" | "document" }
  | { readonly type: "blob"; readonly length?: Bounds }
  | { readonly type: "structure"; readonly shape: string }
  | { readonly type: "list"; readonly member: FixtureValue; readonly length?: Bounds }
  | {
      readonly type: "map";
      readonly key: FixtureValue;
      readonly value: FixtureValue;
      readonly length?: Bounds;
    };

export interface FixtureMember {
  readonly name: string;
  readonly required?: boolean;
  readonly value: FixtureValue;
}

export interface FixtureStructure {
  readonly members: readonly FixtureMember[];
}
