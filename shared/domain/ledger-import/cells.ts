// A cell of an office's own Excel 台账 as text, date or number, the way officials type them: dates as real
// Excel dates, as 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日; numbers with thousands separators.
import { isRealDate } from '../calendar/dates';

/** What a spreadsheet reader hands over for one cell. */
export type SheetCell = string | number | boolean | Date | null | undefined;

export const cellText = (cell: SheetCell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

const pad = (value: string) => value.padStart(2, '0');

/** 'YYYY-MM-DD', undefined for an empty cell, or null when the cell is not a date. */
export function cellDate(cell: SheetCell): string | undefined | null {
  if (cell === null || cell === undefined || cell === '') return undefined;
  // exceljs reads a date cell as the UTC midnight of its day.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = cellText(cell);
  if (text === '') return undefined;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const date = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  return isRealDate(date) ? date : null;
}

/** A number, undefined for an empty cell, or null when the cell is not a number. */
export function cellNumber(cell: SheetCell): number | undefined | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/,/g, '');
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Names in one cell, split where officials separate them: 张三、李四 / 张三,李四 / 张三 李四. */
export const cellNames = (cell: SheetCell): string[] => cellText(cell).split(/[、,，;；\s]+/).filter(Boolean);
