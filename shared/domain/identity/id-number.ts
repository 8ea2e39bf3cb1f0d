// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, 1 check character.
import { isRealDate } from '../calendar/dates';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** The check character GB 11643 (ISO 7064 MOD 11-2) gives for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters[sum % 11] ?? '';
}

/** Normalises what officials type: surrounding spaces and a lower-case x. */
export const normaliseIdNumber = (text: string): string => text.trim().toUpperCase();

/** An 18-character ID number with a real birth date and the right check character. */
export function isValidIdNumber(text: string): boolean {
  const id = normaliseIdNumber(text);
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birth) || birth < '1900-01-01') return false;
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17];
}

/** Why an ID number is refused, in words an official can act on; null when it is valid. */
export function idNumberProblem(text: string): string | null {
  const id = normaliseIdNumber(text);
  if (!/^\d{17}[\dX]$/.test(id)) return `应为18位（最后一位可为X），现为“${id}”`;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (id[0] === '0') return '第一位（地区码）不能是0，请核对';
  if (!isRealDate(birth) || birth < '1900-01-01') return `其中的出生日期${birth}不是有效日期，请核对`;
  if (idNumberCheckCharacter(id.slice(0, 17)) !== id[17]) return '校验位不对，可能有数字录错，请对照身份证逐位核对';
  return null;
}
