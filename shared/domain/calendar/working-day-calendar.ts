// 工作日: Monday to Friday, minus the State Council's weekday holidays, plus its weekend make-up
// days (调休上班). The county keeps one 'calendarYear' reference entry per year; a year without one
// falls back to plain Mon–Fri and `coversYear` says so, so the UI can warn that holidays are unknown.
import type { ReferenceData } from '../schemas/reference-data';
import { addDays, weekdayOf } from './dates';

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** The `days`-th working day after `date` (the start day itself is not counted); negative counts back. */
  addWorkingDays(date: string, days: number): string;
  coversYear(year: number): boolean;
}

/** One year's official arrangement (国务院办公厅关于部分节假日安排的通知). */
export interface CalendarYear {
  year: number;
  /** Weekday days off. */
  holidays: string[];
  /** Weekend days that are working days. */
  workdays: string[];
}

export function calendarFromYears(years: readonly CalendarYear[]): WorkingDayCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const covered = new Set<number>();
  for (const entry of years) {
    covered.add(entry.year);
    entry.holidays.forEach((date) => holidays.add(date));
    entry.workdays.forEach((date) => workdays.add(date));
  }
  const isWorkingDay = (date: string): boolean => {
    if (holidays.has(date)) return false;
    if (workdays.has(date)) return true;
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    addWorkingDays(date, days) {
      const step = days < 0 ? -1 : 1;
      let remaining = Math.abs(days);
      let current = date;
      while (remaining > 0) {
        current = addDays(current, step);
        if (isWorkingDay(current)) remaining -= 1;
      }
      return current;
    },
    coversYear: (year) => covered.has(year),
  };
}

/** Reads the 'calendarYear' entries among any reference data (other kinds and inactive entries are ignored). */
export function calendarYearsFromReference(entries: readonly ReferenceData[]): CalendarYear[] {
  return entries
    .filter((entry) => entry.kind === 'calendarYear' && entry.active && entry.details.year !== undefined)
    .map((entry) => ({
      year: entry.details.year ?? 0,
      holidays: [...(entry.details.holidays ?? [])],
      workdays: [...(entry.details.workdays ?? [])],
    }));
}

export const calendarFromReference = (entries: readonly ReferenceData[]): WorkingDayCalendar =>
  calendarFromYears(calendarYearsFromReference(entries));

/**
 * A statutory period counted in calendar days ends on `start + days`; when that day is a rest day the
 * period ends on the next working day (民法典 art. 201, 203: the start day is not counted, a period
 * ending on a holiday runs to the day after it).
 */
export function calendarDaysDeadline(calendar: WorkingDayCalendar, start: string, days: number): string {
  return nextWorkingDayFrom(calendar, addDays(start, days));
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDayFrom(calendar: WorkingDayCalendar, date: string): string {
  let current = date;
  while (!calendar.isWorkingDay(current)) current = addDays(current, 1);
  return current;
}
