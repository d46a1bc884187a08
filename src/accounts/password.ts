import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Password hashes: scrypt with a random 16-byte salt, stored as `scrypt$N$r$p$salt$hash`
 * (salt and hash in base64), so the cost can be raised later without breaking old hashes.
 */
const COST = { N: 16_384, r: 8, p: 1 };
const KEY_BYTES = 64;
const SALT_BYTES = 16;
/** What scrypt may use at most: 128·N·r bytes with room to spare. */
const MAX_MEMORY = 64 * 1024 * 1024;

/** Passwords shorter than this are refused when an account is made. */
export const MIN_PASSWORD = 8;
/** And longer than this (no one types more; hashing a megabyte is work for nothing). */
export const MAX_PASSWORD = 1024;

function derive(password: string, salt: Buffer, cost: ScryptOptions, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, bytes, { ...cost, maxmem: MAX_MEMORY }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** A new hash of the password, with a salt of its own. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST, KEY_BYTES);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Whether the password is the one hashed; false for a hash this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || !salt.length || !expected.length) return false;
  let key: Buffer;
  try {
    key = await derive(password, salt, { N, r, p }, expected.length);
  } catch {
    return false;
  }
  return timingSafeEqual(key, expected);
}

/** A hash of nothing anyone knows: checked against when the user does not exist, to take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString("base64"));
  return decoy;
}
