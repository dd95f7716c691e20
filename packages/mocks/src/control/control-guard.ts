import { createHash, timingSafeEqual } from "node:crypto";
import type { ChimeHttpRequest } from "@chimekit/server";
import { isLoopbackAddress } from "../http/loopback.js";

/** The request header that carries the control credential (required under `--auth sigv4`). */
export const CONTROL_TOKEN_HEADER = "x-chimekit-control-token";

export interface ControlGuardOptions {
  /** The address the emulator was started on (`--host`): a Host header naming it is the owner's. */
  host?: string;
  /** The control credential; every control call except the public pages must carry it. Absent: none needed. */
  token?: string;
  /** Paths (GET) anyone who passes the Host check may read without a credential: the dashboard page and assets. */
  isPublicPage?: (path: string) => boolean;
}

/** Why a control request was turned away: the HTTP status and the `code` of the JSON answer. */
export interface ControlRefusal {
  statusCode: number;
  code: string;
  message: string;
}

const STATE_CHANGING = new Set(["POST", "PUT", "DELETE", "PATCH"]);

/**
 * Who may reach the control API, checked before any route runs:
 * - the Host header must name this machine (a loopback name or address) or
 *   the `--host` the emulator listens on, so a page that rebinds its own
 *   domain to 127.0.0.1 (DNS rebinding) is refused;
 * - state-changing calls must be JSON (a browser cannot send that
 *   cross-origin without a preflight the emulator never grants) and not
 *   marked cross-site by `Sec-Fetch-Site` or a foreign `Origin`;
 * - with a token configured, the call must carry it.
 * A request without a Host header comes from no browser (the in-process
 * helpers), and passes that check.
 */
export function createControlGuard(
  options: ControlGuardOptions,
): (request: ChimeHttpRequest) => ControlRefusal | undefined {
  const ownHost = options.host === undefined ? undefined : hostName(options.host);
  const tokenDigest = options.token === undefined ? undefined : digest(options.token);
  return (request) => {
    const host = request.headers.host;
    if (host !== undefined && !isOwnHost(hostName(host), ownHost)) {
      return {
        statusCode: 403,
        code: "ForeignHost",
        message: `the control API answers requests addressed to this machine only (loopback${ownHost ? ` or ${ownHost}` : ""}); this one was addressed to Host ${JSON.stringify(host)}`,
      };
    }
    if (STATE_CHANGING.has(request.method)) {
      const refusal = crossSiteRefusal(request, host);
      if (refusal) return refusal;
    }
    if (
      tokenDigest !== undefined &&
      !(request.method === "GET" && options.isPublicPage?.(request.path))
    ) {
      const given = request.headers[CONTROL_TOKEN_HEADER];
      if (given === undefined || given === "") {
        return {
          statusCode: 401,
          code: "ControlCredentialRequired",
          message: `the control API needs its credential under --auth sigv4: send the header ${CONTROL_TOKEN_HEADER} with the token printed at start (or given by --control-token / CHIMEKIT_CONTROL_TOKEN)`,
        };
      }
      if (!timingSafeEqual(digest(given), tokenDigest)) {
        return {
          statusCode: 403,
          code: "ControlCredentialInvalid",
          message: `the ${CONTROL_TOKEN_HEADER} header does not hold this emulator's control token`,
        };
      }
    }
    return undefined;
  };
}

function crossSiteRefusal(
  request: ChimeHttpRequest,
  host: string | undefined,
): ControlRefusal | undefined {
  const contentType = request.headers["content-type"];
  const mediaType = contentType?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") {
    return {
      statusCode: 415,
      code: "UnsupportedMediaType",
      message: `${request.method} ${request.path} changes the emulator's state and needs content-type: application/json (got ${contentType === undefined ? "none" : JSON.stringify(contentType)})`,
    };
  }
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") {
    return {
      statusCode: 403,
      code: "CrossSiteRequest",
      message: `${request.method} ${request.path} was sent by a page of another site (Sec-Fetch-Site: ${fetchSite}); the control API changes state for same-origin pages and non-browser clients only`,
    };
  }
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    (host === undefined || origin.toLowerCase() !== `http://${host.toLowerCase()}`)
  ) {
    return {
      statusCode: 403,
      code: "CrossSiteRequest",
      message: `${request.method} ${request.path} was sent by a page of origin ${JSON.stringify(origin)}, not by this emulator's own pages; the control API changes state for same-origin pages and non-browser clients only`,
    };
  }
  return undefined;
}

/** The name part of a Host header or address, lower-cased, without port or IPv6 brackets. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return lower.slice(1, end === -1 ? undefined : end);
  }
  // One colon separates a port; more make a bare IPv6 address.
  const colon = lower.indexOf(":");
  return colon !== -1 && colon === lower.lastIndexOf(":") ? lower.slice(0, colon) : lower;
}

/** `localhost` and its subdomains resolve to loopback by definition (RFC 6761); addresses are checked as such. */
function isOwnHost(name: string, ownHost: string | undefined): boolean {
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  return (name !== "" && isLoopbackAddress(name)) || name === ownHost;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
