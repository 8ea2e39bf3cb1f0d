// Rebuilds the search words (search-words.ts) from the records, in chunks, in the background: for a
// profile made before the words had their own database (decision 045) or whose words are missing
// or of an older version, one whose rebuild was interrupted, or after sync pulled records in bulk
// (`defer`/`resume`). Each record's row replaces the previous one whole, so a version that drops a
// kind of word needs no clean-up. Until it finishes, search and ID lookup take the scan paths
// (search-list.ts), so a record without its words yet is still found.
import { ledgerKinds } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';
import { replaceRecordTokens } from './search-token-writes';
import { searchWordsOf } from './search-words';

/** Bump when searchTokensOf changes what it derives, so every device rebuilds once. */
export const SEARCH_TOKEN_VERSION = 1;
/** Where the version was kept while the words were an RxDB collection (before decision 045). */
const LEGACY_VERSION_DOC = 'searchTokenVersion';
/** Records per chunk: one read and one token write each, small enough to keep the UI responsive. */
export const REBUILD_CHUNK = 500;

export interface SearchIndexState {
  /** True once every record has its tokens; search and ID lookup then use the index. */
  ready: boolean;
  /** Settles when the check or rebuild started at open is over (never rejects). */
  settled: Promise<void>;
  /** Asks a running rebuild to stop after its current chunk (on close). */
  stop(): void;
  /**
   * A bulk writer (sync's first pull of thousands of records) writes records without their words:
   * the index reads as not built (search scans; a restart rebuilds) until `resume`. Writing the
   * words once after the pull keeps them from competing with it for IndexedDB batch after batch.
   */
  defer(): Promise<void>;
  /** Ends `defer`: rebuilds the index in the background; `ready` flips and `settled` resolves when done. */
  resume(): void;
}

/** The index state of each open database, for the sync code that writes beside the store. */
const opened = new WeakMap<TaizhangDatabase, SearchIndexState>();
export const searchIndexOf = (db: TaizhangDatabase): SearchIndexState | undefined => opened.get(db);

/**
 * Words not built yet may mean a profile from before decision 045, whose words were ≈ 14 RxDB
 * documents per record in the collection `searchToken`: its version document goes, and its IndexedDB
 * database is deleted in the background (a window of an older release may hold it open).
 */
async function dropLegacyWords(db: TaizhangDatabase): Promise<void> {
  await (await db.getLocal(LEGACY_VERSION_DOC))?.remove();
  void searchWordsOf(db).dropLegacyCollection().catch(() => undefined);
}

/** Index-only counts (every index starts with `_deleted`): no record is read. */
async function hasAnyRecord(db: TaizhangDatabase): Promise<boolean> {
  for (const kind of ledgerKinds) {
    if ((await db[kind].count().exec()) > 0) return true;
  }
  return false;
}

/**
 * Writes the tokens of every record (live and in the recycle bin); returns false when stopped.
 * Pages go by the list index `[trashed, newestFirstKey]` (the key ends in the record's id, so it
 * is unique): each read is one index range ending at the chunk. Paged by `id > after`, which no
 * index sorts, every chunk read and sorted the whole collection (the rebuild after a 20,000-case
 * first pull took 6 min; 100,000 would take hours); by RxDB's `[_meta.lwt, id]`, records written
 * in one bulk share their time, and each chunk re-read the group's earlier rows.
 * The next chunk is read (and decrypted) while the current one's tokens are written.
 */
export async function rebuildSearchTokens(db: TaizhangDatabase, shouldStop: () => boolean = () => false, chunk = REBUILD_CHUNK): Promise<boolean> {
  for (const kind of ledgerKinds) {
    for (const trashed of [false, true]) {
      const read = (after?: string) => {
        const selector = after === undefined ? { trashed } : { trashed, newestFirstKey: { $gt: after } };
        const docs = db[kind].find({ selector, sort: [{ newestFirstKey: 'asc' }], limit: chunk } as never).exec();
        docs.catch(() => undefined); // awaited below; not unhandled if a write fails first
        return docs;
      };
      let next = read();
      for (;;) {
        const docs = await next;
        if (shouldStop()) return false;
        const last = docs.at(-1)?.toJSON() as { newestFirstKey: string } | undefined;
        if (!last) break;
        next = docs.length < chunk ? Promise.resolve([]) : read(last.newestFirstKey);
        await replaceRecordTokens(db, kind, docs.map((doc) => doc.toJSON() as never));
      }
    }
  }
  if (shouldStop()) return false;
  await searchWordsOf(db).setBuiltVersion(SEARCH_TOKEN_VERSION);
  return true;
}

/**
 * At open: the index is ready when it was built by this version; a database without records
 * needs nothing built. Otherwise the rebuild runs in the background and `ready` flips when done.
 */
export function startSearchIndex(db: TaizhangDatabase, onError: (error: unknown) => void): SearchIndexState {
  let stopped = false;
  let deferred = false;
  const halted = () => stopped || deferred;
  // A `defer` may come while a build awaits its last write: it wins.
  const build = async () => {
    const done = await rebuildSearchTokens(db, halted);
    state.ready = done && !deferred;
  };
  const state: SearchIndexState = {
    ready: false,
    settled: Promise.resolve(),
    stop: () => { stopped = true; },
    defer() {
      deferred = true;
      state.ready = false;
      // After a running build has stopped at its chunk; a restart before `resume` then rebuilds.
      state.settled = state.settled.then(() => searchWordsOf(db).setBuiltVersion(undefined)).catch(onError);
      return state.settled;
    },
    resume() {
      if (!deferred) return;
      deferred = false;
      state.settled = state.settled.then(async () => {
        if (!halted()) await build();
      }).catch(onError);
    },
  };
  state.settled = (async () => {
    const built = await searchWordsOf(db).builtVersion();
    if (built === undefined) await dropLegacyWords(db);
    if (built === SEARCH_TOKEN_VERSION) {
      state.ready = !deferred;
      return;
    }
    if (!(await hasAnyRecord(db))) {
      if (halted()) return;
      await searchWordsOf(db).setBuiltVersion(SEARCH_TOKEN_VERSION);
      state.ready = !deferred;
      return;
    }
    await build();
  })().catch(onError);
  opened.set(db, state);
  return state;
}
