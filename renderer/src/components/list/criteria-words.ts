// What a list is filtered by, in the words of its toolbar (筛选 group and option, the date range, the
// search text), so an export's heading says which records it holds.
import type { FilterGroup } from './ListToolbar';
import { parseFilter } from './ListToolbar';

export interface CriteriaInput {
  search: string;
  filter: string;
  from: string;
  to: string;
}

export function criteriaInWords(criteria: CriteriaInput, filterGroups: readonly FilterGroup[], dateLabel?: string): { label: string; value: string }[] {
  const words: { label: string; value: string }[] = [];
  const filter = parseFilter(criteria.filter);
  if (filter) {
    const group = filterGroups.find((entry) => entry.field === filter.field);
    const option = group?.options.find((entry) => entry.value === filter.value);
    words.push({ label: group?.label ?? filter.field, value: option?.label ?? filter.value });
  }
  if (dateLabel && (criteria.from || criteria.to)) {
    const range = criteria.from && criteria.to ? `${criteria.from} 至 ${criteria.to}` : criteria.from ? `${criteria.from} 起` : `至 ${criteria.to}`;
    words.push({ label: dateLabel, value: range });
  }
  if (criteria.search) words.push({ label: '搜索', value: `“${criteria.search}”` });
  return words;
}
