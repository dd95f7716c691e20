/** What a credentials lookup knows about an access key. */
export interface ChimeCredentials {
  secretAccessKey: string;
  awsAccountId?: string;
}

export type ChimeCredentialsLookup = (
  accessKeyId: string,
) => ChimeCredentials | undefined | Promise<ChimeCredentials | undefined>;

/**
 * How requests are authenticated:
 * - `off`: every request passes;
 * - `presence`: an `Authorization` header (or a presigned URL's `X-Amz-*`
 *   query parameters) must be there;
 * - `sigv4`: the SigV4 signature, in the header or the presigned URL, is
 *   verified against `credentials`.
 *
 * In every mode the access key the request names, and the account
 * `credentials` resolves it to, are passed to handlers.
 */
export interface ChimeAuthOptions {
  mode: "off" | "presence" | "sigv4";
  /** Access key -> secret and account. Required for `sigv4`. */
  credentials?: ChimeCredentialsLookup;
  /** The service the credential scope must name. Default `chime`. */
  signingService?: string;
  /** How far the request date may be from the server's clock. Default 15 minutes. */
  clockSkewMs?: number;
  /** The server's clock, in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** The caller, as the `Authorization` header and the credentials lookup describe it. */
export interface ChimeIdentity {
  accessKeyId: string;
  awsAccountId?: string;
}
