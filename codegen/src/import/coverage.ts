import type { MemberNode, ShapeNode, SmithyModel } from "../model/smithy-ast.ts";
import { inputName, outputName } from "./build/operations.ts";
import { TRAIT, type CommonErrorValue } from "../model/traits.ts";
import { PRELUDE, SERVICE_NAME, shapeId } from "./build/shape-ids.ts";
import type {
  Bounds,
  ParsedCommonError,
  ParsedMember,
  ParsedOperation,
  ParsedReference,
  ParsedType,
} from "./parse/types.ts";

/**
 * Compares a model with the parsed (repaired) reference and lists every place where the model lacks
 * or contradicts what the reference states: operations, HTTP bindings, members, types, required
 * flags, constraints, errors and their status codes, data types, and the errors common to all
 * actions. An empty list means full coverage.
 */
export function compareWithReference(model: SmithyModel, reference: ParsedReference): string[] {
  const problems: string[] = [];
  const shapes = model.shapes;
  for (const operation of reference.operations) compareOperation(operation, shapes, problems);
  for (const dataType of reference.dataTypes) {
    const shape = shapes[shapeId(dataType.name)];
    if (shape?.type !== "structure") {
      problems.push(
        `data type ${dataType.name} (line ${dataType.line}): no structure in the model`,
      );
      continue;
    }
    compareMembers(dataType.name, dataType.members, shape.members ?? {}, shapes, problems);
  }
  compareCommonErrors(model, reference.commonErrors, problems);
  return problems;
}

/** The service's `commonErrors` trait must list the reference's common errors, in its order. */
function compareCommonErrors(
  model: SmithyModel,
  expected: readonly ParsedCommonError[],
  problems: string[],
): void {
  const service = model.shapes[shapeId(SERVICE_NAME)];
  const listed = (service?.traits?.[TRAIT.commonErrors] ?? []) as CommonErrorValue[];
  const byCode = new Map(listed.map((entry) => [entry.code, entry]));
  for (const error of expected) {
    const where = `common error ${error.code} (line ${error.line})`;
    const entry = byCode.get(error.code);
    if (entry === undefined) problems.push(`${where}: missing from ${TRAIT.commonErrors}`);
    else if (entry.httpStatus !== error.httpStatus)
      problems.push(`${where}: status ${entry.httpStatus}, reference ${error.httpStatus}`);
    else if (entry.documentation !== error.documentation)
      problems.push(`${where}: documentation differs from the reference`);
  }
  const known = new Set(expected.map((error) => error.code));
  for (const entry of listed) {
    if (!known.has(entry.code))
      problems.push(`common error ${entry.code}: in the model, not in the reference`);
  }
}

type Shapes = Record<string, ShapeNode>;

function compareOperation(operation: ParsedOperation, shapes: Shapes, problems: string[]): void {
  const where = `operation ${operation.name} (line ${operation.line})`;
  const shape = shapes[shapeId(operation.name)];
  if (shape?.type !== "operation") return void problems.push(`${where}: missing`);
  const http = shape.traits?.["smithy.api#http"] as
    { method?: string; uri?: string; code?: number } | undefined;
  if (http?.method !== operation.http.method)
    problems.push(`${where}: method ${http?.method}, reference ${operation.http.method}`);
  if (http?.uri !== operation.http.uri)
    problems.push(`${where}: URI ${http?.uri}, reference ${operation.http.uri}`);
  if ((http?.code ?? 200) !== operation.code)
    problems.push(`${where}: success code ${http?.code}, reference ${operation.code}`);

  const input = shape.input && shapes[shape.input.target];
  if (shape.input?.target !== shapeId(inputName(operation.name)) || input?.type !== "structure") {
    problems.push(`${where}: input is not ${inputName(operation.name)}`);
  } else {
    const members = input.members ?? {};
    compareMembers(
      inputName(operation.name),
      [...operation.uriParameters, ...operation.requestBody],
      members,
      shapes,
      problems,
    );
    for (const parameter of operation.uriParameters) {
      const traits = members[parameter.name]?.traits ?? {};
      const queryKey = operation.http.queryParams.get(parameter.name);
      if (queryKey !== undefined && traits["smithy.api#httpQuery"] !== queryKey) {
        problems.push(`${where}: ${parameter.name} is not bound to query "${queryKey}"`);
      }
      if (queryKey === undefined && !("smithy.api#httpLabel" in traits)) {
        problems.push(`${where}: ${parameter.name} is not bound to its URI label`);
      }
    }
  }
  const output = shape.output && shapes[shape.output.target];
  if (
    shape.output?.target !== shapeId(outputName(operation.name)) ||
    output?.type !== "structure"
  ) {
    problems.push(`${where}: output is not ${outputName(operation.name)}`);
  } else {
    compareMembers(
      outputName(operation.name),
      operation.responseElements,
      output.members ?? {},
      shapes,
      problems,
    );
  }

  const modelErrors = (shape.errors ?? []).map((ref) => ref.target).sort();
  const referenceErrors = operation.errors.map((error) => shapeId(error.name)).sort();
  if (modelErrors.join() !== referenceErrors.join()) {
    problems.push(`${where}: errors ${names(modelErrors)}, reference ${names(referenceErrors)}`);
  }
  for (const error of operation.errors) {
    const errorShape = shapes[shapeId(error.name)];
    const status = errorShape?.traits?.["smithy.api#httpError"];
    if (status !== error.status)
      problems.push(`${where}: ${error.name} has status ${status}, reference ${error.status}`);
  }
}

function names(ids: string[]): string {
  return ids.map((id) => id.slice(id.indexOf("#") + 1)).join(", ") || "none";
}

function compareMembers(
  owner: string,
  expected: readonly ParsedMember[],
  actual: Record<string, MemberNode>,
  shapes: Shapes,
  problems: string[],
): void {
  const expectedNames = new Set(expected.map((member) => member.name));
  for (const name of Object.keys(actual)) {
    if (!expectedNames.has(name))
      problems.push(`${owner}.${name}: in the model but not in the reference`);
  }
  for (const member of expected) {
    const where = `${owner}.${member.name} (line ${member.line})`;
    const node = actual[member.name];
    if (!node) {
      problems.push(`${where}: missing`);
      continue;
    }
    const required = "smithy.api#required" in (node.traits ?? {});
    if (required !== (member.required ?? false)) {
      problems.push(
        `${where}: required is ${required}, reference says ${member.required ? "Yes" : "No"}`,
      );
    }
    compareValue(where, member.type ?? { kind: "string" }, member, node, shapes, problems);
  }
}

function traitsOf(node: MemberNode, shapes: Shapes): Record<string, unknown> {
  return { ...(shapes[node.target]?.traits ?? {}), ...(node.traits ?? {}) };
}

function sameBounds(actual: unknown, expected: Bounds | undefined): boolean {
  const a = (actual ?? {}) as Bounds;
  const e = expected ?? {};
  return a.min === e.min && a.max === e.max;
}

/** The kind of value a target holds, as the reference names types. */
function kindOf(target: string, shapes: Shapes): string {
  switch (target) {
    case PRELUDE.String:
      return "string";
    case PRELUDE.Integer:
      return "integer";
    case PRELUDE.Boolean:
      return "boolean";
    case PRELUDE.Timestamp:
      return "timestamp";
  }
  const shape = shapes[target];
  if (!shape) return `dangling ${target}`;
  if (shape.type === "string" || shape.type === "enum") return "string";
  if (shape.type === "structure") return `structure ${target.slice(target.indexOf("#") + 1)}`;
  return shape.type;
}

function expectedKind(type: ParsedType): string {
  return type.kind === "structure" ? `structure ${type.name}` : type.kind;
}

function compareValue(
  where: string,
  type: ParsedType,
  member: ParsedMember,
  node: MemberNode,
  shapes: Shapes,
  problems: string[],
): void {
  const traits = traitsOf(node, shapes);
  const constraints = member.constraints;
  if (type.kind === "list") {
    const list = shapes[node.target];
    if (list?.type !== "list") return void problems.push(`${where}: not a list in the model`);
    if (!sameBounds(traits["smithy.api#length"], constraints.listLength)) {
      problems.push(
        `${where}: list length ${JSON.stringify(traits["smithy.api#length"] ?? {})}, reference ${JSON.stringify(constraints.listLength ?? {})}`,
      );
    }
    compareScalar(`${where} items`, type.member, constraints, list.member, shapes, problems);
    return;
  }
  compareScalar(where, type, constraints, node, shapes, problems);
}

function compareScalar(
  where: string,
  type: ParsedType,
  constraints: ParsedMember["constraints"],
  node: MemberNode,
  shapes: Shapes,
  problems: string[],
): void {
  const actualKind = kindOf(node.target, shapes);
  if (actualKind !== expectedKind(type))
    problems.push(`${where}: type ${actualKind}, reference ${expectedKind(type)}`);
  const traits = traitsOf(node, shapes);
  if (traits["smithy.api#pattern"] !== constraints.pattern) {
    problems.push(
      `${where}: pattern ${traits["smithy.api#pattern"] ?? "none"}, reference ${constraints.pattern ?? "none"}`,
    );
  }
  if (type.kind === "string" && !sameBounds(traits["smithy.api#length"], constraints.length)) {
    problems.push(
      `${where}: length ${JSON.stringify(traits["smithy.api#length"] ?? {})}, reference ${JSON.stringify(constraints.length ?? {})}`,
    );
  }
  if (!sameBounds(traits["smithy.api#range"], constraints.range)) {
    problems.push(
      `${where}: range ${JSON.stringify(traits["smithy.api#range"] ?? {})}, reference ${JSON.stringify(constraints.range ?? {})}`,
    );
  }
  if (type.kind === "timestamp" && traits["smithy.api#timestampFormat"] !== "date-time") {
    problems.push(
      `${where}: timestamp without timestampFormat date-time (the reference says ISO 8601)`,
    );
  }
  const shape = shapes[node.target];
  const values =
    shape?.type === "enum"
      ? Object.values(shape.members).map((entry) => String(entry.traits?.["smithy.api#enumValue"]))
      : undefined;
  const expectedValues = constraints.enumValues;
  if ((values ?? []).slice().sort().join("|") !== (expectedValues ?? []).slice().sort().join("|")) {
    problems.push(
      `${where}: values ${values?.join(" | ") ?? "none"}, reference ${expectedValues?.join(" | ") ?? "none"}`,
    );
  }
}
