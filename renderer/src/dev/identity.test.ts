import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '#shared/domain/identity/index';
import { createRandom } from './prng';
import { sampleCreditCode, sampleIdNumber, sampleMobile } from './identity';

describe('sample identity numbers', () => {
  it('makes ID numbers that pass the GB 11643 check, carry the birth date and the gender digit', () => {
    const random = createRandom(5);
    for (let i = 0; i < 500; i += 1) {
      const gender = i % 2 === 0 ? 'male' : 'female';
      const id = sampleIdNumber(random, '1968-02-29', gender);
      expect(isValidIdNumber(id), id).toBe(true);
      expect(id.slice(0, 14)).toBe('23042219680229');
      expect(Number(id[16]) % 2).toBe(gender === 'male' ? 1 : 0);
    }
  });

  it('makes credit codes that pass the GB 32100 check and mobiles that pass the phone check', () => {
    const random = createRandom(6);
    for (let i = 0; i < 500; i += 1) {
      expect(isValidCreditCode(sampleCreditCode(random, i % 2 ? 'enterprise' : 'cooperative'))).toBe(true);
      expect(isValidMobile(sampleMobile(random))).toBe(true);
    }
  });
});
