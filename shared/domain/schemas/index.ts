// Every RxDB collection of the app, by name. Eight collections: well inside the free
// RxDB budget of 13 open collections per renderer (docs/design.md §5).
import { caseReviewSchema, type CaseReview } from './case-review';
import { enforcementCaseSchema, type EnforcementCase } from './enforcement-case';
import { mediationCaseSchema, type MediationCase } from './mediation-case';
import { officerSchema, type Officer } from './officer';
import { recordHistorySchema, type RecordHistory } from './record-history';
import { referenceDataSchema, type ReferenceData } from './reference-data';
import { studySessionSchema, type StudySession } from './study-session';
import { syncConflictSchema, type SyncConflictDoc } from './sync-conflict';

export const collectionSchemas = {
  mediationCase: mediationCaseSchema,
  studySession: studySessionSchema,
  enforcementCase: enforcementCaseSchema,
  officer: officerSchema,
  caseReview: caseReviewSchema,
  referenceData: referenceDataSchema,
  recordHistory: recordHistorySchema,
  syncConflict: syncConflictSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;


/**
 * Collections kept on each device only; sync must never push or pull them. None at present: the
 * search words, local derived data, live outside RxDB since decision 045 (renderer/src/store/search-words.ts).
 */
export const localOnlyCollections: readonly CollectionName[] = [];

/** The ledger record kinds an official creates, edits and deletes through the UI. */
export const ledgerKinds = ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export interface LedgerRecordByKind {
  mediationCase: MediationCase;
  studySession: StudySession;
  enforcementCase: EnforcementCase;
  officer: Officer;
  caseReview: CaseReview;
}
export type LedgerRecord = LedgerRecordByKind[LedgerKind];

export interface DocumentByCollection extends LedgerRecordByKind {
  referenceData: ReferenceData;
  recordHistory: RecordHistory;
  syncConflict: SyncConflictDoc;
}

export type { CaseReview, EnforcementCase, MediationCase, Officer, RecordHistory, ReferenceData, StudySession, SyncConflictDoc };
