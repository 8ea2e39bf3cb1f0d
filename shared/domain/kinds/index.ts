// The registry of ledger kinds: the generic parts (lists, search, deadlines, rules, links, the recycle bin,
// conflicts, attachments) read a kind's description from here instead of switching on its name. A new
// ledger kind is its schema, its description file and one line below (decision 019).
import { ledgerKinds, type LedgerKind } from '../schemas/index';
import type { StatisticsPart } from '../statistics/statistics-source';
import { caseReviewKind } from './case-review';
import type { LedgerKindDescription } from './description';
import { enforcementCaseKind } from './enforcement-case';
import { mediationCaseKind } from './mediation-case';
import { officerKind } from './officer';
import { studySessionKind } from './study-session';

export const ledgerKindDescriptions = {
  mediationCase: mediationCaseKind,
  studySession: studySessionKind,
  enforcementCase: enforcementCaseKind,
  officer: officerKind,
  caseReview: caseReviewKind,
} satisfies { [K in LedgerKind]: LedgerKindDescription<K> };

/** Each description as registered, with the exact parts of a record its functions read. */
export type LedgerKindDescriptions = typeof ledgerKindDescriptions;

const byKind: { readonly [K in LedgerKind]: LedgerKindDescription<K> } = ledgerKindDescriptions;

export function describeKind<K extends LedgerKind>(kind: K): LedgerKindDescription<K> {
  // A kind name from outside the types (a synced document, an old draft) may name no kind.
  if (!Object.hasOwn(byKind, kind)) throw new Error(`LEDGER_KIND_UNKNOWN: 未知的台账类型 ${String(kind)}`);
  return byKind[kind];
}

/** What a sentence calls one record of the kind: 学法记录, 人民调解记录. */
export const recordNounOf = (kind: LedgerKind): string => {
  const { label } = describeKind(kind);
  return label.endsWith('记录') ? label : `${label}记录`;
};

/** The pages of a kind (wouter patterns are these with ':id'). */
export const listHref = (kind: LedgerKind): string => describeKind(kind).path;
export const newHref = (kind: LedgerKind): string => `${describeKind(kind).path}/new`;
export const recordHref = (kind: LedgerKind, id: string): string => `${describeKind(kind).path}/${encodeURIComponent(id)}`;
export const editHref = (kind: LedgerKind, id: string): string => `${recordHref(kind, id)}/edit`;

/** The ledger kind whose records feed a part of the statistics (its description's `statistics`). */
export function statisticsKindOf(part: StatisticsPart): LedgerKind {
  const kind = ledgerKinds.find((each) => describeKind(each).statistics?.part === part);
  if (!kind) throw new Error(`STATISTICS_PART_UNKNOWN: 没有台账提供统计项 ${part}`);
  return kind;
}
