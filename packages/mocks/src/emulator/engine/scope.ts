/**
 * The store scope of a record: the identifiers of its enclosing resources,
 * outermost first, each percent-encoded so that `/` only ever separates
 * levels (a cascade deletes `scope` and everything under `scope/`).
 */
export function scopeKey(ids: readonly string[]): string {
  return ids.map((id) => encodeURIComponent(id)).join("/");
}
