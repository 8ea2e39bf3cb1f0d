// A year's 放假安排 as the county types it from the State Council's notice: dates or ranges
// ("2027-02-06至2027-02-13", "2月6日至13日" is not guessed), separated by spaces, commas, 、 or new lines.
// Weekend days inside a holiday range are dropped (they are rest days anyway); make-up working days
// (调休上班) must fall on a weekend. Every problem comes back at once, with a Chinese message.
import type { DomainIssue } from '../issue';
import { addDays, isRealDate, weekdayOf } from './dates';
import type { CalendarYear } from './working-day-calendar';

export interface CalendarYearInput {
  year: number;
  /** 放假日期: dates and ranges as typed. */
  holidaysText: string;
  /** 调休上班日期: dates as typed. */
  workdaysText: string;
}

export type CalendarYearResult = { ok: true; calendarYear: CalendarYear } | { ok: false; issues: DomainIssue[] };

const RANGE_SEPARATOR = /\s*(?:至|到|~|～|—|－－)\s*/;
const ITEM_SEPARATOR = /[\s,，、;；]+/;
const MAX_RANGE_DAYS = 31;

const isWeekend = (date: string): boolean => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/** '2027-2-6', '2027/02/06', '2027.2.6', '2027年2月6日' → '2027-02-06'; anything else → null. */
export function normaliseDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

/** Splits "a至b" ranges first (their separators may have spaces around them), then single dates. */
function itemsOf(text: string): string[] {
  return text
    .replace(/\s*(至|到|~|～|—|－－)\s*/g, '$1')
    .split(ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function datesOf(text: string, field: string, label: string, year: number, allowRanges: boolean, issues: DomainIssue[]): string[] {
  const dates: string[] = [];
  const refuse = (code: string, message: string) => issues.push({ code, message, field, severity: 'error' });
  for (const item of itemsOf(text)) {
    const parts = item.split(RANGE_SEPARATOR);
    const [from, to] = [normaliseDate(parts[0] ?? ''), parts.length === 2 ? normaliseDate(parts[1] ?? '') : undefined];
    if (parts.length > 2 || !from || to === null || (to !== undefined && !allowRanges)) {
      refuse('CAL_DATE_INVALID', `${label}中的“${item}”无法识别：请按2027-02-06的格式填写日期${allowRanges ? '，连续几天可写作2027-02-06至2027-02-13' : ''}`);
      continue;
    }
    const last = to ?? from;
    if (last < from) {
      refuse('CAL_DATE_INVALID', `${label}中的“${item}”结束日期早于开始日期，请核对`);
      continue;
    }
    const outside = [from, last].find((date) => !date.startsWith(`${year}-`));
    if (outside) {
      refuse('CAL_DATE_OUTSIDE_YEAR', `${label}中的${outside}不在${year}年内；跨年的假期请分别录入到各自年份`);
      continue;
    }
    const span: string[] = [];
    for (let date = from; date <= last && span.length <= MAX_RANGE_DAYS; date = addDays(date, 1)) span.push(date);
    if (span.length > MAX_RANGE_DAYS) {
      refuse('CAL_DATE_INVALID', `${label}中的“${item}”超过${MAX_RANGE_DAYS}天，请核对是否写错了日期`);
      continue;
    }
    dates.push(...span);
  }
  return [...new Set(dates)].sort();
}

export function calendarYearFromInput(input: CalendarYearInput): CalendarYearResult {
  const issues: DomainIssue[] = [];
  const { year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { ok: false, issues: [{ code: 'CAL_YEAR_INVALID', message: '请填写2000到2100之间的年份', field: 'year', severity: 'error' }] };
  }
  const holidays = datesOf(input.holidaysText, 'holidays', '放假日期', year, true, issues).filter((date) => !isWeekend(date));
  const workdays = datesOf(input.workdaysText, 'workdays', '调休上班日期', year, false, issues);
  for (const date of workdays) {
    if (!isWeekend(date)) {
      issues.push({ code: 'CAL_WORKDAY_NOT_WEEKEND', message: `调休上班日期${date}是工作日（星期${'日一二三四五六'[weekdayOf(date)]}），本来就要上班，只需填写调休上班的星期六、星期日`, field: 'workdays', severity: 'error' });
    }
  }
  for (const date of workdays.filter((day) => holidays.includes(day))) {
    issues.push({ code: 'CAL_DAY_BOTH', message: `${date}同时填在放假日期和调休上班日期中，请核对`, field: 'workdays', severity: 'error' });
  }
  if (issues.length === 0 && holidays.length === 0) {
    issues.push({ code: 'CAL_HOLIDAYS_MISSING', message: `请填写${year}年放假的日期（至少元旦一天），可从国务院办公厅的放假安排通知中照录`, field: 'holidays', severity: 'error' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, calendarYear: { year, holidays, workdays } };
}

/** The text a form shows for an entered year, so editing starts from what is stored. */
export const calendarYearText = (dates: readonly string[]): string => dates.join('\n');
