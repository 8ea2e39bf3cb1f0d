// How a conflicting field's two values are shown: each leaf of the value on its own line with its
// Chinese label (the kind description's field labels), coded values in words, and personal data masked.
import { maskIdNumber, maskPhone } from '#shared/domain/identity/index';
import type { ValueLabels } from '#shared/domain/fields/field-labels';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { labelOfField } from '../../components/form/field-labels';

export interface ValueLine {
  /** Empty for a plain value of the field itself. */
  label: string;
  text: string;
  /** Personal data (个人信息): shown masked until the official asks. */
  masked?: string;
}

const patternOf = (path: string) => path.split('.').map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
/** Ids that join personal data to a party mean nothing to an official. */
const HIDDEN_KEYS = new Set(['partyId']);

function maskOf(path: string, text: string): string {
  const leaf = path.split('.').at(-1) ?? '';
  if (/idNumber/i.test(leaf)) return maskIdNumber(text);
  if (/phone/i.test(leaf)) return maskPhone(text);
  return `${text.slice(0, 1)}${'＊'.repeat(Math.min(6, Math.max(2, text.length - 1)))}`;
}

function scalarText(path: string, value: unknown, values: ValueLabels): string {
  if (value === true) return '是';
  if (value === false) return '否';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return values[patternOf(path)]?.[text] ?? text;
}

const isPersonal = (path: string) => path.split('.')[0] === 'personal' || /Hash(es)?$/.test(path.split('.')[0] ?? '');

/** The lines that show one side's value of `field`. */
export function valueLines(kind: LedgerKind, field: string, value: unknown): ValueLine[] {
  const { labels: fields, values } = describeKind(kind).fields;
  const lines: ValueLine[] = [];
  const walk = (path: string, node: unknown) => {
    const label = path === field ? '' : labelOfField(path, fields);
    if (node === undefined || node === null || (Array.isArray(node) && node.length === 0)) {
      if (path === field) lines.push({ label, text: '（空）' });
      return;
    }
    if (Array.isArray(node) && node.every((item) => typeof item !== 'object' || item === null)) {
      const text = node.map((item) => scalarText(`${path}.0`, item, values)).join('、');
      lines.push(isPersonal(path) ? { label, text, masked: '（已隐藏）' } : { label, text });
      return;
    }
    if (typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) if (!HIDDEN_KEYS.has(key)) walk(`${path}.${key}`, child);
      return;
    }
    const text = scalarText(path, node, values);
    lines.push(isPersonal(path) ? { label, text, masked: maskOf(path, text) } : { label, text });
  };
  walk(field, value);
  return lines.length > 0 ? lines : [{ label: '', text: '（空）' }];
}

export const fieldLabelOf = (kind: LedgerKind, field: string): string => labelOfField(field, describeKind(kind).fields.labels);
