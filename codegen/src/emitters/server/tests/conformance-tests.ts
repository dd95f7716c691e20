import type { Binding, ModelIr, OperationIr, ValueIr } from "../../../ir/types.ts";
import { structureNamed } from "../../shared/ir-lookup.ts";
import { fitString } from "../../shared/sample-strings.ts";
import { sampleBytes, type SampleMaker } from "../../shared/sample-values.ts";
import { patternViolation } from "./pattern-violation.ts";
import { tableTestFile } from "./test-file.ts";
import type { WireRequest, WireWriter } from "./wire.ts";

/** A constrained value somewhere in an operation's input. */
interface Target {
  /** Member names and list indexes from the input to the value. */
  steps: (string | number)[];
  /** The path AWS names in validation messages: `parts.1.member.partId`. */
  path: string;
  value: ValueIr;
  required: boolean;
  /** The binding of the top-level member it is in. */
  binding: Binding["location"];
}

interface ConformanceCase {
  operation: string;
  member: string;
  constraint: string;
  direction: "pass" | "fail";
  request: WireRequest;
  /** The success code (pass) or 400 (fail). */
  status: number;
  /** Fail only: the text the validation message must contain. */
  violation?: string;
}

const ABSENT = Symbol("absent");
const NOT_IN_ENUM = "NotAValidEnumValue";
/** Longer values would make the generated table large without testing anything new. */
const MAX_GENERATED_LENGTH = 4096;

/**
 * Constraint conformance cases, generated from the model: for every
 * constraint (required, length min/max, range min/max, pattern, enum) on every
 * member of every operation input (nested structures and list items
 * included), one case that satisfies it at its boundary and one that
 * violates it, answered 400 with the member path and constraint in AWS's words.
 */
export function emitConformanceTests(ir: ModelIr, samples: SampleMaker, wire: WireWriter) {
  const cases = ir.operations.flatMap((operation) => operationCases(ir, operation, samples, wire));
  return {
    count: cases.length,
    file: tableTestFile({
      name: "conformance",
      title: `${cases.length} constraint conformance cases (operation x constraint x direction)`,
      runnerModule: "conformance-case",
      caseType: "ConformanceCase",
      runner: "runConformanceCase",
      caseTitle: "$operation $member $constraint $direction",
      cases,
    }),
  };
}

function operationCases(
  ir: ModelIr,
  operation: OperationIr,
  samples: SampleMaker,
  wire: WireWriter,
): ConformanceCase[] {
  const base = samples.structure(operation.input);
  const cases: ConformanceCase[] = [];
  for (const target of targets(ir, operation.input, base, [], "", undefined)) {
    for (const variant of variants(target, samples)) {
      const input =
        variant.value === undefined ? base : withValue(base, target.steps, variant.value);
      const request = wire.request(operation, input);
      if (target.binding === "label" && request.path.includes("//")) continue;
      cases.push({
        operation: operation.name,
        member: target.path,
        constraint: variant.constraint,
        direction: variant.violation === undefined ? "pass" : "fail",
        request,
        status: variant.violation === undefined ? operation.http.code : 400,
        ...(variant.violation === undefined ? {} : { violation: violationText(target, variant) }),
      });
    }
  }
  return cases;
}

/** Every value of the sample input that carries a constraint, depth first in model order. */
function* targets(
  ir: ModelIr,
  structureName: string,
  sample: Record<string, unknown>,
  steps: (string | number)[],
  path: string,
  binding: Binding["location"] | undefined,
): Generator<Target> {
  const members = structureNamed(ir, structureName).members;
  for (const member of members) {
    const memberSteps = [...steps, member.name];
    const memberPath = join(path, member.name.charAt(0).toLowerCase() + member.name.slice(1));
    const location = binding ?? member.binding.location;
    yield* valueTargets(
      ir,
      member,
      sample[member.name],
      memberSteps,
      memberPath,
      location,
      member.required,
    );
  }
}

function* valueTargets(
  ir: ModelIr,
  value: ValueIr,
  sample: unknown,
  steps: (string | number)[],
  path: string,
  binding: Binding["location"],
  required: boolean,
): Generator<Target> {
  if (required || hasConstraints(value)) yield { steps, path, value, required, binding };
  if (sample === undefined) return;
  if (value.type.kind === "structure") {
    yield* targets(ir, value.type.shape, sample as Record<string, unknown>, steps, path, binding);
  } else if (value.type.kind === "list" && (sample as unknown[]).length > 0) {
    yield* valueTargets(
      ir,
      value.type.member,
      (sample as unknown[])[0],
      [...steps, 0],
      `${path}.1.member`,
      binding,
      false,
    );
  }
}

function hasConstraints(value: ValueIr): boolean {
  const { length, range, pattern } = value.constraints;
  return (
    length !== undefined ||
    range !== undefined ||
    pattern !== undefined ||
    value.type.kind === "enum"
  );
}

interface Variant {
  constraint: string;
  /** The replacement value; `undefined` keeps the sample, `ABSENT` removes the member. */
  value?: unknown;
  /** Fail variants: the constraint text AWS gives. */
  violation?: string;
}

function variants(target: Target, samples: SampleMaker): Variant[] {
  const out: Variant[] = [];
  const { value } = target;
  const { length, range, pattern } = value.constraints;
  if (target.required && target.binding !== "label") {
    out.push({ constraint: "required", value: undefined });
    out.push({ constraint: "required", value: ABSENT, violation: "Member must not be null" });
  }
  if (length?.min !== undefined) {
    out.push(...sized(target, samples, "length.min", length.min));
    if (length.min > 0) {
      out.push(
        ...sized(
          target,
          samples,
          "length.min",
          length.min - 1,
          `Member must have length greater than or equal to ${length.min}`,
        ),
      );
    }
  }
  if (length?.max !== undefined && length.max < MAX_GENERATED_LENGTH) {
    out.push(...sized(target, samples, "length.max", length.max));
    out.push(
      ...sized(
        target,
        samples,
        "length.max",
        length.max + 1,
        `Member must have length less than or equal to ${length.max}`,
      ),
    );
  }
  if (range?.min !== undefined) {
    out.push({ constraint: "range.min", value: range.min });
    out.push({
      constraint: "range.min",
      value: range.min - 1,
      violation: `Member must have value greater than or equal to ${range.min}`,
    });
  }
  if (range?.max !== undefined) {
    out.push({ constraint: "range.max", value: range.max });
    out.push({
      constraint: "range.max",
      value: range.max + 1,
      violation: `Member must have value less than or equal to ${range.max}`,
    });
  }
  if (pattern !== undefined) {
    const matching = fitString(value.constraints);
    if (matching !== undefined) out.push({ constraint: "pattern", value: matching });
    const failing = patternViolation(value.constraints);
    if (failing !== undefined) {
      out.push({
        constraint: "pattern",
        value: failing,
        violation: `Member must satisfy regular expression pattern: ${pattern}`,
      });
    }
  }
  const allowed = enumValues(value, samples);
  if (allowed) {
    out.push({ constraint: "enum", value: allowed[allowed.length - 1] });
    out.push({
      constraint: "enum",
      value: NOT_IN_ENUM,
      violation: `Member must satisfy enum value set: [${allowed.join(", ")}]`,
    });
  }
  return out;
}

/** A value of exactly `size` characters, entries or bytes, when the other constraints allow one. */
function sized(
  target: Target,
  samples: SampleMaker,
  constraint: string,
  size: number,
  violation?: string,
): Variant[] {
  const { value } = target;
  let replacement: unknown;
  switch (value.type.kind) {
    case "string":
      replacement =
        fitString(value.constraints, size) ?? (violation ? "x".repeat(size) : undefined);
      break;
    case "list":
      replacement = samples.items(value, size, memberName(target));
      break;
    case "blob":
      replacement = sampleBytes(size, violation ? {} : value.constraints);
      break;
    default:
      replacement = undefined;
  }
  if (replacement === undefined) return [];
  if (target.binding === "label" && replacement === "") return [];
  return [{ constraint, value: replacement, violation }];
}

function enumValues(value: ValueIr, samples: SampleMaker): string[] | undefined {
  if (value.type.kind !== "enum") return undefined;
  return samples.enumValues(value.type.shape);
}

/** The part of the validation message the case expects: `Value 'x' at 'name' failed to satisfy constraint: ...`. */
function violationText(target: Target, variant: Variant): string {
  const where = `at '${target.path}' failed to satisfy constraint: ${variant.violation}`;
  if (variant.value === ABSENT) return `Value null ${where}`;
  if (target.value.sensitive) return `Value ${where}`;
  const v = variant.value;
  if (typeof v === "string" || typeof v === "number") return `Value '${v}' ${where}`;
  return where;
}

function withValue(
  base: Record<string, unknown>,
  steps: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(base);
  let parent: Record<string | number, unknown> = copy;
  for (const step of steps.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = steps[steps.length - 1];
  if (value === ABSENT) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** The name of the member a target is in: its last member step (`MembershipItemList`). */
function memberName(target: Target): string {
  return target.steps.filter((step): step is string => typeof step === "string").pop()!;
}

function join(parent: string, name: string): string {
  return parent === "" ? name : `${parent}.${name}`;
}
