// Shape checks every record kind shares: required text, lengths, real dates, numbers in range, enum values,
// ID numbers, phones and credit codes. Each adds an issue with a Chinese message naming the field.
import { isRealDate } from '../calendar/dates';
import { idNumberProblem } from '../identity/id-number';
import { isValidCreditCode } from '../identity/credit-code';
import { isValidPhone } from '../identity/phone';
import type { DomainIssue } from '../issue';

export class IssueList {
  readonly items: DomainIssue[] = [];

  error(code: string, message: string, field?: string): void {
    this.items.push(field === undefined ? { code, message, severity: 'error' } : { code, message, field, severity: 'error' });
  }

  warning(code: string, message: string, field?: string): void {
    this.items.push(field === undefined ? { code, message, severity: 'warning' } : { code, message, field, severity: 'warning' });
  }

  add(severity: DomainIssue['severity'], code: string, message: string, field?: string): void {
    if (severity === 'error') this.error(code, message, field);
    else this.warning(code, message, field);
  }
}

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Length as a person counts characters (a CJK extension character is one, not two). */
const lengthOf = (text: string): number => [...text].length;

export function checkText(
  issues: IssueList, value: unknown, field: string, label: string, options: { required?: boolean; maxLength?: number } = {},
): void {
  if (isBlank(value)) {
    if (options.required) issues.error('FIELD_REQUIRED', `请填写${label}`, field);
    return;
  }
  if (typeof value !== 'string') {
    issues.error('FIELD_REQUIRED', `${label}应为文字，请重新填写`, field);
    return;
  }
  const length = lengthOf(value);
  if (options.maxLength !== undefined && length > options.maxLength) {
    issues.error('FIELD_TOO_LONG', `${label}最多${options.maxLength}个字，现有${length}个字，请精简`, field);
  }
}

/**
 * A date field: required or not, a real date, and (with `notAfter`) not later than today.
 * Returns the date when it is usable for further rules, else undefined.
 */
export function checkDate(
  issues: IssueList, value: unknown, field: string, label: string, options: { required?: boolean; notAfter?: string } = {},
): string | undefined {
  if (isBlank(value)) {
    if (options.required) issues.error('FIELD_REQUIRED', `请填写${label}`, field);
    return undefined;
  }
  if (typeof value !== 'string' || !isRealDate(value)) {
    issues.error('DATE_INVALID', `${label}“${String(value)}”不是有效日期，请选择日期或按2026-01-31的格式填写`, field);
    return undefined;
  }
  if (options.notAfter !== undefined && value > options.notAfter) {
    issues.error('DATE_IN_FUTURE', `${label}${value}晚于今天（${options.notAfter}），请核对`, field);
  }
  return value;
}

export function checkNumber(
  issues: IssueList, value: unknown, field: string, label: string,
  options: { required?: boolean; min: number; max: number; integer?: boolean; step?: number; unit?: string },
): number | undefined {
  if (value === undefined || value === null || value === '') {
    if (options.required) issues.error('FIELD_REQUIRED', `请填写${label}`, field);
    return undefined;
  }
  const unit = options.unit ?? '';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.error('NUMBER_INVALID', `${label}应为数字，请重新填写`, field);
    return undefined;
  }
  if (value < options.min || value > options.max) {
    issues.error('NUMBER_OUT_OF_RANGE', `${label}应在${options.min}${unit}到${options.max}${unit}之间，现为${value}${unit}`, field);
    return undefined;
  }
  if (options.integer && !Number.isInteger(value)) {
    issues.error('NUMBER_INVALID', `${label}应为整数，现为${value}`, field);
    return undefined;
  }
  if (options.step !== undefined && !Number.isInteger(value / options.step)) {
    issues.error('NUMBER_INVALID', `${label}应为${options.step}的整数倍，现为${value}`, field);
    return undefined;
  }
  return value;
}

export function checkEnum(
  issues: IssueList, value: unknown, labels: Readonly<Record<string, string>>, field: string, label: string, required = true,
): void {
  if (isBlank(value)) {
    if (required) issues.error('FIELD_REQUIRED', `请选择${label}`, field);
    return;
  }
  if (typeof value !== 'string' || !Object.hasOwn(labels, value)) {
    issues.error('VALUE_NOT_ALLOWED', `${label}“${String(value)}”不是可选项，请从以下选择：${Object.values(labels).join('、')}`, field);
  }
}

export function checkIdNumber(issues: IssueList, value: unknown, field: string, label: string): void {
  if (isBlank(value)) return;
  const problem = idNumberProblem(textOf(value));
  if (problem !== null) issues.error('ID_NUMBER_INVALID', `${label}${problem}`, field);
}

export function checkPhone(issues: IssueList, value: unknown, field: string, label: string): void {
  if (isBlank(value)) return;
  if (!isValidPhone(textOf(value))) {
    issues.error('PHONE_INVALID', `${label}“${textOf(value)}”格式不对，请填写11位手机号或带区号的固定电话（如0468-7891234）`, field);
  }
}

export function checkCreditCode(issues: IssueList, value: unknown, field: string, label: string): void {
  if (isBlank(value)) return;
  if (!isValidCreditCode(textOf(value))) {
    issues.error('CREDIT_CODE_INVALID', `${label}“${textOf(value)}”不正确：应为18位且校验位正确，请对照营业执照核对`, field);
  }
}

/** A list field that may arrive missing from a half-filled form. */
export const listOf = <T>(value: readonly T[] | undefined | null): readonly T[] => value ?? [];
