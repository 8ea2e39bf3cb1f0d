// The county matches ID numbers across PCs by these hashes: a PC on this release and one on the release
// before decision 040 (crypto-js) must give the same hash for the same ID number and key.
import cryptoJs from 'crypto-js';
import { describe, expect, it } from 'vitest';
import { normaliseIdNumber } from '#shared/domain/derive/id-number';
import { createIdNumberHasher } from './id-number-hash';
import { keyFingerprint } from './id-number-rekey';
import { DATA_KEY } from './test-support';

/** The release before decision 040, as it was written (id-number-hash.ts with crypto-js). */
function cryptoJsHasher(dataKey: string) {
  const hashKey = cryptoJs.HmacSHA256('taizhang/id-number-hash/v1', dataKey).toString(cryptoJs.enc.Hex);
  return (idNumber: string) => cryptoJs.HmacSHA256(normaliseIdNumber(idNumber), hashKey).toString(cryptoJs.enc.Hex);
}

const randomText = (length: number) => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(length))));
const randomIdNumber = () => {
  const digits = Array.from(crypto.getRandomValues(new Uint8Array(17)), (byte) => String(byte % 10)).join('');
  return `${digits}${'0123456789X'[crypto.getRandomValues(new Uint8Array(1))[0]! % 11] ?? 'X'}`;
};

describe('the ID-number hash', () => {
  it('is the one the release before decision 040 stored (a hash written then)', () => {
    expect(createIdNumberHasher(DATA_KEY)('23042219800101001X')).toBe('e3f75c289ac9249f3d41638bcb0651f6a4e381946fda76a789babde8e0ad425f');
    // Typed with spaces, full-width digits or a lower-case x: the same person, the same hash.
    expect(createIdNumberHasher(DATA_KEY)(' ２３０４２２１９８００１０１００１x ')).toBe('e3f75c289ac9249f3d41638bcb0651f6a4e381946fda76a789babde8e0ad425f');
  });

  it('equals crypto-js\'s for any key (a device\'s data key or the county\'s) and any ID number', () => {
    for (let round = 0; round < 50; round += 1) {
      const key = round % 5 === 0 ? `县司法局-${randomText(12)}` : randomText(32);
      const ours = createIdNumberHasher(key);
      const theirs = cryptoJsHasher(key);
      for (const idNumber of [randomIdNumber(), randomIdNumber(), '１２３４５６７８９０１２３４５６７８', '23042219800101001x']) {
        expect(ours(idNumber)).toBe(theirs(idNumber));
      }
    }
  });

  it('names the county key by the same fingerprint as before, so a re-key under way resumes after the update', () => {
    expect(keyFingerprint('county-key-县')).toBe('dd024f819014757d973aa47c');
    for (let round = 0; round < 20; round += 1) {
      const key = randomText(32);
      expect(keyFingerprint(key)).toBe(cryptoJs.HmacSHA256('taizhang/id-hash-key-fingerprint/v1', key).toString(cryptoJs.enc.Hex).slice(0, 24));
    }
  });
});
