import { labelNames, splitUri, type HttpTrait } from "./http-uri.ts";
import type { LoadedModel } from "./load.ts";
import { locate, ModelError } from "./load.ts";
import type {
  MemberNode,
  OperationShapeNode,
  ResourceShapeNode,
  ShapeNode,
  StructureShapeNode,
  Traits,
} from "./smithy-ast.ts";
import { hasTrait, KNOWN_TRAITS, TRAIT, traitValue } from "./traits.ts";
import { checkCommonErrors } from "./validate-common-errors.ts";
import { preludeType, UNIT } from "./prelude.ts";

const SUPPORTED_TYPES = new Set([
  "string",
  "boolean",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "blob",
  "document",
  "enum",
  "list",
  "map",
  "structure",
  "operation",
  "resource",
  "service",
]);

/**
 * Checks everything the IR builder and the emitters rely on, and collects
 * every problem (not just the first), each naming the shape ID, the member
 * when there is one, and the model file and line. Throws a ModelError.
 */
export function validateModel(loaded: LoadedModel): void {
  const problems = findProblems(loaded);
  if (problems.length > 0) throw new ModelError(problems);
}

export function findProblems(loaded: LoadedModel): string[] {
  const shapes = loaded.model.shapes;
  const problems: string[] = [];
  const report = (id: string, member: string | undefined, message: string) => {
    const where = member === undefined ? id : `${id}$${member}`;
    problems.push(`${where} (${locate(loaded, id, member)}): ${message}`);
  };

  const exists = (target: string) =>
    shapes[target] !== undefined || preludeType(target) !== undefined;
  const expectKind = (
    owner: string,
    role: string,
    target: string,
    kinds: string[],
    member?: string,
  ) => {
    const shape = shapes[target];
    if (shape === undefined && preludeType(target) === undefined) {
      report(owner, member, `${role} targets ${target}, which is not defined`);
    } else if (shape !== undefined && !kinds.includes(shape.type)) {
      report(
        owner,
        member,
        `${role} targets ${target}, a ${shape.type}; expected ${kinds.join(" or ")}`,
      );
    } else if (shape === undefined && !kinds.includes("simple")) {
      report(
        owner,
        member,
        `${role} targets the prelude shape ${target}; expected ${kinds.join(" or ")}`,
      );
    }
  };
  const checkMemberTarget = (owner: string, member: string, node: MemberNode) => {
    if (!exists(node.target)) report(owner, member, `targets ${node.target}, which is not defined`);
    else if (["operation", "resource", "service"].includes(shapes[node.target]?.type ?? "")) {
      report(
        owner,
        member,
        `targets ${node.target}, a ${shapes[node.target].type}, which cannot be a member's type`,
      );
    }
  };

  const services = Object.keys(shapes).filter((id) => shapes[id].type === "service");
  if (services.length !== 1) {
    problems.push(
      `the model must define exactly one service shape; it defines ${services.length}${services.length ? ` (${services.join(", ")})` : ""}`,
    );
  }

  for (const [id, shape] of Object.entries(shapes)) {
    if (!SUPPORTED_TYPES.has(shape.type)) {
      report(id, undefined, `shape type "${shape.type}" is not supported by the generator`);
      continue;
    }
    checkTraits(id, undefined, shape.traits, report);
    checkConstraints(id, undefined, shape.traits, report);
    switch (shape.type) {
      case "structure":
        for (const [name, member] of Object.entries((shape as StructureShapeNode).members ?? {})) {
          checkTraits(id, name, member.traits, report);
          checkConstraints(id, name, member.traits, report);
          checkMemberTarget(id, name, member);
        }
        checkError(id, shape, report);
        break;
      case "list":
        checkTraits(id, "member", shape.member.traits, report);
        checkMemberTarget(id, "member", shape.member);
        break;
      case "map":
        checkMemberTarget(id, "key", shape.key);
        checkMemberTarget(id, "value", shape.value);
        break;
      case "enum": {
        const seen = new Map<string, string>();
        for (const [name, member] of Object.entries(shape.members)) {
          checkTraits(id, name, member.traits, report);
          const value = traitValue<string>(member.traits, TRAIT.enumValue) ?? name;
          const previous = seen.get(value);
          if (previous !== undefined)
            report(id, name, `enum value "${value}" is also the value of ${previous}`);
          seen.set(value, name);
        }
        break;
      }
      case "operation":
        checkOperation(id, shape, expectKind, report, loaded);
        break;
      case "resource":
        checkResource(id, shape, expectKind);
        break;
      case "service":
        for (const ref of shape.operations ?? [])
          expectKind(id, "operations", ref.target, ["operation"]);
        for (const ref of shape.resources ?? [])
          expectKind(id, "resources", ref.target, ["resource"]);
        for (const ref of shape.errors ?? []) expectKind(id, "errors", ref.target, ["structure"]);
        checkCommonErrors(id, shape.traits, shapes, report);
        break;
    }
  }
  checkRoutes(loaded, report);
  return problems;
}

export type Report = (id: string, member: string | undefined, message: string) => void;
type ExpectKind = (
  owner: string,
  role: string,
  target: string,
  kinds: string[],
  member?: string,
) => void;

function checkTraits(
  id: string,
  member: string | undefined,
  traits: Traits | undefined,
  report: Report,
) {
  for (const trait of Object.keys(traits ?? {})) {
    if (!KNOWN_TRAITS.has(trait))
      report(id, member, `unknown trait ${trait} (the generator does not handle it)`);
  }
}

function checkConstraints(
  id: string,
  member: string | undefined,
  traits: Traits | undefined,
  report: Report,
) {
  const pattern = traitValue<unknown>(traits, TRAIT.pattern);
  if (pattern !== undefined) {
    try {
      new RegExp(String(pattern));
    } catch (error) {
      report(
        id,
        member,
        `smithy.api#pattern ${JSON.stringify(pattern)} is not a valid JavaScript regular expression (${(error as Error).message})`,
      );
    }
  }
  for (const trait of [TRAIT.length, TRAIT.range]) {
    const bounds = traitValue<{ min?: unknown; max?: unknown }>(traits, trait);
    if (bounds === undefined) continue;
    const { min, max } = bounds;
    if (
      (min !== undefined && typeof min !== "number") ||
      (max !== undefined && typeof max !== "number")
    ) {
      report(id, member, `${trait} bounds must be numbers`);
    } else if (typeof min === "number" && typeof max === "number" && min > max) {
      report(id, member, `${trait} has min ${min} greater than max ${max}`);
    }
  }
}

function checkError(id: string, shape: ShapeNode, report: Report) {
  const fault = traitValue<unknown>(shape.traits, TRAIT.error);
  if (fault !== undefined && fault !== "client" && fault !== "server") {
    report(
      id,
      undefined,
      `smithy.api#error must be "client" or "server", not ${JSON.stringify(fault)}`,
    );
  }
  const status = traitValue<unknown>(shape.traits, TRAIT.httpError);
  if (status !== undefined && (typeof status !== "number" || status < 400 || status > 599)) {
    report(
      id,
      undefined,
      `smithy.api#httpError must be a status code from 400 to 599, not ${JSON.stringify(status)}`,
    );
  }
}

function checkOperation(
  id: string,
  operation: OperationShapeNode,
  expectKind: ExpectKind,
  report: Report,
  loaded: LoadedModel,
) {
  const shapes = loaded.model.shapes;
  for (const role of ["input", "output"] as const) {
    const target = operation[role]?.target;
    if (target === undefined || target === UNIT)
      report(
        id,
        undefined,
        `has no ${role} structure (the generator needs one for every operation)`,
      );
    else expectKind(id, role, target, ["structure"]);
  }
  for (const ref of operation.errors ?? []) {
    expectKind(id, "errors", ref.target, ["structure"]);
    const error = shapes[ref.target];
    if (error?.type === "structure" && !hasTrait(error.traits, TRAIT.error)) {
      report(
        id,
        undefined,
        `lists ${ref.target} as an error, but it has no smithy.api#error trait`,
      );
    }
  }
  const http = traitValue<HttpTrait>(operation.traits, TRAIT.http);
  if (http === undefined) {
    report(id, undefined, "has no smithy.api#http trait");
    return;
  }
  if (typeof http.uri !== "string" || !http.uri.startsWith("/")) {
    report(id, undefined, `smithy.api#http uri ${JSON.stringify(http.uri)} must start with "/"`);
    return;
  }
  if (!/^(GET|POST|PUT|PATCH|DELETE|HEAD)$/.test(http.method)) {
    report(id, undefined, `smithy.api#http method ${JSON.stringify(http.method)} is not supported`);
  }
  const inputId = operation.input?.target ?? "";
  const input = shapes[inputId] as StructureShapeNode | undefined;
  if (input?.type === "structure") {
    checkLabels(id, inputId, http.uri, input, report);
    checkUniqueBindings(inputId, input, report);
  }
  checkPagination(id, operation, loaded, report);
}

/** Every `{Label}` of the URI is a required httpLabel member of the input, and every httpLabel member is in the URI. */
function checkLabels(
  id: string,
  inputId: string,
  uri: string,
  input: StructureShapeNode,
  report: Report,
) {
  const { path } = splitUri(uri);
  for (const segment of path.split("/")) {
    if (
      (segment.includes("{") || segment.includes("}")) &&
      !/^\{[A-Za-z_][A-Za-z0-9_]*\+?\}$/.test(segment)
    ) {
      report(
        id,
        undefined,
        `URI segment "${segment}" of ${uri} must be a whole {Label} or literal text`,
      );
    }
  }
  const members = input.members ?? {};
  const labels = labelNames(path).map((label) => label.name);
  for (const label of labels) {
    const member = members[label];
    if (member === undefined) {
      report(
        id,
        undefined,
        `URI ${uri} has the label {${label}}, but the input ${inputId} has no member ${label}`,
      );
    } else if (!hasTrait(member.traits, TRAIT.httpLabel)) {
      report(inputId, label, `is the URI label {${label}} of ${id} but lacks smithy.api#httpLabel`);
    } else if (!hasTrait(member.traits, TRAIT.required)) {
      report(
        inputId,
        label,
        `is the URI label {${label}} of ${id} and must be smithy.api#required`,
      );
    }
  }
  for (const [name, member] of Object.entries(members)) {
    if (hasTrait(member.traits, TRAIT.httpLabel) && !labels.includes(name)) {
      report(
        inputId,
        name,
        `has smithy.api#httpLabel, but the URI ${uri} of ${id} has no {${name}} label`,
      );
    }
  }
}

/** Two members bound to the same query parameter or header would overwrite each other on the wire. */
function checkUniqueBindings(inputId: string, input: StructureShapeNode, report: Report) {
  const seen = new Map<string, string>();
  for (const [name, member] of Object.entries(input.members ?? {})) {
    const query = traitValue<string>(member.traits, TRAIT.httpQuery);
    const header = traitValue<string>(member.traits, TRAIT.httpHeader);
    const wire =
      query !== undefined
        ? `query parameter "${query}"`
        : header !== undefined
          ? `header "${header.toLowerCase()}"`
          : undefined;
    if (wire === undefined) continue;
    const other = seen.get(wire);
    if (other !== undefined) report(inputId, name, `is bound to the ${wire}, like ${other}`);
    else seen.set(wire, name);
  }
}

function checkPagination(
  id: string,
  operation: OperationShapeNode,
  loaded: LoadedModel,
  report: Report,
) {
  const shapes = loaded.model.shapes;
  const paginated = traitValue<Record<string, string>>(operation.traits, TRAIT.paginated);
  if (paginated === undefined) return;
  const service = Object.values(shapes).find((shape) => shape.type === "service");
  const merged = {
    ...traitValue<Record<string, string>>(service?.traits, TRAIT.paginated),
    ...paginated,
  };
  const sides = {
    inputToken: "input",
    pageSize: "input",
    outputToken: "output",
    items: "output",
  } as const;
  for (const [field, side] of Object.entries(sides)) {
    const path = merged[field];
    if (path === undefined) {
      if (field === "inputToken" || field === "outputToken")
        report(id, undefined, `smithy.api#paginated has no ${field}`);
      continue;
    }
    const structureId = operation[side]?.target ?? "";
    if (!memberPathExists(shapes, structureId, path)) {
      report(
        id,
        undefined,
        `smithy.api#paginated ${field} "${path}" is not a member of ${structureId || `its ${side}`}`,
      );
    }
  }
}

/** Whether `a.b.c` names nested members starting at a structure. */
function memberPathExists(
  shapes: LoadedModel["model"]["shapes"],
  structureId: string,
  path: string,
): boolean {
  let current = shapes[structureId];
  for (const name of path.split(".")) {
    if (current?.type !== "structure") return false;
    const member = current.members?.[name];
    if (member === undefined) return false;
    current = shapes[member.target];
  }
  return true;
}

function checkResource(id: string, resource: ResourceShapeNode, expectKind: ExpectKind) {
  for (const [name, ref] of Object.entries(resource.identifiers ?? {})) {
    expectKind(id, `identifier ${name}`, ref.target, ["string", "simple"]);
  }
  for (const lifecycle of ["create", "put", "read", "update", "delete", "list"] as const) {
    const ref = resource[lifecycle];
    if (ref) expectKind(id, lifecycle, ref.target, ["operation"]);
  }
  for (const ref of [...(resource.operations ?? []), ...(resource.collectionOperations ?? [])]) {
    expectKind(id, "operations", ref.target, ["operation"]);
  }
  for (const ref of resource.resources ?? []) expectKind(id, "resources", ref.target, ["resource"]);
}

/** No two operations may share a method, path template (label names aside) and literal query. */
function checkRoutes(loaded: LoadedModel, report: Report) {
  const routes = new Map<string, string>();
  for (const [id, shape] of Object.entries(loaded.model.shapes).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    if (shape.type !== "operation") continue;
    const http = traitValue<HttpTrait>(shape.traits, TRAIT.http);
    if (typeof http?.uri !== "string") continue;
    const { path, query } = splitUri(http.uri);
    const template = path.replace(/\{[^}]*?(\+?)\}/g, "{}$1").replace(/\/+$/, "");
    const literals = query.split("&").filter(Boolean).sort().join("&");
    const route = `${String(http.method).toUpperCase()} ${template}${literals ? `?${literals}` : ""}`;
    const other = routes.get(route);
    if (other !== undefined)
      report(id, undefined, `its route ${http.method} ${http.uri} is the route of ${other}`);
    else routes.set(route, id);
  }
}
