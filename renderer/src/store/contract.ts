// What the rest of the renderer may ask of the local store. The UI, the dashboard, the
// seed and the benchmark use only this; the RxDB details stay inside renderer/src/store.
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/issue';
import type { YearCounts } from '#shared/domain/figures/year-figures';
import type { AccountStore } from './account-contract';
import type { StatisticsRecords } from '#shared/domain/statistics/statistics-source';
import type { LedgerKind, LedgerRecordByKind, RecordHistory, ReferenceData } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';

/** Who is making a change: the operator named in settings and this device. */
export interface Actor {
  person: string;
  deviceId: string;
}

export type { Draft };

export type SaveResult<K extends LedgerKind> =
  | { ok: true; record: LedgerRecordByKind[K]; warnings?: DomainIssue[] }
  | { ok: false; issues: DomainIssue[] };

export interface ListQuery {
  /** Free text: case number (or part of it), names (or their start or end), pinyin in full or as initials, units, topics. */
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

/** A list's filters without its paging: what `LedgerStore.count` counts. */
export type CountQuery = Omit<ListQuery, 'pageSize' | 'after'>;

export interface ListPage<K extends LedgerKind> {
  rows: LedgerRecordByKind[K][];
  /** Present when another page exists. */
  nextCursor?: string;
  /**
   * A search's number of matches, when it looked at all of them. A list without search leaves it out:
   * counting reads every entry of the index range, so it is asked apart (`LedgerStore.count`, decision 047).
   */
  total?: number;
  /**
   * A search that did not look at everything in this request: text no index word starts with is
   * looked for in at most a few thousand records per request (`nextCursor` goes on), and a word
   * matching too many records is cut off. `message` says so in Chinese, for the list to show.
   */
  partialSearch?: { reason: 'scanLimit' | 'tooManyMatches'; scanned: number; message: string };
}

export interface LedgerStore {
  create<K extends LedgerKind>(kind: K, draft: Draft<K>, actor: Actor): Promise<SaveResult<K>>;
  update<K extends LedgerKind>(kind: K, id: string, draft: Draft<K>, actor: Actor): Promise<SaveResult<K>>;
  get<K extends LedgerKind>(kind: K, id: string): Promise<LedgerRecordByKind[K] | null>;
  /** One page: a single read of one index range (no count, decision 047). */
  list<K extends LedgerKind>(kind: K, query: ListQuery): Promise<ListPage<K>>;
  /**
   * How many records a list without search holds (共 N 条): an index count, which reads every entry of
   * the range, so the list shows its first page without waiting for it. Undefined for a search: its
   * page carries `total` when it knows.
   */
  count(kind: LedgerKind, query: CountQuery): Promise<number | undefined>;
  /** Moves the record to the recycle bin (回收站); `restore` brings it back. Never a hard delete. */
  trash(kind: LedgerKind, id: string, actor: Actor): Promise<void>;
  restore(kind: LedgerKind, id: string, actor: Actor): Promise<void>;
  history(recordId: string): Promise<RecordHistory[]>;
  /**
   * 确认知悉: keeps in 修改记录 that `actor` read a warning the record has now, and why it may stand.
   * Refused (with Chinese issues) for an error, a warning that no longer holds, or no reason.
   */
  acknowledge(kind: LedgerKind, id: string, warning: { code: string; field?: string }, reason: string, actor: Actor): Promise<{ ok: true } | { ok: false; issues: DomainIssue[] }>;
  /** Exact lookup through the keyed hash of an ID number (the number itself is encrypted). */
  findByIdNumber<K extends 'mediationCase' | 'enforcementCase' | 'officer'>(kind: K, idNumber: string): Promise<LedgerRecordByKind[K][]>;
  /**
   * Calls `listener` after records of the kind changed — saved here, in another window of this PC,
   * or received from the county server — so an open list can show them. Returns the unsubscribe.
   */
  watch(kind: LedgerKind, listener: () => void): () => void;
}

/** Many records in one go (import, seed): validated like `create`, written in bulk transactions. */
export interface BulkSaveResult {
  saved: number;
  /** Per rejected draft: its index in the input and why. */
  rejected: { index: number; issues: DomainIssue[] }[];
}

export interface LedgerBulk {
  createMany<K extends LedgerKind>(kind: K, drafts: Draft<K>[], actor: Actor): Promise<BulkSaveResult>;
}

/** This installation: who works on it and for which township. */
export interface DeviceSettings {
  /** Made once on first start (UUIDv7); sync identifies the device by it. */
  deviceId: string;
  /** 经办人: the official whose name goes on every change. Empty until set in 设置. */
  operatorName: string;
  /** referenceData township code; the county role works across townships. */
  townshipId: string;
  role: 'township' | 'county';
  /** Minutes without use after which the screen locks (账户管理); absent: the default. */
  idleLockMinutes?: number;
}

export interface SettingsStore {
  get(): Promise<DeviceSettings>;
  save(patch: Partial<Omit<DeviceSettings, 'deviceId'>>): Promise<DeviceSettings>;
}

export interface ReferenceStore {
  /** Active and inactive entries of one kind, in `sortOrder`. */
  list(kind: ReferenceKind): Promise<ReferenceData[]>;
  get(id: string): Promise<ReferenceData | null>;
  /** County role only: add or change entries. */
  upsert(entries: ReferenceData[]): Promise<void>;
  /**
   * Calls `listener` after reference data changed — saved here, in another window of this PC, or
   * received from the county server — so an open screen can read it again. Returns the unsubscribe.
   */
  watch(listener: () => void): () => void;
}

export interface AppStore {
  /** Who works on this PC and who is signed in (account-contract.ts); the ledger and reference data check it. */
  accounts: AccountStore;
  ledger: LedgerStore & LedgerBulk;
  reference: ReferenceStore;
  settings: SettingsStore;
  /** This year's raw counts for the dashboard (see shared/domain/figures/year-figures.ts). */
  yearCounts(year: number): Promise<YearCounts>;
  /** The facts the statistics count, of the live records listed from `from` to `to` (YYYY-MM-DD, inclusive). */
  statisticsRecords(from: string, to: string): Promise<StatisticsRecords>;
  /** Whether the browser granted persistent storage (navigator.storage.persist). */
  persisted: boolean;
  /** Now, as the store stamps its writes; the UI takes "today" from it too, so a test sets one date for both. */
  clock: () => Date;
  close(): Promise<void>;
}
