// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set, the last a MOD 31 check.

const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const normaliseCreditCode = (text: string): string => text.trim().toUpperCase();

/** The check character GB 32100 gives for the first 17 characters; '' when one is outside the set. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = charset.indexOf(first17[i] ?? '');
    if (value < 0) return '';
    sum += value * (weights[i] ?? 0);
  }
  return charset[(31 - (sum % 31)) % 31] ?? '';
}

export function isValidCreditCode(text: string): boolean {
  const code = normaliseCreditCode(text);
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}
