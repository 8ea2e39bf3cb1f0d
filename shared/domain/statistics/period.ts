// The period a statistics report covers: a month, a quarter or a year, as the county justice bureau asks for
// them (月报 / 季报 / 年报). Records fall in it by their list date (收案日期 / 学法日期 / 立案日期), the same
// date the ledgers list and filter by, so a report and a list filtered to the same dates agree.

export type PeriodType = 'month' | 'quarter' | 'year';

/** `index`: the month (1–12) or the quarter (1–4); ignored for a year. */
export interface Period {
  type: PeriodType;
  year: number;
  index: number;
}

export const periodTypeLabels: Record<PeriodType, string> = { month: '月报', quarter: '季报', year: '年报' };

const QUARTER_NAMES = ['一', '二', '三', '四'];
const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months of the period, first to last, as YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const first = period.type === 'month' ? period.index : period.type === 'quarter' ? (period.index - 1) * 3 + 1 : 1;
  const count = period.type === 'month' ? 1 : period.type === 'quarter' ? 3 : 12;
  return Array.from({ length: count }, (_, offset) => `${period.year}-${pad(first + offset)}`);
}

/** The first and last day of the period, inclusive, as YYYY-MM-DD. */
export function periodRange(period: Period): { from: string; to: string } {
  const months = monthsOf(period);
  const last = months[months.length - 1] ?? '';
  const [year, month] = last.split('-').map(Number);
  return { from: `${months[0] ?? ''}-01`, to: `${last}-${pad(lastDayOf(year ?? period.year, month ?? 12))}` };
}

/** 2026年3月 / 2026年第一季度 / 2026年度. */
export function periodLabel(period: Period): string {
  if (period.type === 'month') return `${period.year}年${period.index}月`;
  if (period.type === 'quarter') return `${period.year}年第${QUARTER_NAMES[period.index - 1] ?? period.index}季度`;
  return `${period.year}年度`;
}

/** 3月 for 2026-03: how a month's row is named inside a report. */
export const monthLabel = (month: string): string => `${Number(month.slice(5, 7))}月`;

/** The period as an official chose it, checked: a Chinese message when it cannot be reported on. */
export function checkPeriod(period: Period, today: string): { ok: true } | { ok: false; message: string } {
  if (!Number.isInteger(period.year) || period.year < 2000 || period.year > 2100) return { ok: false, message: '统计年度应为2000至2100年之间的年份' };
  const most = period.type === 'month' ? 12 : period.type === 'quarter' ? 4 : 1;
  if (period.type !== 'year' && (!Number.isInteger(period.index) || period.index < 1 || period.index > most)) {
    return { ok: false, message: period.type === 'month' ? '统计月份应为1至12月' : '统计季度应为第一至第四季度' };
  }
  if (periodRange(period).from > today) return { ok: false, message: `${periodLabel(period)}尚未开始，无法统计` };
  return { ok: true };
}
