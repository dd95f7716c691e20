/**
 * The one reading of a raw request path that both the router and the SigV4
 * verifier use, so that a request is routed exactly as it was signed: empty
 * and `.` segments are dropped and `..` removes the segment before it, as
 * SigV4 clients do before they sign (RFC 3986 dot-segment removal, with
 * repeated slashes collapsed). Segments stay percent-encoded.
 *
 * `/accounts/a/./users//u1/../u2/` -> `["accounts", "a", "users", "u2"]`.
 */
export function canonicalPathSegments(rawPath: string): string[] {
  const segments: string[] = [];
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments;
}

/**
 * The canonical path as a string: the segments above, with the leading slash
 * and a trailing one kept (`/accounts/a/users/u2/`); SigV4 signs this form.
 */
export function canonicalPath(rawPath: string): string {
  const segments = canonicalPathSegments(rawPath);
  const lead = rawPath.startsWith("/") ? "/" : "";
  const trail = segments.length > 0 && rawPath.endsWith("/") ? "/" : "";
  return lead + segments.join("/") + trail;
}
