export const SIGV4_ALGORITHM = "AWS4-HMAC-SHA256";

/** The parts of a SigV4 `Authorization` header. */
export interface SigV4Authorization {
  accessKeyId: string;
  /** The credential scope: `20150830/us-east-1/chime/aws4_request`, split. */
  scope: { date: string; region: string; service: string; terminator: string };
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION_PARAMS = ["Credential", "SignedHeaders", "Signature"] as const;
type AuthorizationParam = (typeof AUTHORIZATION_PARAMS)[number];

function isAuthorizationParam(name: string): name is AuthorizationParam {
  return (AUTHORIZATION_PARAMS as readonly string[]).includes(name);
}

export type ParsedAuthorization =
  { ok: true; value: SigV4Authorization } | { ok: false; message: string; accessKeyId?: string };

/**
 * The header as the AWS SDKs and the CLI write it: the three parameters in
 * this order, a credential of five non-empty parts, a hex signature. One
 * match reads it; anything else goes through the general parse below.
 */
const SDK_FORM =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/([^/,\s]+)\/([^/,\s]+)\/([^/,\s]+)\/([^/,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([0-9a-f]+)$/;

/**
 * Parses `AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/chime/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=...`. A failure still carries the
 * access key when the `Credential` part names one.
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const sdk = SDK_FORM.exec(header);
  if (sdk) {
    const [, accessKeyId, date, region, service, terminator, signedHeaders, signature] = sdk;
    return {
      ok: true,
      value: {
        accessKeyId,
        scope: { date, region, service, terminator },
        signedHeaders: signedHeaders.split(";"),
        signature,
      },
    };
  }
  const space = header.indexOf(" ");
  const algorithm = space === -1 ? header : header.slice(0, space);
  const params: Record<AuthorizationParam, string | undefined> = {
    Credential: undefined,
    SignedHeaders: undefined,
    Signature: undefined,
  };
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    const name = eq === -1 ? "" : part.slice(0, eq).trim();
    if (isAuthorizationParam(name)) params[name] = part.slice(eq + 1).trim();
  }
  const credential = params.Credential;
  const accessKeyId = credential?.split("/", 1)[0] || undefined;
  if (algorithm !== SIGV4_ALGORITHM) {
    return {
      ok: false,
      accessKeyId,
      message: `Unsupported authorization type '${algorithm}'; expected ${SIGV4_ALGORITHM}.`,
    };
  }
  const missing = AUTHORIZATION_PARAMS.filter((name) => !params[name]);
  if (missing.length > 0) {
    const text = missing
      .map((name) => `Authorization header requires '${name}' parameter.`)
      .join(" ");
    return { ok: false, accessKeyId, message: `${text} Authorization=${header}` };
  }
  const scope = parseCredential(credential!);
  if (!scope.ok) return { ok: false, accessKeyId, message: scope.message };
  return {
    ok: true,
    value: {
      accessKeyId: scope.value.accessKeyId,
      scope: scope.value.scope,
      signedHeaders: params.SignedHeaders!.split(";"),
      signature: params.Signature!,
    },
  };
}

/** `AKID/20150830/us-east-1/chime/aws4_request`: the access key and the credential scope. */
export function parseCredential(
  credential: string,
):
  | { ok: true; value: Pick<SigV4Authorization, "accessKeyId" | "scope"> }
  | { ok: false; message: string } {
  const parts = credential.split("/");
  if (parts.length !== 5 || !parts[0]) {
    return {
      ok: false,
      message: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'.`,
    };
  }
  const [accessKeyId, date, region, service, terminator] = parts;
  return { ok: true, value: { accessKeyId, scope: { date, region, service, terminator } } };
}

/** The access key named by an `Authorization` header, whatever else is wrong with it. */
export function accessKeyIdOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /Credential=([^/,\s]+)\//.exec(header);
  return match?.[1];
}
