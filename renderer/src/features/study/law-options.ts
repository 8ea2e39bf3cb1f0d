// The law catalogue as picker options: active laws, plus any law a record already names that the
// county has since retired (it must stay visible and removable). Searchable by full name, short name
// and the pinyin initials of the short name (行政处罚法 → xzcff).
import { pinyin } from 'pinyin-pro';
import type { ReferenceData } from '#shared/domain/schemas/index';

export interface LawOption {
  id: string;
  name: string;
  shortName: string;
  /** Lower-cased text the picker matches typed input against. */
  searchText: string;
  active: boolean;
}

const initialsOf = (text: string): string => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');

export function lawOptionOf(entry: ReferenceData): LawOption {
  const shortName = entry.details.shortName ?? entry.name;
  return {
    id: entry.id, name: entry.name, shortName, active: entry.active,
    searchText: `${entry.name} ${shortName} ${initialsOf(shortName)}`.toLowerCase(),
  };
}

/** A law id the catalogue does not know (e.g. removed by the county): shown by its id so nothing is hidden. */
const unknownLaw = (id: string): LawOption => ({ id, name: id, shortName: id, searchText: id.toLowerCase(), active: false });

export function lawOptionsFor(entries: readonly ReferenceData[], selectedIds: readonly string[]): LawOption[] {
  const all = new Map(entries.map((entry) => [entry.id, lawOptionOf(entry)]));
  const shown = [...all.values()].filter((option) => option.active || selectedIds.includes(option.id));
  const missing = selectedIds.filter((id) => !all.has(id)).map(unknownLaw);
  return [...shown, ...missing];
}

export function lawsById(entries: readonly ReferenceData[], ids: readonly string[]): LawOption[] {
  const all = new Map(entries.map((entry) => [entry.id, lawOptionOf(entry)]));
  return ids.map((id) => all.get(id) ?? unknownLaw(id));
}

export const matchesLaw = (option: LawOption, typed: string): boolean => {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => option.searchText.includes(word));
};
