// The date each ledger lists by, and in which direction. Lists, date-range filters and the
// dashboard's yearly counts all go through it, so they always agree on what "the date" is.
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';

/** 'newestFirst' for the ledgers; officers list the certificate that runs out soonest first (持证上岗). */
export type ListOrder = 'newestFirst' | 'soonestFirst';

export const listOrderOf: Readonly<Record<LedgerKind, ListOrder>> = {
  mediationCase: 'newestFirst',
  studySession: 'newestFirst',
  enforcementCase: 'newestFirst',
  officer: 'soonestFirst',
  caseReview: 'newestFirst',
};

/** The parts of a record its list date is read from (a draft has them too). */
export interface ListDateSource {
  mediationCase: Pick<LedgerRecordByKind['mediationCase'], 'receivedOn'>;
  studySession: Pick<LedgerRecordByKind['studySession'], 'heldOn'>;
  enforcementCase: { stages: Pick<LedgerRecordByKind['enforcementCase']['stages'], 'filedOn'> };
  officer: Pick<LedgerRecordByKind['officer'], 'certificateExpiresOn'>;
  caseReview: Pick<LedgerRecordByKind['caseReview'], 'reviewedOn'>;
}

/** 收案日期 / 学法日期 / 立案日期 / 执法证有效期至 / 评查日期, as YYYY-MM-DD. */
export function listDateOf<K extends LedgerKind>(kind: K, record: ListDateSource[K]): string {
  const source: ListDateSource[LedgerKind] = record;
  switch (kind) {
    case 'mediationCase': return (source as ListDateSource['mediationCase']).receivedOn;
    case 'studySession': return (source as ListDateSource['studySession']).heldOn;
    case 'enforcementCase': return (source as ListDateSource['enforcementCase']).stages.filedOn;
    case 'officer': return (source as ListDateSource['officer']).certificateExpiresOn;
    case 'caseReview': return (source as ListDateSource['caseReview']).reviewedOn;
    default: throw new Error(`LEDGER_KIND_UNKNOWN: 未知的台账类型 ${String(kind)}`);
  }
}
