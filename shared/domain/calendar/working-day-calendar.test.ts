import { describe, expect, it } from 'vitest';
import type { ReferenceData } from '../schemas/reference-data';
import { addMonths, isRealDate } from './dates';
import { chineseDaysCoversYear, defaultCalendarYears } from './default-calendar';
import { calendarDaysDeadline, calendarFromReference, calendarFromYears } from './working-day-calendar';

const calendarEntry = (year: number, holidays: string[], workdays: string[]): ReferenceData => ({
  id: `calendarYear:${year}`, kind: 'calendarYear', code: String(year), name: `${year}年节假日安排`, sortOrder: year,
  active: true, details: { year, holidays, workdays }, updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: { person: '系统', deviceId: 'defaults' },
});

describe('working-day calendar', () => {
  const calendar = calendarFromYears(defaultCalendarYears([2024, 2025, 2026]));

  it('[CAL_NATIONAL_DAY_2026] 7 working days after a decision on 2026-09-30 skip the National Day holiday and count the Saturday make-up day', () => {
    // 10-01…10-07 off; 10-08 (1), 10-09 (2), 10-10 Sat make-up (3), 10-12 (4), 10-13 (5), 10-14 (6), 10-15 (7)
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    expect(calendar.addWorkingDays('2026-09-30', 7)).toBe('2026-10-15');
  });

  it('[CAL_SPRING_FESTIVAL_2026] the Spring Festival week is not working and its make-up Saturdays are', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  });

  it('[CAL_COUNT_BACK] negative counts go back over holidays', () => {
    expect(calendar.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
  });

  it('[CAL_FALLBACK] a year without an entry is Mon–Fri and coversYear says false', () => {
    const fromReference = calendarFromReference([calendarEntry(2026, ['2026-10-01'], ['2026-10-10'])]);
    expect(fromReference.coversYear(2026)).toBe(true);
    expect(fromReference.coversYear(2027)).toBe(false);
    expect(fromReference.isWorkingDay('2026-10-01')).toBe(false);
    expect(fromReference.isWorkingDay('2026-10-10')).toBe(true);
    expect(fromReference.isWorkingDay('2027-10-01')).toBe(true);
    expect(fromReference.addWorkingDays('2027-10-08', 1)).toBe('2027-10-11');
  });

  it('[CAL_DEFAULT_YEARS] chinese-days supplies 2024–2026 and nothing it does not know', () => {
    expect(chineseDaysCoversYear(2026)).toBe(true);
    expect(defaultCalendarYears([2026, 2099]).map((year) => year.year)).toEqual([2026]);
    const [y2024] = defaultCalendarYears([2024]);
    expect(y2024?.workdays).toContain('2024-02-04');
    expect(y2024?.holidays).toContain('2024-10-07');
    expect(y2024?.holidays.every((date) => ![0, 6].includes(new Date(date).getUTCDay()))).toBe(true);
  });

  it('[CAL_CALENDAR_DAYS_ROLL] a calendar-day period ending on a holiday runs to the next working day', () => {
    expect(calendarDaysDeadline(calendar, '2026-07-03', 90)).toBe('2026-10-08');
    expect(calendarDaysDeadline(calendar, '2026-06-01', 30)).toBe('2026-07-01');
  });

  it('[DATE_REAL] real dates only, and month arithmetic clamps to the month end', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-2-3')).toBe(false);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
