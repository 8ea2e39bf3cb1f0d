// What the rest of the renderer may ask of the local store. The UI, the dashboard, the
// seed and the benchmark use only this; the RxDB details stay inside renderer/src/store.
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/rules/issue';
import type { LedgerKind, LedgerRecordByKind, RecordHistory } from '#shared/domain/schemas/index';

/** Who is making a change: the operator named in settings and this device. */
export interface Actor {
  person: string;
  deviceId: string;
}

export type { Draft };

export type SaveResult<K extends LedgerKind> =
  | { ok: true; record: LedgerRecordByKind[K] }
  | { ok: false; issues: DomainIssue[] };

export interface ListQuery {
  /** Free text: case number, names, pinyin initials. */
  search?: string;
  /** Exact filters on an indexed field: status, disputeType, kind, stage, category, townshipId. */
  filter?: { field: string; value: string };
  /** Inclusive date range on the record's list date (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Show the recycle bin instead of the live records. */
  trashed?: boolean;
  pageSize: number;
  /** Opaque: the `nextCursor` of the previous page. */
  after?: string;
}

export interface ListPage<K extends LedgerKind> {
  rows: LedgerRecordByKind[K][];
  /** Present when another page exists. */
  nextCursor?: string;
  /** Number of matching records, when an index can count them cheaply; else undefined. */
  total?: number;
}

export interface LedgerStore {
  create<K extends LedgerKind>(kind: K, draft: Draft<K>, actor: Actor): Promise<SaveResult<K>>;
  update<K extends LedgerKind>(kind: K, id: string, draft: Draft<K>, actor: Actor): Promise<SaveResult<K>>;
  get<K extends LedgerKind>(kind: K, id: string): Promise<LedgerRecordByKind[K] | null>;
  list<K extends LedgerKind>(kind: K, query: ListQuery): Promise<ListPage<K>>;
  /** Moves the record to the recycle bin (回收站); `restore` brings it back. Never a hard delete. */
  trash(kind: LedgerKind, id: string, actor: Actor): Promise<void>;
  restore(kind: LedgerKind, id: string, actor: Actor): Promise<void>;
  history(recordId: string): Promise<RecordHistory[]>;
  /** Exact lookup through the keyed hash of an ID number (the number itself is encrypted). */
  findByIdNumber<K extends 'mediationCase' | 'enforcementCase' | 'officer'>(kind: K, idNumber: string): Promise<LedgerRecordByKind[K][]>;
}
