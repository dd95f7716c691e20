import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENUM_NAMES, enumForValues, enumMemberName } from "../../src/import/build/sdk-names.ts";
import { REPO_ROOT } from "../../src/import/reference-file.ts";

const SDK_ENUMS = path.join(
  REPO_ROOT,
  "packages/client/node_modules/@aws-sdk/client-chime/dist-types/models/enums.d.ts",
);

/** `export declare const License: { readonly Basic: "Basic"; ... }` -> { License: ["Basic", ...] } */
function sdkEnums(source: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const match of source.matchAll(/export declare const (\w+): \{([^}]*)\}/g)) {
    result[match[1]] = [...match[2].matchAll(/readonly \w+: "([^"]*)"/g)]
      .map((value) => value[1])
      .sort();
  }
  return result;
}

describe("SDK names for unnamed enums", () => {
  it.runIf(existsSync(SDK_ENUMS))("match the AWS SDK's published enum declarations exactly", () => {
    const published = sdkEnums(readFileSync(SDK_ENUMS, "utf8"));
    const ours = Object.fromEntries(
      ENUM_NAMES.map((entry) => [entry.name, [...entry.values].sort()]),
    );
    expect(ours).toEqual(published);
  });

  it("finds an enum by its set of values in any order", () => {
    expect(enumForValues(["ProTrial", "Basic", "Pro", "Plus"])?.name).toBe("License");
    expect(enumForValues(["Basic", "Pro"])).toBeUndefined();
  });

  it.each([
    ["ProTrial", "ProTrial"],
    ["EnterpriseLWA", "EnterpriseLWA"],
    ["EnterpriseOIDC", "EnterpriseOIDC"],
    ["Sent-Out", "Sent_Out"],
    ["2xx", "_2xx"],
  ])("names the enum member for %s %s", (value, name) => {
    expect(enumMemberName(value)).toBe(name);
  });
});
