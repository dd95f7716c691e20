import type { Endpoint, EndpointV2, Provider } from "@smithy/types";

/** The Amazon Chime API's global endpoint. */
export const DEFAULT_ENDPOINT = "https://service.chime.aws.amazon.com";

/** What `endpoint` accepts: a URL, an endpoint object, or a provider of either. */
export type EndpointInput =
  string | Endpoint | EndpointV2 | Provider<Endpoint> | Provider<EndpointV2>;

/** Normalizes the `endpoint` option to a provider of `Endpoint`. */
export function resolveEndpoint(input: EndpointInput): Provider<Endpoint> {
  if (typeof input === "function") {
    return async () => toEndpoint(await input());
  }
  const endpoint = Promise.resolve(toEndpoint(input));
  return () => endpoint;
}

/**
 * An `Endpoint` from a URL or endpoint object; `source` names where a URL
 * came from in the error a malformed one raises.
 */
export function toEndpoint(value: string | Endpoint | EndpointV2, source = "endpoint"): Endpoint {
  if (typeof value === "string") {
    return fromUrl(parseUrl(value, source));
  }
  if ("url" in value) {
    return fromUrl(value.url);
  }
  return value;
}

function parseUrl(value: string, source: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // `localhost:8080` parses as a URL whose scheme is `localhost:`, hence the protocol check.
  if (
    url === undefined ||
    (url.protocol !== "http:" && url.protocol !== "https:") ||
    !url.hostname
  ) {
    throw new TypeError(
      `ChimeClient: ${source} ${JSON.stringify(value)} is not an absolute http(s) URL (e.g. "http://127.0.0.1:4566")`,
    );
  }
  return url;
}

function fromUrl(url: URL): Endpoint {
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
  };
}
