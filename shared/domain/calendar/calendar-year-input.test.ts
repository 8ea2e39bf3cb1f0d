import { describe, expect, it } from 'vitest';
import { calendarFromYears } from './working-day-calendar';
import { calendarYearFromInput, normaliseDate } from './calendar-year-input';

const codes = (result: ReturnType<typeof calendarYearFromInput>) => (result.ok ? [] : result.issues.map((issue) => issue.code));

describe('a year\'s 放假安排 as the county types it', () => {
  it('reads single dates and ranges in the usual spellings; weekend days inside a range are dropped', () => {
    const result = calendarYearFromInput({
      year: 2027,
      holidaysText: '2027-01-01\n2027年2月6日至2027年2月12日、 2027/10/1 ~ 2027/10/7',
      workdaysText: '2027-02-14，2027.10.9',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 2027-02-06 is a Saturday, 02-07 a Sunday; 10-02 / 10-03 are a weekend.
    expect(result.calendarYear.holidays).toEqual([
      '2027-01-01', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
      '2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
    ]);
    expect(result.calendarYear.workdays).toEqual(['2027-02-14', '2027-10-09']);
    const calendar = calendarFromYears([result.calendarYear]);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-09')).toBe(true);
    expect(calendar.coversYear(2027)).toBe(true);
  });

  it('[CAL_DATE_INVALID] names the text it cannot read, and a date that does not exist', () => {
    const result = calendarYearFromInput({ year: 2027, holidaysText: '2027-01-01 元旦 2027-02-30', workdaysText: '' });
    expect(codes(result)).toEqual(['CAL_DATE_INVALID', 'CAL_DATE_INVALID']);
    expect(result.ok ? '' : result.issues[0]?.message).toContain('“元旦”无法识别');
    expect(normaliseDate('2027-02-30')).toBeNull();
  });

  it('[CAL_DATE_OUTSIDE_YEAR] a date of another year is refused', () => {
    const result = calendarYearFromInput({ year: 2027, holidaysText: '2026-12-31至2027-01-01', workdaysText: '' });
    expect(codes(result)).toEqual(['CAL_DATE_OUTSIDE_YEAR']);
  });

  it('[CAL_WORKDAY_NOT_WEEKEND] a make-up working day must be a Saturday or Sunday', () => {
    const result = calendarYearFromInput({ year: 2027, holidaysText: '2027-01-01', workdaysText: '2027-02-08' });
    expect(codes(result)).toEqual(['CAL_WORKDAY_NOT_WEEKEND']);
    expect(result.ok ? '' : result.issues[0]?.message).toContain('星期一');
  });

  it('[CAL_DAY_BOTH] [CAL_HOLIDAYS_MISSING] [CAL_YEAR_INVALID]', () => {
    expect(codes(calendarYearFromInput({ year: 2027, holidaysText: '2027-02-06至2027-02-08', workdaysText: '2027-02-06' }))).toEqual([]);
    expect(codes(calendarYearFromInput({ year: 2027, holidaysText: '2027-02-08', workdaysText: '2027-02-08' })))
      .toEqual(['CAL_WORKDAY_NOT_WEEKEND', 'CAL_DAY_BOTH']);
    expect(codes(calendarYearFromInput({ year: 2027, holidaysText: ' ', workdaysText: '' }))).toEqual(['CAL_HOLIDAYS_MISSING']);
    expect(codes(calendarYearFromInput({ year: 1999, holidaysText: '1999-01-01', workdaysText: '' }))).toEqual(['CAL_YEAR_INVALID']);
  });
});
