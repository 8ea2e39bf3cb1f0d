// The refusing domain rules the store applies, passed in so the store's tests can say what is refused
// (index.ts wires the real ones from shared/domain). What a save derives — stage, score, case number —
// is never passed in: the store computes it with the shared functions, in tests too.
import type { Draft } from '#shared/domain/draft';
import type { RuleContext } from '#shared/domain/rules/context';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';

export type NumberedKind = 'mediationCase' | 'enforcementCase';

export interface StoreRules {
  /** `recordId`: the record's own id when it is an edit, so rules comparing it with the others skip it. */
  validate<K extends LedgerKind>(kind: K, draft: Draft<K>, context: RuleContext, recordId?: string): DomainIssue[];
}
