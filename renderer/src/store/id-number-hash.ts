// Keyed hash (HMAC-SHA256) of an ID number, stored beside the encrypted personal data so a
// record can be found by ID number without decrypting every record (docs/design.md §6). Keyed, so
// someone holding the database alone cannot test guessed ID numbers against it. The values are
// the county's way of matching an ID number across PCs: they must never change (decision 040 moved
// them from crypto-js to @noble/hashes, which gives the same bytes; the test holds old outputs).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normaliseIdNumber } from '#shared/domain/derive/id-number';

const HASH_KEY_LABEL = 'taizhang/id-number-hash/v1';

export type IdNumberHasher = (idNumber: string) => string;

/**
 * HMAC-SHA256 of `message` under `key` (both UTF-8), in lower-case hex. Synchronous on purpose: the hash
 * is a derived field computed while a record is assembled, which Web Crypto's promise cannot be.
 */
export const hmacSha256Hex = (key: string, message: string): string => bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(message)));

export function createIdNumberHasher(dataKey: string): IdNumberHasher {
  // A key of its own, derived from the data key, so the encryption key never doubles as a MAC key.
  const hashKey = hmacSha256Hex(dataKey, HASH_KEY_LABEL);
  return (idNumber) => hmacSha256Hex(hashKey, normaliseIdNumber(idNumber));
}
