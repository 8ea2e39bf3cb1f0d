// Personal data as officials type it: ID numbers that pass GB 11643 (computed here, independently of the
// app's own check) and mobile numbers. Each test makes its own, so a hit in storage can only come from it.

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** A GB 11643-1999 居民身份证号码: region 230422 (绥滨县), the birth date, a sequence, the MOD 11-2 check character. */
export function idNumber(birth: string, sequence: number): string {
  const first17 = `230422${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  return first17 + checkCharacters[sum % 11];
}

/** The same number with its check character changed: what a slip of the finger looks like. */
export function withWrongCheckCharacter(valid: string): string {
  const last = valid.slice(-1);
  return valid.slice(0, -1) + (last === '1' ? '2' : '1');
}

/** A mainland mobile number, 139 followed by eight digits from `seed`. */
export const mobile = (seed: number): string => `139${String(seed).padStart(8, '0')}`;

/** Today in the browser's time zone (the config runs it in Asia/Shanghai), as the app's date fields show it. */
export const todayInShanghai = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
