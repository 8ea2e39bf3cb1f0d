// Device tokens and enrollment codes: random, shown once, stored only as SHA-256.
// A token has 256 random bits, so an unsalted fast hash is enough (nothing to guess).
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** `tzd_` marks a Taizhang device token, so secret scanners and people recognise one. */
export const newDeviceToken = (): string => `tzd_${randomBytes(32).toString('base64url')}`;

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** No 0/O, 1/I/L: a code is read aloud over the phone or typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

/** 12 characters of a 31-letter alphabet ≈ 59 bits; with the enrolment rate limit, unguessable. */
export function newEnrollmentCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the official typed → the form that was hashed: upper case, separators and spaces dropped. */
export const normalizeEnrollmentCode = (input: string): string => {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === CODE_LENGTH ? [0, 4, 8].map((i) => plain.slice(i, i + 4)).join('-') : plain;
};
