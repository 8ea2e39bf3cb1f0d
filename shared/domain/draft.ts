// A record as a form holds it: everything the official types, nothing the store derives.
import type { LedgerKind, LedgerRecordByKind } from './schemas/index';

/** Fields the store fills in itself (identity, audit, derived keys and numbers); a form never supplies them. */
export type StoreManagedField =
  | 'id' | 'townshipId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'trashed' | 'newestFirstKey'
  | 'searchText' | 'partyIdHashes' | 'idNumberHash' | 'caseNumber' | 'caseYear' | 'caseSeq' | 'stage' | 'totalScore' | 'grade';

export type Draft<K extends LedgerKind> = Omit<LedgerRecordByKind[K], Extract<keyof LedgerRecordByKind[K], StoreManagedField>>;
