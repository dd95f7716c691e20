import { describe, expect, it } from "vitest";
import { createStructureValidator } from "../../src/runtime/index.js";
import { miniSchema } from "../fixtures/mini-schema.js";

describe("createStructureValidator", () => {
  const validate = createStructureValidator(miniSchema);

  it("answers no violations for a value that fits, members outside the structure ignored", () => {
    expect(validate("Widget", { WidgetId: "w-1", Name: "gear", Colour: "red" })).toEqual([]);
  });

  it("names each violation in AWS's words, with paths under the given root", () => {
    expect(validate("GetWidgetRequest", { AccountId: "a b", WidgetId: 5 }, "value")).toEqual([
      "Value 'a b' at 'value.accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\S+$",
      "Value '5' at 'value.widgetId' failed to satisfy constraint: Member must be of type string",
    ]);
    expect(validate("Widget", "not an object")).toEqual([
      "Value 'not an object' at '' failed to satisfy constraint: Member must be of type structure",
    ]);
  });
});
