// Identity numbers that pass the real checks: 居民身份证号码 (GB 11643), 统一社会信用代码
// (GB 32100) and mainland mobile numbers. Made up, so they point at no real person or firm.
import { creditCodeCheckCharacter, idNumberCheckCharacter } from '#shared/domain/identity/index';
import type { Random } from './prng';

/** 鹤岗市绥滨县: the region code the sample parties and firms are registered under. */
export const SUIBIN_REGION_CODE = '230422';

const digits = (random: Random, count: number): string => {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(random.int(0, 9));
  return text;
};

/** A valid ID number for someone born on `birthDate` (YYYY-MM-DD); the 17th digit is odd for men. */
export function sampleIdNumber(random: Random, birthDate: string, gender: 'male' | 'female'): string {
  const order = random.int(0, 49) * 2 + (gender === 'male' ? 1 : 0);
  const body = `${SUIBIN_REGION_CODE}${birthDate.replaceAll('-', '')}${digits(random, 1)}${String(order).padStart(2, '0')}`;
  return body + idNumberCheckCharacter(body);
}

const CREDIT_CODE_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 of an enterprise (91…) or a farmers' co-operative (93…) in 绥滨县. */
export function sampleCreditCode(random: Random, kind: 'enterprise' | 'cooperative'): string {
  let organisationCode = '';
  for (let i = 0; i < 9; i += 1) organisationCode += random.pick([...CREDIT_CODE_BODY_CHARS]);
  const body = `${kind === 'enterprise' ? '91' : '93'}${SUIBIN_REGION_CODE}${organisationCode}`;
  return body + creditCodeCheckCharacter(body);
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '176',
  '177', '180', '182', '183', '186', '187', '188', '189', '191', '198', '199',
] as const;

export function sampleMobile(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + digits(random, 8);
}
