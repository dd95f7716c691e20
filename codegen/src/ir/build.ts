import {
  memberTargets,
  type OperationShapeNode,
  type ResourceShapeNode,
  type ServiceShapeNode,
  type ShapeNode,
  type SmithyModel,
} from "../model/smithy-ast.ts";
import { TRAIT, traitValue, type CommonErrorValue } from "../model/traits.ts";
import { shapeName } from "../naming.ts";
import { operationIr, type ServiceDefaults } from "./operations.ts";
import { boundOperations, resourceIr, walkResources } from "./resources.ts";
import { shapeIr, type StructureRole } from "./shapes.ts";
import type {
  ModelIr,
  OperationIr,
  PaginationIr,
  ServiceIr,
  ShapeIr,
  StructureIr,
} from "./types.ts";
import { documentationOf, type ShapeTable } from "./values.ts";

/**
 * Resolves a validated model into the IR every emitter reads: the service's
 * operations, resources and the closure of shapes they use, each sorted by name.
 * `sources` are the model files, relative to the repository root.
 */
export function buildIr(model: SmithyModel, sources: string[]): ModelIr {
  const shapes: ShapeTable = model.shapes;
  const [serviceId, service] = findService(shapes);

  const resources = walkResources(
    shapes,
    (service.resources ?? []).map((ref) => ref.target),
  );
  const resourceOf = new Map<string, string>();
  for (const bound of resources) {
    for (const operation of boundOperations(shapes[bound.id] as ResourceShapeNode))
      resourceOf.set(operation, shapeName(bound.id));
  }
  const operationIds = [
    ...new Set([...(service.operations ?? []).map((ref) => ref.target), ...resourceOf.keys()]),
  ];

  const defaults: ServiceDefaults = {
    errors: (service.errors ?? []).map((ref) => ref.target),
    paginated: traitValue<Partial<PaginationIr>>(service.traits, TRAIT.paginated),
  };
  const operations = operationIds
    .map((id) => operationIr(id, shapes[id] as OperationShapeNode, defaults, resourceOf.get(id)))
    .sort(byName);

  const roles = structureRoles(shapes, operationIds);
  const shapeMap = new Map<string, ShapeIr>();
  for (const id of shapeClosure(shapes, operationIds, defaults.errors)) {
    const ir = shapeIr(shapes, id, roles.get(id) ?? {});
    if (ir) shapeMap.set(ir.name, ir);
  }
  const shapeNames = [...shapeMap.keys()].sort();
  const ordered = shapeNames.map((name) => shapeMap.get(name) as ShapeIr);
  const structures = ordered.filter((shape): shape is StructureIr => shape.kind === "structure");

  return {
    service: serviceIr(serviceId, service),
    operations,
    shapes: new Map(shapeNames.map((name) => [name, shapeMap.get(name) as ShapeIr])),
    shapeNames,
    structures,
    enums: ordered.flatMap((shape) => (shape.kind === "enum" ? [shape] : [])),
    errors: structures.filter((shape) => shape.error !== undefined),
    resources: resources.map((bound) => resourceIr(shapes, bound)).sort(byName),
    sources: [...sources],
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function findService(shapes: ShapeTable): [string, ServiceShapeNode] {
  const services = Object.entries(shapes).filter(
    (entry): entry is [string, ServiceShapeNode] => entry[1].type === "service",
  );
  if (services.length !== 1) {
    throw new Error(
      `expected exactly one service shape, found ${services.length} (validation missed it)`,
    );
  }
  return services[0];
}

function serviceIr(id: string, service: ServiceShapeNode): ServiceIr {
  const name = shapeName(id);
  const aws =
    traitValue<{ sdkId?: string; endpointPrefix?: string }>(service.traits, TRAIT.awsService) ?? {};
  const sigv4 = traitValue<{ name?: string }>(service.traits, TRAIT.sigv4) ?? {};
  const sdkId = aws.sdkId ?? name;
  const endpointPrefix = aws.endpointPrefix ?? sdkId.toLowerCase();
  const ir: ServiceIr = {
    shapeId: id,
    namespace: id.slice(0, id.indexOf("#")),
    name,
    version: service.version ?? "",
    sdkId,
    endpointPrefix,
    signingName: sigv4.name ?? endpointPrefix,
    commonErrors: (traitValue<CommonErrorValue[]>(service.traits, TRAIT.commonErrors) ?? []).map(
      ({ code, httpStatus, documentation }) => ({ code, httpStatus, documentation }),
    ),
  };
  const title = traitValue<string>(service.traits, TRAIT.title);
  const documentation = documentationOf(service.traits);
  if (title !== undefined) ir.title = title;
  if (documentation !== undefined) ir.documentation = documentation;
  return ir;
}

/** Which operation takes or returns each structure. */
function structureRoles(shapes: ShapeTable, operationIds: string[]): Map<string, StructureRole> {
  const roles = new Map<string, StructureRole>();
  const role = (id: string) => roles.get(id) ?? roles.set(id, {}).get(id)!;
  for (const id of operationIds) {
    const operation = shapes[id] as OperationShapeNode;
    if (operation.input) role(operation.input.target).inputOf = shapeName(id);
    if (operation.output) role(operation.output.target).outputOf = shapeName(id);
  }
  return roles;
}

/** Shape IDs of every model shape the operations reach (prelude shapes excluded). */
function shapeClosure(
  shapes: ShapeTable,
  operationIds: string[],
  serviceErrors: string[],
): Set<string> {
  const reached = new Set<string>();
  const pending: string[] = [...serviceErrors];
  for (const id of operationIds) {
    const operation = shapes[id] as OperationShapeNode;
    if (operation.input) pending.push(operation.input.target);
    if (operation.output) pending.push(operation.output.target);
    for (const error of operation.errors ?? []) pending.push(error.target);
  }
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const shape: ShapeNode | undefined = shapes[id];
    if (shape === undefined || reached.has(id)) continue;
    reached.add(id);
    pending.push(...memberTargets(shape));
  }
  return reached;
}
