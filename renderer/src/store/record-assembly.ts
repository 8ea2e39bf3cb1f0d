// The record a save writes, from the draft and what the store has fixed (identity, audit, case number).
// The RxDB store (single and bulk writes) and the in-memory store of the component tests both build it
// here, so what a user sees after a save cannot differ between them.
import type { CaseNumber } from '#shared/domain/case-number';
import type { Draft } from '#shared/domain/draft';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { Actor } from './contract';
import { deriveFields } from './derived-fields';
import type { IdNumberHasher } from './id-number-hash';
import type { ReviewedCase } from './reviewed-case';

/** What an edit never changes: identity, audit origin, recycle-bin state and the case number. */
const keptOnUpdate = ['id', 'townshipId', 'createdAt', 'createdBy', 'trashed', 'caseNumber', 'caseYear', 'caseSeq'];

export interface NewRecordIdentity {
  id: string;
  townshipId: string;
  /** ISO time of the save. */
  now: string;
  actor: Actor;
  /** Numbered kinds: the assigned number; caseReview: the reviewed case's number only. */
  number: Partial<CaseNumber>;
}

export function createdRecord<K extends LedgerKind>(kind: K, draft: Draft<K>, fixed: NewRecordIdentity, hash: IdNumberHasher): LedgerRecordByKind[K] {
  const { id, townshipId, now, actor, number } = fixed;
  return {
    ...draft,
    ...number,
    id,
    townshipId,
    createdAt: now,
    updatedAt: now,
    createdBy: { ...actor },
    updatedBy: { ...actor },
    trashed: false,
    ...deriveFields(kind, draft, { id, caseNumber: number.caseNumber }, hash),
  } as unknown as LedgerRecordByKind[K];
}

export interface Edit {
  now: string;
  actor: Actor;
  /** caseReview: the reviewed case as it is now — its number, and its township, which the review belongs to. */
  reviewedCase?: ReviewedCase;
}

/** The next revision of `latest` (the stored record) after an edit to `draft`. */
export function editedRecord<K extends LedgerKind>(kind: K, draft: Draft<K>, latest: Record<string, unknown>, edit: Edit, hash: IdNumberHasher): Record<string, unknown> {
  const kept = Object.fromEntries(keptOnUpdate.filter((field) => latest[field] !== undefined).map((field) => [field, latest[field]]));
  if (edit.reviewedCase) Object.assign(kept, edit.reviewedCase);
  return {
    ...draft,
    ...kept,
    updatedAt: edit.now,
    updatedBy: { ...edit.actor },
    ...deriveFields(kind, draft, { id: String(latest.id), caseNumber: kept.caseNumber as string | undefined }, hash),
  };
}
