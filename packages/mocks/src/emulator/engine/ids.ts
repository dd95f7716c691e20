import { randomBytes, randomUUID } from "node:crypto";
import { seededRandom } from "./prng.js";

/**
 * Where identifiers, PINs and tokens come from: the system's random source by
 * default, or a seeded generator so that a run can be replayed identically.
 */
export interface IdSource {
  uuid(): string;
  /** `length` decimal digits (personal meeting PINs). */
  digits(length: number): string;
  /** `length` characters of base64 (bot security tokens). */
  token(length: number): string;
}

export const randomIds: IdSource = {
  uuid: () => randomUUID(),
  digits: (length) => {
    const bytes = randomBytes(length);
    return Array.from(bytes, (byte) => String(byte % 10)).join("");
  },
  token: (length) =>
    randomBytes(Math.ceil((length * 3) / 4) + 3)
      .toString("base64")
      .slice(0, length),
};

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A deterministic source: the same seed gives the same identifiers in the same order. */
export function seededIds(seed: number): IdSource {
  const next = seededRandom(seed);
  const hex = (count: number) =>
    Array.from({ length: count }, () => Math.floor(next() * 16).toString(16)).join("");
  return {
    uuid: () => {
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    digits: (length) => Array.from({ length }, () => String(Math.floor(next() * 10))).join(""),
    token: (length) => Array.from({ length }, () => BASE64[Math.floor(next() * 64)]).join(""),
  };
}
