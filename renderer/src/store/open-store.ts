// Opens the local store: the database, its settings, reference data and the ledger, with the
// domain rules passed in. Each call creates a database; the app opens one per page, in boot.ts.
import type { LedgerKind, LedgerRecordByKind, ReferenceData } from '#shared/domain/schemas/index';
import type { AppStore } from './contract';
import { createDatabase, type TaizhangDatabase } from './database';
import { deriveFields } from './derived-fields';
import { createCaseNumbering, type CaseNumberControl } from './case-number-control';
import type { CaseNumberOptions } from './case-number-source';
import { findByIdNumberAnyKey, IdHashing, type IdHashKeyControl } from './id-number-rekey';
import { createManyRecords } from './ledger-bulk';
import { todayOf, type LedgerDeps } from './ledger-context';
import { countRecords, getRecord, listRecords, recordHistory, watchRecords } from './ledger-read';
import { createRecord, setTrashed, updateRecord } from './ledger-write';
import { acknowledgeWarning } from './warning-acknowledgement';
import { createSaveJournal, replaySaveJournal, type ReplayReport, type SaveJournal } from './save-journal';
import { createReferenceStore, seedReferenceDefaults } from './reference-store';
import { defaultSearchLimits, type SearchLimits } from './search-list';
import { startSearchIndex, type SearchIndexState } from './search-token-rebuild';
import { searchWordsOf, type SearchWords } from './search-words';
import type { StoreRules } from './rules';
import { draftOnly } from './managed-fields';
import { createSettingsStore } from './settings-store';
import { databaseAccountBook } from './account-book';
import { guardLedger, guardReference, guardSettings } from './account-guard';
import { createAccountStore } from './account-store';
import type { IndexedDbSource } from './storage';
import { computeYearCounts } from './year-counts';
import { readStatisticsRecords } from './statistics-records';

export interface StoreOptions {
  /** IndexedDB database name prefix; tests use a fresh one each. */
  name: string;
  /** The bridge's data key: encrypts personal fields and keys the ID-number hash. */
  dataKey: string;
  rules: StoreRules;
  /** Node tests pass fake-indexeddb's; the browser's are the default. */
  indexedDb?: IndexedDbSource;
  clock?: () => Date;
  /** Written when the referenceData collection is empty (first start). */
  referenceDefaults?: readonly ReferenceData[];
  /** Asks the browser to keep the data under storage pressure; default navigator.storage.persist(). */
  requestPersistence?: () => Promise<boolean>;
  multiInstance?: boolean;
  /** How much one search request may read (tests make them small). */
  searchLimits?: Partial<SearchLimits>;
  /** The county's ID-hash key (enroll answer, kept by the bridge); absent = this device's own key. */
  idHashKey?: string;
  /** PBKDF2 iterations of new passwords; only tests make them fewer (password-hash.ts). */
  passwordIterations?: number;
  /** Block size and low-water mark of case-number blocks (tests make them small). */
  caseNumbers?: Partial<CaseNumberOptions>;
}

async function askPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).storage;
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** A record with its derived fields (search text, list key, ID hashes, stage, score) computed afresh. */
export type RecordDeriver = <K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]) => LedgerRecordByKind[K];

/**
 * The store, plus what sync needs beside the UI's API: the search index's state (tests and sync
 * wait for `searchIndex.settled`), the database it replicates, the deriver a merge uses and the save journal.
 */
export type OpenedStore = AppStore & {
  caseNumbers: CaseNumberControl;
  idNumberHashes: IdHashKeyControl;
  searchIndex: SearchIndexState;
  /** The search words' own database (decision 045), for tests that look at what it holds. */
  searchWords: SearchWords;
  database: TaizhangDatabase;
  derive: RecordDeriver;
  /** Sync writes its merges through it and pushes only once the saves under way are whole. */
  saveJournal: SaveJournal;
  /** What the open found of saves cut short (decision 029). */
  replayedSaves: ReplayReport;
};

export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  const clock = options.clock ?? (() => new Date());
  const db = await createDatabase({
    name: options.name,
    password: options.dataKey,
    indexedDb: options.indexedDb,
    multiInstance: options.multiInstance,
  });
  let replayed: ReplayReport;
  try {
    // Before anything reads: a save cut short by a crash is completed or dropped (decision 029).
    replayed = await replaySaveJournal(db);
    await seedReferenceDefaults(db, options.referenceDefaults ?? []);
  } catch (error) {
    await db.close();
    throw error;
  }
  const settings = createSettingsStore(db);
  const reference = createReferenceStore(db, settings);
  const idHashing = new IdHashing({
    db,
    dataKey: options.dataKey,
    settings,
    indexSettled: () => searchIndex.settled,
    onError: (error) => console.error('ID_HASH_REKEY_FAILED: 身份证号检索密钥更换中断，下次打开时继续', error),
  });
  const journal = createSaveJournal(db);
  const numbering = createCaseNumbering({ db, settings, reference, hash: idHashing.hash, clock, journal }, options.caseNumbers);
  const deps: LedgerDeps = { db, rules: options.rules, hash: idHashing.hash, clock, settings, reference, numbering, journal };
  const persisted = await (options.requestPersistence ?? askPersistence)();
  // Built in the background for a database that predates the index; searches scan until then.
  const searchIndex = startSearchIndex(db, (error) => console.error('SEARCH_INDEX_REBUILD_FAILED: 搜索索引重建失败，搜索将逐条查找', error));
  idHashing.start(options.idHashKey);
  const search = { index: searchIndex, limits: { ...defaultSearchLimits, ...options.searchLimits } };

  const accounts = createAccountStore(databaseAccountBook(db), clock, options.passwordIterations);
  return {
    accounts,
    ledger: guardLedger({
      create: (kind, draft, actor) => createRecord(deps, kind, draft, actor),
      update: (kind, id, draft, actor) => updateRecord(deps, kind, id, draft, actor),
      get: (kind, id) => getRecord(db, kind, id),
      list: (kind, query) => listRecords(db, search, kind, query),
      count: (kind, query) => countRecords(db, kind, query),
      trash: (kind, id, actor) => setTrashed(deps, kind, id, true, actor),
      restore: (kind, id, actor) => setTrashed(deps, kind, id, false, actor),
      history: (recordId) => recordHistory(db, recordId),
      acknowledge: (kind, id, warning, reason, actor) => acknowledgeWarning(deps, kind, id, warning, reason, actor),
      findByIdNumber: (kind, idNumber) => findByIdNumberAnyKey(db, searchIndex, idHashing.lookupHashers(), kind, idNumber),
      watch: (kind, listener) => watchRecords(db, kind, listener),
      createMany: (kind, drafts, actor) => createManyRecords(deps, kind, drafts, actor),
    }, accounts),
    reference: guardReference(reference, accounts),
    settings: guardSettings(settings, accounts),
    yearCounts: (year) => computeYearCounts(db, year, todayOf(clock)),
    statisticsRecords: (from, to) => readStatisticsRecords(db, from, to),
    persisted,
    clock,
    searchIndex,
    searchWords: searchWordsOf(db),
    caseNumbers: numbering.control,
    idNumberHashes: idHashing,
    database: db,
    saveJournal: journal,
    replayedSaves: replayed,
    // Reads deps.hash at call time, so a re-keyed hasher applies to merges too.
    derive: (kind, record) => ({
      ...record,
      ...deriveFields(kind, draftOnly(record as never), { id: record.id, caseNumber: (record as { caseNumber?: string }).caseNumber }, deps.hash),
    }),
    close: async () => {
      searchIndex.stop();
      idHashing.stop();
      await searchIndex.settled;
      await idHashing.settled;
      await numbering.settle();
      await journal.settled();
      // A finished entry left behind is only replayed (a no-op) at the next open.
      await journal.flush().catch(() => undefined);
      await db.close();
    },
  };
}
