import type { OperationShapeNode, Traits } from "../model/smithy-ast.ts";
import { hasTrait, TRAIT, traitValue } from "../model/traits.ts";
import { shapeName } from "../naming.ts";
import type { HttpTrait } from "../model/http-uri.ts";
import { httpIr } from "./http.ts";
import type {
  ExampleIr,
  HttpRequestTestIr,
  HttpResponseTestIr,
  OperationIr,
  PaginationIr,
} from "./types.ts";
import { documentationOf } from "./values.ts";

/** What an operation inherits from its service. */
export interface ServiceDefaults {
  /** Shape IDs of the service-wide errors. */
  errors: string[];
  /** The service's `smithy.api#paginated` trait, which operations' own traits complete. */
  paginated?: Partial<PaginationIr>;
}

export function operationIr(
  id: string,
  operation: OperationShapeNode,
  service: ServiceDefaults,
  resource: string | undefined,
): OperationIr {
  const traits = operation.traits;
  const errorIds = [...service.errors, ...(operation.errors ?? []).map((ref) => ref.target)];
  const ir: OperationIr = {
    name: shapeName(id),
    documentation: documentationOf(traits),
    http: httpIr(traitValue<HttpTrait>(traits, TRAIT.http) as HttpTrait),
    input: shapeName(operation.input?.target ?? ""),
    output: shapeName(operation.output?.target ?? ""),
    errors: [...new Set(errorIds.map(shapeName))].sort(),
    readonly: hasTrait(traits, TRAIT.readonly),
    idempotent: hasTrait(traits, TRAIT.idempotent),
    examples: examplesOf(traits),
    requestTests: requestTestsOf(traits),
    responseTests: responseTestsOf(traits),
  };
  const paginated = paginationOf(traits, service.paginated);
  if (paginated) ir.paginated = paginated;
  if (resource !== undefined) ir.resource = resource;
  return ir;
}

/** The operation's pagination, completed by the service's defaults; undefined when it does not page. */
export function paginationOf(
  traits: Traits | undefined,
  defaults: Partial<PaginationIr> | undefined,
): PaginationIr | undefined {
  const own = traitValue<Partial<PaginationIr>>(traits, TRAIT.paginated);
  if (own === undefined) return undefined;
  const merged = { ...defaults, ...own };
  const pagination: PaginationIr = {
    inputToken: merged.inputToken ?? "",
    outputToken: merged.outputToken ?? "",
  };
  if (merged.pageSize !== undefined) pagination.pageSize = merged.pageSize;
  if (merged.items !== undefined) pagination.items = merged.items;
  return pagination;
}

function examplesOf(traits: Traits | undefined): ExampleIr[] {
  return (traitValue<ExampleIr[]>(traits, TRAIT.examples) ?? []).map((example) =>
    withoutUndefined({
      title: example.title,
      documentation: example.documentation,
      input: example.input,
      output: example.output,
      error: example.error,
    }),
  );
}

function requestTestsOf(traits: Traits | undefined): HttpRequestTestIr[] {
  return (traitValue<HttpRequestTestIr[]>(traits, TRAIT.httpRequestTests) ?? []).map((test) =>
    withoutUndefined({
      id: test.id,
      protocol: test.protocol,
      documentation: test.documentation,
      method: test.method,
      uri: test.uri,
      queryParams: test.queryParams,
      headers: test.headers,
      body: test.body,
      bodyMediaType: test.bodyMediaType,
      params: test.params ?? {},
      appliesTo: test.appliesTo,
    }),
  );
}

function responseTestsOf(traits: Traits | undefined): HttpResponseTestIr[] {
  return (traitValue<HttpResponseTestIr[]>(traits, TRAIT.httpResponseTests) ?? []).map((test) =>
    withoutUndefined({
      id: test.id,
      protocol: test.protocol,
      documentation: test.documentation,
      code: test.code,
      headers: test.headers,
      body: test.body,
      bodyMediaType: test.bodyMediaType,
      params: test.params ?? {},
      appliesTo: test.appliesTo,
    }),
  );
}

/** Drops absent optional fields, so the IR holds only what the model says. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
