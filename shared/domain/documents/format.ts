// How values read on an official paper: dates as 2026年10月15日 (GB/T 9704-2012 §7.3.5.3: Arabic numerals,
// year, month and day in full), counts in Chinese numerals, amounts in yuan.
import { maskIdNumber, maskPhone } from '../identity/mask';

export function dateText(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (一式三份, 十二份). */
export function chineseCount(count: number): string {
  if (count < 10) return digits[count] ?? String(count);
  const tens = Math.floor(count / 10);
  const ones = count % 10;
  return `${tens === 1 ? '' : digits[tens] ?? ''}十${ones === 0 ? '' : digits[ones] ?? ''}`;
}

/** 500 → 500元; 1234.5 → 1,234.50元. */
export function yuanText(amount: number): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  const [whole = '', cents] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${cents ? `.${cents}` : ''}元`;
}

/** An ID number, phone or address as the reader of the document may see it (an address has no partial mask). */
export function personalText(kind: 'idNumber' | 'phone' | 'address', value: string, showPersonal: boolean): string {
  if (showPersonal) return value.trim();
  if (kind === 'idNumber') return maskIdNumber(value);
  return kind === 'phone' ? maskPhone(value) : '（已隐去）';
}

/** Joins the parts that are present with the official's comma: 女，45岁，汉族. */
export const joinParts = (parts: readonly (string | undefined | false)[]): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('，');
