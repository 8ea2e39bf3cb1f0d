// Collects what a record lacks for a document. A field is named by its Chinese label from the kind's field
// labels, so the refusal reads as the form does (履行期限).
import type { FieldLabels } from '../fields/field-labels';
import type { MissingItem } from './document';

export const isEmptyText = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

export class MissingList {
  readonly items: MissingItem[] = [];

  constructor(private readonly labels: FieldLabels) {}

  /** DOC_FIELD_MISSING when `value` is blank; returns the trimmed text (or '' when missing). */
  text(value: string | undefined, field: string): string {
    if (isEmptyText(value)) {
      this.lacks(field);
      return '';
    }
    return (value ?? '').trim();
  }

  /** The names given, trimmed, blanks dropped; DOC_FIELD_MISSING when none is left (调解员, 参加人员). */
  names(values: readonly string[], field: string): string[] {
    const names = values.map((name) => name.trim()).filter((name) => name !== '');
    if (names.length === 0) this.lacks(field);
    return names;
  }

  /** DOC_FIELD_MISSING for `field`, named by its label. */
  lacks(field: string): void {
    this.items.push({ code: 'DOC_FIELD_MISSING', message: this.labels[field] ?? field, field });
  }

  add(code: string, message: string, field?: string): void {
    this.items.push(field === undefined ? { code, message } : { code, message, field });
  }
}
