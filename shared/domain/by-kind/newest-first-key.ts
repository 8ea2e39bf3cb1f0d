// The list sort key. RxDB can walk an index only ascending (a `desc` sort reads the whole range
// and sorts in memory), so "newest first" is stored as an inverted, fixed-width key:
// ascending order of the key = newest date first, then newest id (UUIDv7) first.
import type { LedgerKind } from '../schemas/index';
import { describeKind } from '../kinds/index';
import { listDateOf, type ListDateSource } from './list-date';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Sorts after every character a key can hold, to close a range on a date prefix. */
const KEY_MAX_SUFFIX = '\uffff';

function dateDigits(date: string): string {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`LIST_DATE_INVALID: 日期“${date}”不是 YYYY-MM-DD 格式`);
  return `${match[1]}${match[2]}${match[3]}`;
}

const invertDigits = (digits: string): string => digits.replace(/\d/g, (d) => String(9 - Number(d)));
// Hex digits of a UUID inverted so a later id sorts first; other characters stay (still unique).
const invertId = (id: string): string =>
  id.toLowerCase().replace(/[0-9a-f]/g, (c) => (15 - parseInt(c, 16)).toString(16));

/** The fixed-width date part of a key: 8 characters, inverted for newest-first kinds. */
export function datePrefix(kind: LedgerKind, date: string): string {
  const digits = dateDigits(date);
  return describeKind(kind).listOrder === 'newestFirst' ? invertDigits(digits) : digits;
}

export function newestFirstKey<K extends LedgerKind>(kind: K, record: ListDateSource[K] & { id: string }): string {
  const date = datePrefix(kind, listDateOf(kind, record));
  const id = describeKind(kind).listOrder === 'newestFirst' ? invertId(record.id) : record.id.toLowerCase();
  return `${date}_${id}`;
}

/** Inclusive bounds on `newestFirstKey` for list dates between `from` and `to` (either may be absent). */
export interface KeyRange {
  $gte?: string;
  $lte?: string;
}

export function keyRangeForDates(kind: LedgerKind, from?: string, to?: string): KeyRange {
  if (from && to && from > to) return keyRangeForDates(kind, to, from);
  // For an inverted key the latest date gives the lower bound.
  const [low, high] = describeKind(kind).listOrder === 'newestFirst' ? [to, from] : [from, to];
  const range: KeyRange = {};
  if (low) range.$gte = datePrefix(kind, low);
  if (high) range.$lte = datePrefix(kind, high) + KEY_MAX_SUFFIX;
  return range;
}

/** The dates of one calendar year, for yearly counts. */
export const yearRange = (year: number): { from: string; to: string } => ({ from: `${year}-01-01`, to: `${year}-12-31` });
