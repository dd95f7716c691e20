import { createHash } from "node:crypto";
import type { Constraints } from "../../ir/types.ts";
import { kebabName } from "../../naming.ts";

/**
 * The strings sample values are chosen from, and the fitting of one to a value's length and
 * pattern constraints (lengths in code points, as Smithy counts them).
 */

/** A fixed, well-formed UUID per name, so identifiers look real and stay the same on every run. */
function uuidFor(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Checked in order against a member's name.
const NAMED_STRINGS: [RegExp, string][] = [
  [/email/i, "jane.doe@example.com"],
  [/phonenumberid$/i, "+12065550100"],
  [/phonenumber\d*$|e164/i, "+12065550100"],
  [/country/i, "US"],
  [/areacode/i, "206"],
  [/city/i, "Seattle"],
  [/state$/i, "WA"],
  [/tollfreeprefix/i, "844"],
  [/callingname/i, "Example Corp"],
  [/arn$/i, "arn:aws:a4b:us-east-1:111122223333:room/example"],
  [/url$|endpoint$/i, "https://example.com/chime/events"],
  [/domain/i, "example.com"],
  [/groupname/i, "chime-administrators"],
  [/displayname|fullname/i, "Jane Doe"],
  [/username/i, "jane.doe"],
  [/^name$/i, "Example Corp"],
  [/token/i, "ZXhhbXBsZS10b2tlbi0xMjM0"],
  [/filtervalue/i, "example"],
  [/content|message|text/i, "Hello from ChimeKit"],
];

/** What a member's name suggests, for readers: a UUID for an ID, the kind of text its name says, `example-<name>`. */
export function realisticStrings(name: string): string[] {
  const strings: string[] = [];
  if (/ids?$/i.test(name) && !/phone/i.test(name)) strings.push(uuidFor(name.replace(/s$/, "")));
  for (const [test, sample] of NAMED_STRINGS) if (test.test(name)) strings.push(sample);
  strings.push(`example-${kebabName(name)}`);
  return strings;
}

/** One string of each kind the model's patterns describe, tried for a value with a pattern. */
function patternShapedStrings(pattern: string): string[] {
  return [
    "jane.doe@example.com",
    "+12065550100",
    uuidFor(pattern),
    "US",
    "844",
    "ZXhhbXBsZQ",
    "Example1",
  ];
}

/** Short strings that fit most remaining constraints, tried last. */
const LAST_RESORTS = ["example", "EXAMPLE1", "a1", "a", "1", "A"];

/** The value's pattern as a regular expression, in Unicode mode where the pattern allows it. */
export function patternRegExp(constraints: Constraints): RegExp | undefined {
  if (constraints.pattern === undefined) return undefined;
  try {
    return new RegExp(constraints.pattern, "u");
  } catch {
    return new RegExp(constraints.pattern);
  }
}

/** The length of a string as Smithy counts it: in code points. */
export function codePoints(text: string): number {
  return [...text].length;
}

/** `text` repeated or cut to exactly `length` code points. */
export function resize(text: string, length: number): string {
  if (length === 0) return "";
  const chars = [...text];
  const out: string[] = [];
  while (out.length < length) out.push(...chars);
  return out.slice(0, length).join("");
}

/**
 * A string satisfying the length and pattern constraints, from `named` (what the value's name
 * suggests), then strings shaped like the pattern, then `LAST_RESORTS`: the first that fits as
 * it is, else the first that fits once cut or repeated to the shortest length allowed. With
 * `length`, the first that fits at exactly that many code points.
 */
export function fitString(
  constraints: Constraints,
  length?: number,
  named: readonly string[] = [],
): string | undefined {
  const pattern = patternRegExp(constraints);
  const candidates = [
    ...named,
    ...(constraints.pattern === undefined ? [] : patternShapedStrings(constraints.pattern)),
    ...LAST_RESORTS,
  ];
  const min = constraints.length?.min ?? 0;
  const max = constraints.length?.max ?? Number.POSITIVE_INFINITY;
  const fits = (s: string) =>
    (length === undefined
      ? codePoints(s) >= min && codePoints(s) <= max
      : codePoints(s) === length) &&
    (!pattern || pattern.test(s));
  if (length === undefined) {
    const asItIs = candidates.find(fits);
    if (asItIs !== undefined) return asItIs;
  }
  return candidates.map((s) => resize(s, length ?? Math.max(min, 1))).find(fits);
}
