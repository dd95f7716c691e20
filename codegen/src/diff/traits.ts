import { isDeepStrictEqual } from "node:util";
import type { Traits } from "../model/smithy-ast.ts";
import { bindingDiffer, httpDiffer } from "./bindings.ts";
import { breaking, docs, feature, type ModelChange } from "./change.ts";
import { boundsDiffer, enumTraitDiffer, patternDiffer, uniqueItemsDiffer } from "./constraints.ts";
import { formatValue, presenceChange, traitName } from "./describe.ts";

/**
 * Classifies the change of one trait on one shape or member. `before` or
 * `after` is `undefined` when the trait is absent on that side.
 */
type TraitDiffer = (subject: string, before: unknown, after: unknown) => ModelChange[];

/** Traits that only carry prose, examples or tests: they reach the generated TSDoc and docs site. */
const DOCS_TRAITS: Record<string, string> = {
  "smithy.api#documentation": "documentation",
  "smithy.api#examples": "examples",
  "smithy.api#externalDocumentation": "external documentation",
  "smithy.api#title": "title",
  "smithy.api#tags": "tags",
  "smithy.api#deprecated": "deprecation notice",
  "smithy.api#suppress": "validation suppressions",
  "chimekit.traits#commonErrors": "common errors",
};

/** Protocol tests (`httpRequestTests`, `httpResponseTests`, ...) live in this namespace. */
const TEST_TRAIT_NAMESPACE = "smithy.test#";

const BINDING_TRAITS = [
  "smithy.api#httpLabel",
  "smithy.api#httpQuery",
  "smithy.api#httpQueryParams",
  "smithy.api#httpHeader",
  "smithy.api#httpPrefixHeaders",
  "smithy.api#httpPayload",
  "smithy.api#httpResponseCode",
  "smithy.api#jsonName",
  "smithy.api#timestampFormat",
  "smithy.api#mediaType",
  "smithy.api#error",
  "smithy.api#httpError",
];

const TRAIT_DIFFERS: Record<string, TraitDiffer> = {
  "smithy.api#required": requiredDiffer,
  "smithy.api#length": boundsDiffer("length"),
  "smithy.api#range": boundsDiffer("range"),
  "smithy.api#pattern": patternDiffer,
  "smithy.api#uniqueItems": uniqueItemsDiffer,
  "smithy.api#enum": enumTraitDiffer,
  "smithy.api#http": httpDiffer,
  ...Object.fromEntries(BINDING_TRAITS.map((id) => [id, bindingDiffer(id)])),
};

/** Whether a trait only carries documentation, examples or protocol tests. */
export function isDocsTrait(traitId: string): boolean {
  return traitId in DOCS_TRAITS || traitId.startsWith(TEST_TRAIT_NAMESPACE);
}

/** Traits without the documentation-only ones: what two shapes must share to be "the same". */
export function withoutDocsTraits(traits: Traits | undefined): Traits {
  return Object.fromEntries(Object.entries(traits ?? {}).filter(([id]) => !isDocsTrait(id)));
}

/**
 * Every trait change between two versions of one shape or member, in trait
 * ID order. `ignore` lists traits the caller compares itself.
 */
export function compareTraits(
  subject: string,
  before: Traits | undefined,
  after: Traits | undefined,
  ignore: readonly string[] = [],
): ModelChange[] {
  const ids = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...ids]
    .sort()
    .filter((id) => !ignore.includes(id) && !isDeepStrictEqual(before?.[id], after?.[id]))
    .flatMap((id) => differFor(id)(subject, before?.[id], after?.[id]));
}

function differFor(traitId: string): TraitDiffer {
  if (isDocsTrait(traitId)) return docsDiffer(traitId);
  return TRAIT_DIFFERS[traitId] ?? otherTraitDiffer(traitId);
}

function docsDiffer(traitId: string): TraitDiffer {
  const name = DOCS_TRAITS[traitId] ?? `protocol tests (${traitId})`;
  const kind = traitId.startsWith(TEST_TRAIT_NAMESPACE)
    ? "protocol-tests-changed"
    : `${traitName(traitId).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-changed`;
  return (subject, before, after) => [
    docs(kind, subject, `${name} ${presenceChange(before, after)}`),
  ];
}

function requiredDiffer(subject: string, before: unknown, after: unknown): ModelChange[] {
  return after === undefined
    ? [feature("member-optional", subject, "member is no longer required")]
    : [breaking("member-required", subject, "member became required")];
}

/**
 * Traits without a rule of their own (`paginated`, `idempotencyToken`,
 * `default`, protocol and auth traits ...): gaining one only adds behaviour,
 * losing or altering one can break code that relied on it.
 */
function otherTraitDiffer(traitId: string): TraitDiffer {
  const name = traitName(traitId);
  return (subject, before, after) => {
    const change = presenceChange(before, after);
    if (change === "added") {
      return [feature("trait-added", subject, `trait ${name} added (${formatValue(after)})`)];
    }
    return [
      breaking(
        `trait-${change}`,
        subject,
        change === "removed"
          ? `trait ${name} removed`
          : `trait ${name} ${formatValue(before)} became ${formatValue(after)}`,
      ),
    ];
  };
}
