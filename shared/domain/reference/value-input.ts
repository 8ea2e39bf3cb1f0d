// The numbers the county types in 基础数据: a plan target (a count, or a ratio typed in %) and a fine
// amount from which 法制审核 is required. Pure, so the dialog and the tests read the same rules.
import type { DomainIssue } from '../issue';

export type ValueResult = { ok: true; value: number } | { ok: false; issues: DomainIssue[] };

/** Full-width digits and separators as a Chinese IME types them; thousands separators dropped. */
const normalised = (text: string): string =>
  text.trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[,，\s]/g, '');

const refused = (code: string, message: string): ValueResult => ({ ok: false, issues: [{ code, message, field: 'value', severity: 'error' }] });

/** Largest count a plan target may name; the schema allows 1e9, no plan counts that high. */
const MAX_TARGET_COUNT = 100_000;

/**
 * A target's value as typed: a count is a whole number 0–100000; a ratio is a percentage 0–100 (with or
 * without %), stored as a fraction (90 % → 0.9).
 */
export function targetValueFromInput(unit: 'count' | 'ratio', text: string): ValueResult {
  const cleaned = normalised(text).replace(/[%％]$/, '');
  const number = cleaned === '' ? Number.NaN : Number(cleaned);
  if (unit === 'ratio') {
    if (!Number.isFinite(number) || number < 0 || number > 100) {
      return refused('REF_TARGET_INVALID', `“${text.trim()}”不是有效的比例，请填写 0 至 100 之间的百分数，例如 90`);
    }
    return { ok: true, value: Math.round(number * 100) / 10_000 };
  }
  if (!Number.isInteger(number) || number < 0 || number > MAX_TARGET_COUNT) {
    return refused('REF_TARGET_INVALID', `“${text.trim()}”不是有效的数量，请填写 0 至 ${MAX_TARGET_COUNT} 之间的整数`);
  }
  return { ok: true, value: number };
}

/** A target's value as the dialog shows it for editing: 0.9 → '90', 20 → '20'. */
export function targetValueText(unit: 'count' | 'ratio', value: number): string {
  return unit === 'ratio' ? String(Math.round(value * 10_000) / 100) : String(value);
}

/** Schema maximum of `details.value`. */
const MAX_FINE = 1_000_000_000;

/** A fine amount in yuan from which 法制审核 is required: a whole number 1–1,000,000,000 (元/万元 accepted). */
export function fineThresholdFromInput(text: string): ValueResult {
  const cleaned = normalised(text);
  const tenThousands = /万元?$/.test(cleaned);
  const digits = cleaned.replace(/万?元?$/, '');
  // Rounded to cents first: 1.1万 is 11000.000000000002 in floating point.
  const number = digits === '' ? Number.NaN : Math.round(Number(digits) * (tenThousands ? 10_000 : 1) * 100) / 100;
  if (!Number.isInteger(number) || number < 1 || number > MAX_FINE) {
    return refused('REF_THRESHOLD_INVALID', `“${text.trim()}”不是有效的罚款数额，请填写 1 至 1000000000 之间的整数（单位：元），例如 10000`);
  }
  return { ok: true, value: number };
}
