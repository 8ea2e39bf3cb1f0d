// The official holiday arrangements as the chinese-days package publishes them (it carries the State
// Council notices through 2026). Used for the default reference data; the county edits them afterwards.
import { getDayDetail, getHolidaysInRange } from 'chinese-days';
import { addDays, weekdayOf } from './dates';
import type { CalendarYear } from './working-day-calendar';

/** Whether chinese-days knows the year's arrangement: every year has 元旦 (Jan 1) as an official holiday. */
export const chineseDaysCoversYear = (year: number): boolean =>
  getHolidaysInRange(`${year}-01-01`, `${year}-01-01`, false).length > 0;

/** The arrangement of each year chinese-days knows; years it does not know are left out (they fall back to Mon–Fri). */
export function defaultCalendarYears(years: number[]): CalendarYear[] {
  return years.filter(chineseDaysCoversYear).map((year) => {
    const holidays: string[] = [];
    const workdays: string[] = [];
    for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
      const weekend = weekdayOf(date) === 0 || weekdayOf(date) === 6;
      const { work } = getDayDetail(date);
      if (!weekend && !work) holidays.push(date);
      if (weekend && work) workdays.push(date);
    }
    return { year, holidays, workdays };
  });
}
