import { canonicalPathSegments } from "../http/canonical-path.js";
import { percentDecode, type QueryParams } from "../http/query.js";

/** A label's position in the path: segment index, and whether it takes the rest of the path. */
export interface LabelPosition {
  name: string;
  index: number;
  greedy: boolean;
}

interface Candidate<T> {
  value: T;
  /** The literal query the route needs, as `[name, value]` pairs. */
  literals: ReadonlyArray<readonly [string, string]>;
  labels: readonly LabelPosition[];
}

/** The routes that share a method and path, told apart by their literal query. */
interface RouteGroup<T> {
  /** Most literals first; a route without literals comes last, as the fallback. */
  candidates: Candidate<T>[];
  /** Every query name some route of the group uses as a literal. */
  literalNames: Set<string>;
}

type RoutesByMethod<T> = Map<string, RouteGroup<T>>;

interface Node<T> {
  literals: Map<string, Node<T>>;
  label?: Node<T>;
  /** Routes whose last segment is a greedy label ending here. */
  greedy?: RoutesByMethod<T>;
  /** Routes ending at this node. */
  routes?: RoutesByMethod<T>;
}

export type RouteMatch<T> =
  | { kind: "found"; value: T; labels: Record<string, string> }
  /** Method and path match, but the query carries none of the routes' literals. */
  | { kind: "query-mismatch"; expected: string[] }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

function newNode<T>(): Node<T> {
  return { literals: new Map() };
}

/** A path template: `/accounts/{AccountId}/users/` -> `["accounts", "{AccountId}", "users"]`. */
function splitTemplate(path: string): string[] {
  const segments = path.split("/");
  if (segments[0] === "") segments.shift();
  if (segments.length > 0 && segments[segments.length - 1] === "") segments.pop();
  return segments;
}

function addCandidate<T>(table: RoutesByMethod<T>, method: string, candidate: Candidate<T>) {
  let group = table.get(method);
  if (!group) table.set(method, (group = { candidates: [], literalNames: new Set() }));
  group.candidates.push(candidate);
  group.candidates.sort((a, b) => b.literals.length - a.literals.length);
  for (const [name] of candidate.literals) group.literalNames.add(name);
}

/**
 * A route matches when the query carries each of its literals. The fallback
 * route (no literals) does not take a query that names a literal of its
 * group with an unknown value (`?operation=typo`): that request meant
 * another operation, so it is answered as unknown rather than misrouted.
 */
function matches(
  candidate: Candidate<unknown>,
  group: RouteGroup<unknown>,
  query: QueryParams,
): boolean {
  if (candidate.literals.length === 0) {
    for (const name of group.literalNames) if (query.has(name)) return false;
    return true;
  }
  for (const [name, value] of candidate.literals) {
    if (query.get(name)?.[0] !== value) return false;
  }
  return true;
}

function describeLiterals(literals: Candidate<unknown>["literals"]): string {
  return literals.map(([name, value]) => `${name}=${value}`).join("&");
}

/**
 * Routes requests by method, path template and literal query, built once from
 * the operations. Paths are matched through a tree of segments (literal
 * segments before labels), so a request never scans every route.
 */
export class RouteTable<T> {
  private readonly root: Node<T> = newNode();

  add(method: string, pathTemplate: string, queryLiterals: Record<string, string>, value: T): void {
    const labels: LabelPosition[] = [];
    let node = this.root;
    const segments = splitTemplate(pathTemplate);
    const literals = Object.entries(queryLiterals).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [index, segment] of segments.entries()) {
      const label = /^\{([^}]+?)(\+)?\}$/.exec(segment);
      if (label?.[2]) {
        if (index !== segments.length - 1) {
          throw new Error(`Greedy label ${segment} must be the last segment of ${pathTemplate}`);
        }
        labels.push({ name: label[1], index, greedy: true });
        node.greedy ??= new Map();
        addCandidate(node.greedy, method, { value, literals, labels });
        return;
      }
      if (label) {
        labels.push({ name: label[1], index, greedy: false });
        node = node.label ??= newNode();
      } else {
        let next = node.literals.get(segment);
        if (!next) node.literals.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.routes ??= new Map();
    addCandidate(node.routes, method, { value, literals, labels });
  }

  /**
   * Matches a raw (percent-encoded) path, read as SigV4 signs it (see
   * canonicalPathSegments); label values are returned still encoded.
   */
  match(method: string, rawPath: string, query: QueryParams): RouteMatch<T> {
    const segments = canonicalPathSegments(rawPath);
    const endpoints: RoutesByMethod<T>[] = [];
    this.collect(this.root, segments, 0, endpoints);
    if (endpoints.length === 0) return { kind: "not-found" };

    let expected: string[] | undefined;
    for (const routes of endpoints) {
      const group = routes.get(method);
      if (!group) continue;
      for (const candidate of group.candidates) {
        if (matches(candidate, group, query)) {
          return {
            kind: "found",
            value: candidate.value,
            labels: extractLabels(candidate, segments),
          };
        }
      }
      expected ??= group.candidates.map((c) =>
        c.literals.length === 0
          ? `no ${[...group.literalNames].join(", ")}`
          : describeLiterals(c.literals),
      );
    }
    if (expected) return { kind: "query-mismatch", expected };
    const allowed = new Set<string>();
    for (const routes of endpoints) for (const m of routes.keys()) allowed.add(m);
    return { kind: "method-not-allowed", allowed: [...allowed].sort() };
  }

  /** Gathers every route set the path reaches, literal branches before label branches. */
  private collect(
    node: Node<T>,
    segments: string[],
    index: number,
    out: RoutesByMethod<T>[],
  ): void {
    if (index === segments.length) {
      if (node.routes) out.push(node.routes);
      return;
    }
    const segment = segments[index];
    const literal = node.literals.get(segment) ?? node.literals.get(decodedOrSelf(segment));
    if (literal) this.collect(literal, segments, index + 1, out);
    if (node.label) this.collect(node.label, segments, index + 1, out);
    if (node.greedy) out.push(node.greedy);
  }
}

function decodedOrSelf(segment: string): string {
  try {
    return percentDecode(segment);
  } catch {
    return segment;
  }
}

function extractLabels(candidate: Candidate<unknown>, segments: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const label of candidate.labels) {
    labels[label.name] = label.greedy
      ? segments.slice(label.index).join("/")
      : segments[label.index];
  }
  return labels;
}
