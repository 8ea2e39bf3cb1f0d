// Fields the store computes on every save from what the official typed (Draft) plus the
// record's identity: list key, search text, keyed ID-number hashes, enforcement stage, review score.
import type { Draft } from '#shared/domain/draft';
import { newestFirstKey } from '#shared/domain/by-kind/newest-first-key';
import { searchTextOf } from '#shared/domain/by-kind/search-text';
import { type SearchSource } from '#shared/domain/by-kind/search-text';
import { scoreCaseReview } from '#shared/domain/rules/case-review-score';
import { enforcementStageOf } from '#shared/domain/rules/enforcement-stage';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { IdNumberHasher } from './id-number-hash';

/** Identity the store has already fixed when it derives the rest. */
export interface RecordIdentity {
  id: string;
  caseNumber?: string;
}

export type DerivedFields = Partial<LedgerRecordByKind[LedgerKind]> & { newestFirstKey: string; searchText: string };

const uniqueHashes = (hash: IdNumberHasher, idNumbers: (string | undefined)[]): string[] => [
  ...new Set(idNumbers.filter((idNumber): idNumber is string => !!idNumber?.trim()).map(hash)),
];

export function deriveFields<K extends LedgerKind>(
  kind: K,
  draft: Draft<K>,
  identity: RecordIdentity,
  hash: IdNumberHasher,
): DerivedFields {
  const withIdentity = { ...draft, ...identity } as unknown as LedgerRecordByKind[K];
  const derived: DerivedFields = {
    newestFirstKey: newestFirstKey(kind, withIdentity),
    searchText: searchTextOf(kind, withIdentity as unknown as SearchSource<K>),
  };
  if (kind === 'mediationCase') {
    const record = withIdentity as LedgerRecordByKind['mediationCase'];
    Object.assign(derived, { partyIdHashes: uniqueHashes(hash, record.personal.parties.map((party) => party.idNumber)) });
  } else if (kind === 'enforcementCase') {
    const record = withIdentity as LedgerRecordByKind['enforcementCase'];
    Object.assign(derived, {
      partyIdHashes: uniqueHashes(hash, [record.personal.idNumber]),
      stage: enforcementStageOf(record.stages),
    });
  } else if (kind === 'officer') {
    const record = withIdentity as LedgerRecordByKind['officer'];
    // The schema requires the field; '' means "no ID number on file".
    Object.assign(derived, { idNumberHash: uniqueHashes(hash, [record.personal.idNumber])[0] ?? '' });
  } else if (kind === 'caseReview') {
    const record = withIdentity as LedgerRecordByKind['caseReview'];
    const { totalScore, grade } = scoreCaseReview(record);
    Object.assign(derived, { totalScore, grade });
  }
  return derived;
}
