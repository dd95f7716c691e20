import type { LoadedModel, SmithyModel } from "@chimekit/codegen";

type Json = unknown;

/**
 * A model `copies` times the size of `model`: every operation, resource and
 * shape except the service is copied under a new name (`GetUser` ->
 * `GetUserV2`, `GetUserRequest` -> `GetUserV2Request`, `User` -> `UserV2`),
 * with its URI moved under `/v2`, so the copy validates like the original.
 */
export function syntheticModel(model: SmithyModel, copies: number): LoadedModel {
  const shapes: Record<string, Json> = {};
  const ids = Object.keys(model.shapes);
  const serviceId = ids.find((id) => model.shapes[id].type === "service") as string;
  const operationNames = ids.filter((id) => model.shapes[id].type === "operation").map(localName);
  const service = structuredClone(model.shapes[serviceId]) as Record<string, { target: string }[]>;

  for (let copy = 1; copy <= copies; copy++) {
    const renames = new Map(
      ids.filter((id) => id !== serviceId).map((id) => [id, renamed(id, copy, operationNames)]),
    );
    for (const [id, shape] of Object.entries(model.shapes)) {
      if (id === serviceId) continue;
      const clone = rewriteTargets(structuredClone(shape), renames) as {
        traits?: Record<string, { uri: string }>;
      };
      const http = clone.traits?.["smithy.api#http"];
      if (http && copy > 1) http.uri = `/v${copy}${http.uri}`;
      shapes[renames.get(id) as string] = clone;
    }
    if (copy > 1) {
      for (const key of ["operations", "resources"]) {
        const original =
          (model.shapes[serviceId] as unknown as Record<string, { target: string }[]>)[key] ?? [];
        service[key] = [
          ...(service[key] ?? []),
          ...original.map((ref) => ({ target: renames.get(ref.target) as string })),
        ];
      }
    }
  }
  shapes[serviceId] = service;
  const synthetic = { smithy: "2.0", shapes } as SmithyModel;
  const source = "model/synthetic.json";
  return {
    model: synthetic,
    sources: [source],
    origins: new Map(Object.keys(shapes).map((id) => [id, source])),
    texts: new Map([[source, ""]]),
  };
}

function localName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

/** Copy 1 keeps the original names; copy n inserts `Vn` after the operation name or at the end. */
function renamed(id: string, copy: number, operations: string[]): string {
  if (copy === 1) return id;
  const namespace = id.slice(0, id.indexOf("#") + 1);
  const name = localName(id);
  const operation = operations
    .filter(
      (candidate) =>
        name === candidate || name === `${candidate}Request` || name === `${candidate}Response`,
    )
    .sort((a, b) => b.length - a.length)[0];
  if (operation !== undefined)
    return `${namespace}${operation}V${copy}${name.slice(operation.length)}`;
  return `${namespace}${name}V${copy}`;
}

/** Rewrites every `target` (and example error `shapeId`) that names a renamed shape. */
function rewriteTargets(value: Json, renames: Map<string, string>): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteTargets(item, renames));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      (key === "target" || key === "shapeId") && typeof field === "string"
        ? (renames.get(field) ?? field)
        : rewriteTargets(field, renames),
    ]),
  );
}
