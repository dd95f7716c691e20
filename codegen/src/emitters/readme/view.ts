import type { ModelIr, OperationIr } from "../../ir/types.ts";
import { generatedHeader, npmPackageName, type PackageFolder } from "../../naming.ts";
import { listExample, readExample, rootExample, shapeExample } from "./examples.ts";
import { featuredResource, type FeaturedResource } from "./featured.ts";
import { installCommand, README_PACKAGES, type PublicPackage } from "./packages.ts";
import { resourceTitle } from "./prose.ts";

/** What every README template reads. Facts about the API all come from the IR. */
export interface ReadmeView extends ModelView {
  package: { name: string; install: string };
}

/** The part of the view that is the same for every package. */
export interface ModelView {
  header: string;
  /** `@chimekit/<folder>` for each public package, for links between them. */
  names: Record<PackageFolder, string>;
  service: ServiceFacts;
  read: ReadExample;
  /** The structure the read operation returns, as the types example builds one. */
  shape: ShapeExample;
  /** An enum member of that structure, or null when it has none. */
  enum: EnumExample | null;
  list: ListExample | null;
  /** A create-then-list example on an empty service, or null when the model has no such resource. */
  root: RootExample | null;
  /** A route with a literal query, as the server's router matches it: `POST /accounts/{AccountId}/users?operation=create`. */
  queryRoute: string;
}

export interface ServiceFacts {
  title: string;
  version: string;
  signingName: string;
  operationCount: number;
  /** Structures that are neither an operation's input or output nor an error. */
  dataTypeCount: number;
  enumCount: number;
  errors: string[];
  paginated: string[];
  /** `Account`, `Phone number order`, ... sorted by resource name. */
  resources: string[];
}

export interface ReadExample {
  command: string;
  method: string;
  input: string;
  output: string;
  /** The input as a TypeScript object literal with its required members. */
  args: string;
  /** `AccountId, UserId`: the required input members, for destructuring. */
  required: string;
  /** `` `AccountId` and `UserId` ``. */
  requiredInWords: string;
  /** `` `${AccountId}/${UserId}` ``: a key made of the required members. */
  key: string;
  /** The last required member, the one that names the resource itself. */
  identifier: string;
  /** The output member that holds the resource. */
  member: string;
  /** The modeled error the read answers when the resource is missing. */
  error: string;
  docsPage: string;
}

export interface ShapeExample {
  name: string;
  variable: string;
  /** An object literal with the required members (and the enum member, if any). */
  literal: string;
  /** The required members in words, or `none`. */
  required: string;
}

export interface EnumExample {
  type: string;
  member: string;
  /** `License.Basic`. */
  key: string;
  value: string;
}

export interface ListExample {
  paginator: string;
  itemIterator: string;
  args: string;
  /** `{ AccountId }`: the required input members as a shorthand object, for prose. */
  shorthand: string;
  /** The member of a page that holds its items, or null when the model does not say. */
  items: string | null;
}

export interface RootExample {
  create: { command: string; args: string };
  list: { command: string; items: string | null };
}

/** The facts and examples every README shares, computed once per run. */
export function modelView(ir: ModelIr): ModelView {
  const featured = featuredResource(ir);
  const { shape, enumExample } = shapeExample(ir, featured);
  return {
    header: generatedHeader("md"),
    names: Object.fromEntries(
      README_PACKAGES.map((pkg) => [pkg.folder, npmPackageName(pkg.folder)]),
    ) as Record<PackageFolder, string>,
    service: serviceFacts(ir),
    read: readExample(ir, featured),
    shape,
    enum: enumExample,
    list: featured.list ? listExample(ir, featured.list) : null,
    root: rootExample(ir),
    queryRoute: queryRoute(ir, featured),
  };
}

export function readmeView(model: ModelView, pkg: PublicPackage): ReadmeView {
  return { ...model, package: { name: npmPackageName(pkg.folder), install: installCommand(pkg) } };
}

function serviceFacts(ir: ModelIr): ServiceFacts {
  return {
    title: ir.service.title ?? ir.service.sdkId,
    version: ir.service.version,
    signingName: ir.service.signingName,
    operationCount: ir.operations.length,
    dataTypeCount: ir.structures.filter(
      (shape) => !shape.inputOf && !shape.outputOf && !shape.error,
    ).length,
    enumCount: ir.enums.length,
    errors: ir.errors.map((error) => error.name),
    paginated: ir.operations.filter((operation) => operation.paginated).map((op) => op.name),
    resources: ir.resources.map((resource) => resourceTitle(resource.name)),
  };
}

/** The first route with a literal query among the featured resource's operations, else the model's. */
function queryRoute(ir: ModelIr, featured: FeaturedResource): string {
  const { lifecycle, operations } = featured.resource;
  const preferred = [
    lifecycle.create,
    lifecycle.put,
    lifecycle.read,
    lifecycle.update,
    lifecycle.delete,
    lifecycle.list,
    ...operations,
  ];
  const hasQuery = (operation: OperationIr) => Object.keys(operation.http.queryLiterals).length > 0;
  const found =
    preferred
      .map((name) => ir.operations.find((operation) => operation.name === name))
      .find((operation) => operation !== undefined && hasQuery(operation)) ??
    ir.operations.find(hasQuery) ??
    featured.read;
  return `${found.http.method} ${found.http.uri}`;
}
