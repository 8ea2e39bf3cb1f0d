// Calendar dates as the records hold them ('YYYY-MM-DD'). Arithmetic runs in UTC so that no
// time zone or daylight-saving shift can move a date; string order is date order.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

const toUtc = (date: string): number => {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`DATE_INVALID: 日期“${date}”应为YYYY-MM-DD格式`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
};

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The calendar date of an instant in the device's time zone (the official's day), as records hold dates. */
export function localDateOf(instant: Date): string {
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${twoDigits(instant.getMonth() + 1)}-${twoDigits(instant.getDate())}`;
}

/** True for a date that exists on the calendar: 2026-02-28 yes, 2026-02-30 no. */
export function isRealDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return false;
  return fromUtc(Date.UTC(year, Number(match[2]) - 1, Number(match[3]))) === text;
}

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * dayMs);

/** 'YYYY-MM-DD' plus whole months; the 31st of a short month becomes its last day (1-31 + 1 month → 2-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return fromUtc(firstOfTarget.getTime());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / dayMs);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(toUtc(date)).getUTCDay();

export const yearOf = (date: string): number => Number(date.slice(0, 4));
