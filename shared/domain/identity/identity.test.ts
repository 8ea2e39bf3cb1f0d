import { describe, expect, it } from 'vitest';
import { idNumberProblem, isValidCreditCode, isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './index';

describe('identity checks', () => {
  it('[ID_NUMBER_INVALID] accepts the GB 11643 example numbers and refuses a wrong check digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('230422199001011232')).toBe(true); // check digit worked by hand: 186 mod 11 = 10 → '2'
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(idNumberProblem('110105194912310021')).toContain('校验位');
  });

  it('[ID_NUMBER_INVALID] refuses impossible birth dates and short numbers with a reason', () => {
    expect(isValidIdNumber('110105194902301234')).toBe(false);
    expect(idNumberProblem('110105194902301234')).toContain('1949-02-30');
    expect(idNumberProblem('11010519491231')).toContain('18位');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('[PHONE_INVALID] takes mobiles and landlines with area code, not fragments', () => {
    expect(isValidPhone('13912345678')).toBe(true);
    expect(isValidPhone('139 1234 5678')).toBe(true);
    expect(isValidPhone('+8613912345678')).toBe(true);
    expect(isValidPhone('0468-7891234')).toBe(true);
    expect(isValidPhone('(0468)7891234')).toBe(true);
    expect(isValidPhone('010-62345678-801')).toBe(true);
    expect(isValidPhone('12912345678')).toBe(false);
    expect(isValidPhone('1391234567')).toBe(false);
    expect(isValidPhone('7891234')).toBe(false);
  });

  it('[CREDIT_CODE_INVALID] checks the GB 32100 check character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
  });

  it('[PI_MASK] masks the middle of ID numbers and phones', () => {
    expect(maskIdNumber('230422199001011234')).toBe('2304**********1234');
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('123')).toBe('***');
  });
});
