// A short name for a record of any kind, for lists that mix kinds (回收站).
import type { LedgerKind, LedgerRecord, LedgerRecordByKind } from '#shared/domain/schemas/index';

export function recordTitle(kind: LedgerKind, record: LedgerRecord): string {
  switch (kind) {
    case 'mediationCase': {
      const row = record as LedgerRecordByKind['mediationCase'];
      return `${row.caseNumber} ${row.parties.map((party) => party.name).join('、')}`;
    }
    case 'enforcementCase': {
      const row = record as LedgerRecordByKind['enforcementCase'];
      return `${row.caseNumber} ${row.party.name}`;
    }
    case 'studySession': {
      const row = record as LedgerRecordByKind['studySession'];
      return `${row.heldOn} ${row.topic}`;
    }
    case 'officer': {
      const row = record as LedgerRecordByKind['officer'];
      return `${row.name}（${row.certificateNumber}）`;
    }
    case 'caseReview': {
      const row = record as LedgerRecordByKind['caseReview'];
      return `${row.caseNumber} ${row.reviewedUnit}`;
    }
  }
}
