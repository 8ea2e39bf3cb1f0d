// Reading one typed field of an imported row, with the reason in Chinese when the cell cannot be read:
// shared by every ledger kind's import.
import { cellDate, cellNumber, cellText } from './cells';
import type { ImportRow } from './description';

/** The code whose Chinese label is `words` (调解成功 → succeeded), else undefined. */
export const codeOf = <C extends string>(labels: Readonly<Record<C, string>>, words: string): C | undefined =>
  (Object.keys(labels) as C[]).find((code) => labels[code] === words);

/** The field's date, undefined when empty; a problem named when the cell is not a date. */
export function dateField(row: ImportRow, key: string, label: string, problems: string[]): string | undefined {
  const date = cellDate(row[key]);
  if (date === null) problems.push(`${label}“${cellText(row[key])}”不是日期（应写作 2026-03-05 或 2026年3月5日）`);
  return date ?? undefined;
}

/** The field's number, undefined when empty; a problem named when the cell is not a number. */
export function numberField(row: ImportRow, key: string, label: string, problems: string[]): number | undefined {
  const number = cellNumber(row[key]);
  if (number === null) problems.push(`${label}“${cellText(row[key])}”不是数字`);
  return number ?? undefined;
}

/** The code of the label written in the cell (`fallback` when empty); a problem listing the choices otherwise. */
export function labelField<C extends string>(row: ImportRow, key: string, label: string, labels: Readonly<Record<C, string>>, problems: string[], fallback?: C): C | undefined {
  const words = cellText(row[key]);
  if (!words) return fallback;
  const code = codeOf(labels, words);
  if (!code) problems.push(`${label}“${words}”应为${Object.values<string>(labels).join('、')}之一`);
  return code;
}

/** A problem for every required field the row leaves empty. */
export function missingRequired(row: ImportRow, fields: readonly { key: string; label: string; required: boolean }[], problems: string[]): void {
  for (const field of fields) if (field.required && cellText(row[field.key]) === '') problems.push(`缺少${field.label}`);
}
