// Keyed hash (HMAC-SHA256) of an ID number, stored beside the encrypted personal data so a
// record can be found by ID number without decrypting every record (docs/design.md §6). Keyed, so
// someone holding the database alone cannot test guessed ID numbers against it.
import cryptoJs from 'crypto-js';
import { normaliseIdNumber } from '#shared/domain/derive/id-number';

const HASH_KEY_LABEL = 'taizhang/id-number-hash/v1';

export type IdNumberHasher = (idNumber: string) => string;

export function createIdNumberHasher(dataKey: string): IdNumberHasher {
  // A key of its own, derived from the data key, so the encryption key never doubles as a MAC key.
  const hashKey = cryptoJs.HmacSHA256(HASH_KEY_LABEL, dataKey).toString(cryptoJs.enc.Hex);
  return (idNumber) => cryptoJs.HmacSHA256(normaliseIdNumber(idNumber), hashKey).toString(cryptoJs.enc.Hex);
}
