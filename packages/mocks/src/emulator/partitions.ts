import { createHash } from "node:crypto";

/** What an access key stands for: its AWS account, and its secret where signatures are checked. */
export interface AccessKeyAccount {
  awsAccountId: string;
  secretAccessKey?: string;
}

export interface PartitionOptions {
  /** Access key ID to AWS account. */
  accessKeys?: Readonly<Record<string, AccessKeyAccount>>;
  /** The AWS account of unsigned requests. */
  defaultAwsAccountId?: string;
}

/** The AWS account ID of the reference's examples. */
export const DEFAULT_AWS_ACCOUNT_ID = "111122223333";

export interface CallerIdentity {
  accessKeyId: string;
  awsAccountId?: string;
}

/** A caller whose partition is resolved: the AWS account it works on, and the key it signed with. */
export interface PartitionCaller {
  awsAccountId: string;
  accessKeyId?: string;
}

/**
 * The AWS account whose partition a call works on: the one the server's
 * credential lookup resolved, else the configured account of the access key,
 * else an account derived from the key itself (so two unconfigured keys never
 * share state), else, for unsigned requests, the default account.
 */
export function awsAccountIdOf(
  identity: CallerIdentity | undefined,
  options: PartitionOptions,
): string {
  if (!identity) return options.defaultAwsAccountId ?? DEFAULT_AWS_ACCOUNT_ID;
  return (
    identity.awsAccountId ??
    options.accessKeys?.[identity.accessKeyId]?.awsAccountId ??
    derivedAwsAccountId(identity.accessKeyId)
  );
}

/** Enough for every key a test run uses; a client cycling through more keys only recomputes. */
const DERIVED_CACHE_LIMIT = 1024;
const derivedAccounts = new Map<string, string>();

/** Twelve digits that depend only on the access key. */
export function derivedAwsAccountId(accessKeyId: string): string {
  let awsAccountId = derivedAccounts.get(accessKeyId);
  if (awsAccountId === undefined) {
    const digest = createHash("sha256").update(accessKeyId).digest();
    awsAccountId = (digest.readBigUInt64BE(0) % 1_000_000_000_000n).toString().padStart(12, "0");
    if (derivedAccounts.size >= DERIVED_CACHE_LIMIT) derivedAccounts.clear();
    derivedAccounts.set(accessKeyId, awsAccountId);
  }
  return awsAccountId;
}

export function isAwsAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}
