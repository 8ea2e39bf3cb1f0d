// Passwords are never stored: only PBKDF2-SHA-256 (Web Crypto) of them under a random salt, at OWASP's
// 600,000 iterations, so a copied profile does not give away a password cheaply (issue 11, decision 031).
import { base64Bytes, bytesBase64 } from './data-key-cipher';

export const PASSWORD_ITERATIONS = 600_000;

export interface PasswordHash {
  salt: string;
  hash: string;
  iterations: number;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: bytesBase64(salt), hash: bytesBase64(await derive(password, salt, iterations)), iterations };
}

/** Compares in constant time over the hash's length. */
export async function passwordMatches(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await derive(password, base64Bytes(stored.salt), stored.iterations);
  const expected = base64Bytes(stored.hash);
  if (derived.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < derived.length; i++) difference |= (derived[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
