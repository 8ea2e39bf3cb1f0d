// The domain rules the store applies, passed in so the store's tests do not depend on them
// (index.ts wires the real ones from shared/domain). `Context` is whatever `validate` needs.
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/rules/issue';
import type { LedgerKind, Officer, ReferenceData } from '#shared/domain/schemas/index';

/** What the store can tell the rules about the world when a record is saved. */
export interface RuleContextInput {
  /** YYYY-MM-DD in local time. */
  today: string;
  officers: readonly Officer[];
  /** referenceData entries of kind 'calendarYear' (working days, 调休). */
  calendarYears: readonly ReferenceData[];
  /** referenceData entries of kind 'law' (法律法规目录) and 'disputeType', active or not (old records keep theirs). */
  laws: readonly ReferenceData[];
  disputeTypes: readonly ReferenceData[];
  /** referenceData entries of kind 'setting' (the county's 法制审核 fine amounts …). */
  settings: readonly ReferenceData[];
}

export type NumberedKind = 'mediationCase' | 'enforcementCase';

export interface StoreRules<Context = unknown> {
  makeContext(input: RuleContextInput): Context;
  /** `recordId`: the record's own id when it is an edit, so rules comparing it with the others skip it. */
  validate<K extends LedgerKind>(kind: K, draft: Draft<K>, context: Context, recordId?: string): DomainIssue[];
}
