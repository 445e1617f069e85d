import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

/** A 6-digit code from the CSPRNG, leading zeros kept. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/**
 * HMAC-SHA-256 of the code under a fresh 128-bit salt. A fast hash is right here (NIST 800-63B):
 * the code lives ten minutes and allows five guesses, so a slow hash (argon2) would only slow requests.
 */
export function hashCode(code: string, salt = randomBytes(16).toString('hex')): { salt: string; hash: string } {
  return { salt, hash: createHmac('sha256', salt).update(code).digest('hex') };
}

/** Constant-time comparison of an entered code with a stored hash. */
export function codeMatches(code: string, salt: string, hash: string): boolean {
  const actual = Buffer.from(hashCode(code, salt).hash, 'hex');
  const expected = Buffer.from(hash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isWellFormedCode(code: string): boolean {
  return new RegExp(`^\\d{${CODE_DIGITS}}$`).test(code);
}
