/**
 * Links to the API reference site of @chimekit/docs. Its page paths are those
 * of codegen/src/emitters/docs/site-paths.ts: `shapes/<Shape>.html` for data
 * types and `operations/<Operation>.html#response-elements` for what an
 * operation answers. The site may be served anywhere, so its base URL is a
 * setting of the page: `?docs=<url>`, else the one saved in this browser,
 * else `pnpm docs:serve`'s default address.
 */
export const DEFAULT_DOCS_BASE = "http://127.0.0.1:4590/";

const STORAGE_KEY = "chimekit-docs-base";

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

export function docsBase(): string {
  const fromQuery = new URLSearchParams(location.search).get("docs");
  return withSlash(fromQuery ?? localStorage.getItem(STORAGE_KEY) ?? DEFAULT_DOCS_BASE);
}

/** Saves the base URL for this browser; an empty value goes back to the default. */
export function saveDocsBase(url: string): void {
  if (url.trim() === "") localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, withSlash(url.trim()));
}

/** A reference page: a shape of the model, or the response of an operation that has no shape of its own. */
export type ReferenceTarget = { shape: string } | { responseOf: string };

export function referenceHref(base: string, target: ReferenceTarget): string {
  return "shape" in target
    ? `${base}shapes/${target.shape}.html`
    : `${base}operations/${target.responseOf}.html#response-elements`;
}

export function referenceName(target: ReferenceTarget): string {
  return "shape" in target ? target.shape : `${target.responseOf} response`;
}
