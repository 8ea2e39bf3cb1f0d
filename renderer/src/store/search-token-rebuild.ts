// Rebuilds the searchToken collection from the records, in chunks, in the background: for a
// database made before the index existed, one whose rebuild was interrupted, or after sync pulled
// records in bulk. Until it finishes, search and ID lookup take the scan paths (search-list.ts).
import { ledgerKinds } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from './database';
import { indexNewRecords } from './search-token-writes';

/** Bump when searchTokensOf changes what it derives, so every device rebuilds once. */
export const SEARCH_TOKEN_VERSION = 1;
const VERSION_DOC = 'searchTokenVersion';
/** Records per chunk: one read and one token write each, small enough to keep the UI responsive. */
export const REBUILD_CHUNK = 500;

export interface SearchIndexState {
  /** True once every record has its tokens; search and ID lookup then use the index. */
  ready: boolean;
  /** Settles when the check or rebuild started at open is over (never rejects). */
  settled: Promise<void>;
  /** Asks a running rebuild to stop after its current chunk (on close). */
  stop(): void;
}

async function builtVersion(db: TaizhangDatabase): Promise<number | undefined> {
  const doc = await db.getLocal<{ version: number }>(VERSION_DOC);
  return doc?.get('version') as number | undefined;
}

async function hasAnyRecord(db: TaizhangDatabase): Promise<boolean> {
  for (const kind of ledgerKinds) {
    if ((await db[kind].find({ selector: {}, limit: 1 }).exec()).length > 0) return true;
  }
  return false;
}

/** Writes the tokens of every record (live and in the recycle bin); returns false when stopped. */
export async function rebuildSearchTokens(db: TaizhangDatabase, shouldStop: () => boolean = () => false): Promise<boolean> {
  for (const kind of ledgerKinds) {
    let after = '';
    for (;;) {
      if (shouldStop()) return false;
      const docs = await db[kind].find({ selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: REBUILD_CHUNK }).exec();
      if (docs.length === 0) break;
      await indexNewRecords(db, kind, docs.map((doc) => doc.toJSON() as never));
      after = docs[docs.length - 1]?.primary ?? after;
      if (docs.length < REBUILD_CHUNK) break;
    }
  }
  await db.upsertLocal(VERSION_DOC, { version: SEARCH_TOKEN_VERSION });
  return true;
}

/**
 * At open: the index is ready when it was built by this version; a database without records
 * needs nothing built. Otherwise the rebuild runs in the background and `ready` flips when done.
 */
export function startSearchIndex(db: TaizhangDatabase, onError: (error: unknown) => void): SearchIndexState {
  let stopped = false;
  const state: SearchIndexState = {
    ready: false,
    settled: Promise.resolve(),
    stop: () => { stopped = true; },
  };
  state.settled = (async () => {
    if ((await builtVersion(db)) === SEARCH_TOKEN_VERSION) {
      state.ready = true;
      return;
    }
    if (!(await hasAnyRecord(db))) {
      await db.upsertLocal(VERSION_DOC, { version: SEARCH_TOKEN_VERSION });
      state.ready = true;
      return;
    }
    state.ready = await rebuildSearchTokens(db, () => stopped);
  })().catch(onError);
  return state;
}
