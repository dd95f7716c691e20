import type { QueryParams } from "../http/query.js";
import {
  parseCredential,
  SIGV4_ALGORITHM,
  type SigV4Authorization,
} from "./authorization-header.js";

/** The query parameters of a presigned URL (SigV4 query-string authentication). */
export const PRESIGN_PARAM = {
  algorithm: "X-Amz-Algorithm",
  credential: "X-Amz-Credential",
  date: "X-Amz-Date",
  expires: "X-Amz-Expires",
  signedHeaders: "X-Amz-SignedHeaders",
  signature: "X-Amz-Signature",
} as const;

/** A week: the longest a SigV4 presigned URL may stay valid. */
export const MAX_PRESIGN_SECONDS = 604_800;

const REQUIRED = [
  PRESIGN_PARAM.algorithm,
  PRESIGN_PARAM.credential,
  PRESIGN_PARAM.signature,
  PRESIGN_PARAM.signedHeaders,
  PRESIGN_PARAM.date,
];

export interface PresignedAuthorization extends SigV4Authorization {
  /** `X-Amz-Date`, as sent. */
  amzDate: string;
  /** `X-Amz-Expires`: how long after `amzDate` the URL stays valid. */
  expiresSeconds: number;
}

export type ParsedPresignedQuery =
  | { ok: true; value: PresignedAuthorization }
  | { ok: false; message: string; accessKeyId?: string };

/** Whether the query carries the parameters of a presigned URL. */
export function isPresigned(query: QueryParams): boolean {
  return query.has(PRESIGN_PARAM.signature) || query.has(PRESIGN_PARAM.credential);
}

/** The access key a presigned URL names, whatever else is wrong with it. */
export function accessKeyIdOfQuery(query: QueryParams): string | undefined {
  return query.get(PRESIGN_PARAM.credential)?.[0]?.split("/")[0] || undefined;
}

/** Reads the `X-Amz-*` parameters of a presigned URL; a failure says which one is wrong. */
export function parsePresignedQuery(query: QueryParams): ParsedPresignedQuery {
  const accessKeyId = accessKeyIdOfQuery(query);
  const value = (name: string) => query.get(name)?.[0] ?? "";
  if (REQUIRED.some((name) => value(name) === "")) {
    return {
      ok: false,
      accessKeyId,
      message: `AWS query-string parameters must include ${REQUIRED.map((name) => `'${name}'`).join(", ")}. Re-examine the query-string parameters.`,
    };
  }
  const algorithm = value(PRESIGN_PARAM.algorithm);
  if (algorithm !== SIGV4_ALGORITHM) {
    return {
      ok: false,
      accessKeyId,
      message: `Unsupported ${PRESIGN_PARAM.algorithm} '${algorithm}'; expected ${SIGV4_ALGORITHM}.`,
    };
  }
  const expires = value(PRESIGN_PARAM.expires);
  const expiresSeconds = /^\d+$/.test(expires) ? Number(expires) : NaN;
  if (!(expiresSeconds >= 1 && expiresSeconds <= MAX_PRESIGN_SECONDS)) {
    return {
      ok: false,
      accessKeyId,
      message: `${PRESIGN_PARAM.expires} must be a whole number of seconds from 1 to ${MAX_PRESIGN_SECONDS} (a week), not '${expires}'.`,
    };
  }
  const credential = parseCredential(value(PRESIGN_PARAM.credential));
  if (!credential.ok) return { ok: false, accessKeyId, message: credential.message };
  return {
    ok: true,
    value: {
      ...credential.value,
      signedHeaders: value(PRESIGN_PARAM.signedHeaders).split(";"),
      signature: value(PRESIGN_PARAM.signature),
      amzDate: value(PRESIGN_PARAM.date),
      expiresSeconds,
    },
  };
}
