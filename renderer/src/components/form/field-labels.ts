// Chinese names of a record's fields by dotted path, so issues and history say 「当事人姓名（第2项）」,
// not 'parties.1.name'. Keys use '*' for an array index: 'parties.*.name'.
import type { FieldLabels } from '#shared/domain/fields/field-labels';

export type { FieldLabels };

export function labelOfField(path: string, labels: FieldLabels): string {
  if (labels[path]) return labels[path];
  const segments = path.split('.');
  const indexes = segments.filter((segment) => /^\d+$/.test(segment)).map((segment) => Number(segment) + 1);
  const pattern = segments.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
  const suffix = indexes.length ? `（第${indexes.join('-')}项）` : '';
  if (labels[pattern]) return labels[pattern] + suffix;
  // An unknown leaf: name the nearest labelled parent rather than show a code path.
  for (let end = segments.length - 1; end > 0; end -= 1) {
    const parent = segments.slice(0, end).map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
    if (labels[parent]) return labels[parent] + suffix;
  }
  return path;
}
