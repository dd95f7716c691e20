import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === "string") return data;
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** SHA-256 (HMAC with a secret) for the signer, from node:crypto. */
class Sha256 {
  readonly #hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#hash = secret === undefined ? createHash("sha256") : createHmac("sha256", bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {}
}

/**
 * The headers of a SigV4-signed GET of `path` on 127.0.0.1:`port`. The load
 * generator replays them: the signature stays within the 15-minute skew for
 * the whole run.
 */
export async function signedGetHeaders(
  port: number,
  path: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: "chime",
    region: "us-east-1",
    credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: "GET",
    protocol: "http:",
    hostname: "127.0.0.1",
    port,
    path,
    query: {},
    headers: { host: `127.0.0.1:${port}` },
  });
  return signed.headers;
}
