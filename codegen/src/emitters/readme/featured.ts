import type { MemberIr, ModelIr, OperationIr, ResourceIr, StructureIr } from "../../ir/types.ts";
import { findOperation, findStructure } from "../shared/ir-lookup.ts";

/** The resource the READMEs' examples are about, and the operations they call. */
export interface FeaturedResource {
  resource: ResourceIr;
  /** Its read operation (`GetUser`). */
  read: OperationIr;
  /** The member of the read output that holds the resource (`User` of `GetUserResponse`). */
  readMember: MemberIr;
  /** The structure that member holds (`User`). */
  shape: StructureIr;
  /** Its list operation when paginated, else the model's first paginated operation, if any. */
  list: OperationIr | undefined;
}

/** A top-level collection an example can fill from nothing: create one, then list them. */
export interface RootCollection {
  create: OperationIr;
  list: OperationIr;
}

/**
 * The resource with the most operations bound to it (lifecycle and others;
 * ties go to the first by name) among those whose read operation returns the
 * resource as a structure and takes only string members: the one a reader of
 * the API meets most. For Amazon Chime that is the user (`GetUser`,
 * `ListUsers`).
 */
export function featuredResource(ir: ModelIr): FeaturedResource {
  let best: { featured: FeaturedResource; weight: number } | undefined;
  for (const resource of ir.resources) {
    const read = findOperation(ir, resource.lifecycle.read);
    if (!read) continue;
    const input = findStructure(ir, read.input);
    const output = findStructure(ir, read.output);
    const readMember = output?.members.find((member) => member.type.kind === "structure");
    const shape = readMember && findStructure(ir, readMember.type.shape as string);
    const plainInput = input?.members
      .filter((member) => member.required)
      .every((member) => member.type.kind === "string");
    if (!readMember || !shape || !plainInput) continue;
    const weight = Object.keys(resource.lifecycle).length + resource.operations.length;
    if (best && best.weight >= weight) continue;
    const ownList = findOperation(ir, resource.lifecycle.list);
    const list = ownList?.paginated ? ownList : ir.operations.find((op) => op.paginated);
    best = { weight, featured: { resource, read, readMember, shape, list } };
  }
  if (best === undefined) {
    throw new Error(
      "readme emitter: no resource of the model has a read operation that returns it as a structure from string inputs; the README examples need one",
    );
  }
  return best.featured;
}

/**
 * The top-level resource (most operations first, then by name) whose create
 * operation needs only body members and whose list operation needs none: an
 * example can create one on an empty service and list it. For Amazon Chime
 * that is the account (`CreateAccount`, `ListAccounts`).
 */
export function rootCollection(ir: ModelIr): RootCollection | undefined {
  const required = (operation: OperationIr) =>
    findStructure(ir, operation.input)?.members.filter((member) => member.required) ?? [];
  const candidates = ir.resources
    .filter((resource) => resource.parent === undefined)
    .map((resource) => ({
      weight: Object.keys(resource.lifecycle).length + resource.operations.length,
      create: findOperation(ir, resource.lifecycle.create),
      list: findOperation(ir, resource.lifecycle.list),
    }))
    .filter(
      (candidate): candidate is { weight: number; create: OperationIr; list: OperationIr } =>
        !!candidate.create &&
        !!candidate.list &&
        required(candidate.create).every((member) => member.binding.location === "body") &&
        required(candidate.list).length === 0,
    );
  const found = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, candidate) => (best && best.weight >= candidate.weight ? best : candidate),
    undefined,
  );
  return found && { create: found.create, list: found.list };
}
