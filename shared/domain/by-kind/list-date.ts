// The date each ledger lists by, and in which direction (its description says which). Lists, date-range
// filters and the dashboard's yearly counts all go through it, so they always agree on what "the date" is.
import { describeKind, type LedgerKindDescriptions } from '../kinds/index';
import type { LedgerKind } from '../schemas/index';

/** The parts of a record its list date is read from (a draft has them too). */
export type ListDateSource = { [K in LedgerKind]: Parameters<LedgerKindDescriptions[K]['listDate']>[0] };

/** 收案日期 / 学法日期 / 立案日期 / 执法证有效期至 / 评查日期, as YYYY-MM-DD. */
export function listDateOf<K extends LedgerKind>(kind: K, record: ListDateSource[K]): string {
  const listDate = describeKind(kind).listDate as (record: ListDateSource[K]) => string;
  return listDate(record);
}
