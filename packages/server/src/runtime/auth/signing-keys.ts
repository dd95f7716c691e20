import { createHmac } from "node:crypto";

/**
 * How many derived keys are kept. A key is good for one secret, day, region
 * and service, so a server sees few of them; the bound only keeps requests
 * naming made-up scopes from growing the cache.
 */
const MAX_KEYS = 256;

/**
 * SigV4 signing keys, derived once per (secret, date, region, service) and
 * then reused: the derivation is four HMACs, as much as the rest of a
 * verification.
 */
export class SigningKeys {
  private readonly keys = new Map<string, Buffer>();

  get(secretAccessKey: string, date: string, region: string, service: string): Buffer {
    // The parts of a credential scope hold no newline, so the joined key is unambiguous.
    const id = `${secretAccessKey}\n${date}\n${region}\n${service}`;
    let key = this.keys.get(id);
    if (key === undefined) {
      key = deriveSigningKey(secretAccessKey, date, region, service);
      // Oldest first: dropping the first entry drops the least recently derived key.
      if (this.keys.size >= MAX_KEYS) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(id, key);
    }
    return key;
  }
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** `kSigning` of the SigV4 specification: the secret, narrowed to one day, region and service. */
export function deriveSigningKey(
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): Buffer {
  const dateKey = hmac(`AWS4${secretAccessKey}`, date);
  return hmac(hmac(hmac(dateKey, region), service), "aws4_request");
}
