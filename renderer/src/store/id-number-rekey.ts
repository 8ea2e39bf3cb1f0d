// The key of the ID-number hash (docs/design.md §6). Standalone, a device keys it with its own data key;
// enrolled, with the county's key from the enroll answer, so the county finds an ID number in
// records pulled from any township (docs/decisions/008). Switching keys re-hashes this township's
// records (an edit of partyIdHashes / idNumberHash only, which then syncs), in chunks, with a
// cursor in the database so an interrupted run resumes; until it is done, lookups try both keys.
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { SettingsStore } from './contract';
import type { TaizhangDatabase } from './database';
import { deriveFields } from './derived-fields';
import { createIdNumberHasher, hmacSha256Hex, type IdNumberHasher } from './id-number-hash';
import { findByIdNumber } from './ledger-read';
import { draftOnly } from './managed-fields';
import type { SearchIndexState } from './search-token-rebuild';
import { replaceRecordTokens } from './search-token-writes';

type HashedKind = 'mediationCase' | 'enforcementCase' | 'officer';
const hashedKinds: readonly HashedKind[] = ['mediationCase', 'enforcementCase', 'officer'];
const STATE_ID = 'idHashKeyState';
/** Records per chunk: one read, then one write per record whose hashes change. */
export const REKEY_CHUNK = 200;
/** What records carry when they were never re-keyed: hashes keyed by the device's data key. */
const DEVICE_KEY = 'device';

interface RekeyState {
  /** Which key the records are (being) hashed with: 'device' or a fingerprint of the county key. */
  key: string;
  done: boolean;
  cursor?: { kind: HashedKind; after: string };
}

/** A short, one-way name of a key, so the database tells which key it holds without holding it. */
export const keyFingerprint = (idHashKey: string): string =>
  hmacSha256Hex(idHashKey, 'taizhang/id-hash-key-fingerprint/v1').slice(0, 24);

export interface RekeyResult {
  /** Records whose hashes were rewritten. */
  rewritten: number;
  /** False when stopped (closing); the next open resumes. */
  finished: boolean;
}

export interface IdHashKeyControl {
  /**
   * Switches the store to the county's key (the enroll answer's idHashKey, kept by the bridge) and
   * re-hashes this township's records. Safe to call again with the same key (nothing left to do).
   */
  rekey(idHashKey: string): Promise<RekeyResult>;
  /** Back to the device's own key (the device left sync and no longer has the county key). */
  useDeviceKey(): Promise<RekeyResult>;
  /** True while records may still carry hashes of the previous key. */
  readonly rekeying: boolean;
  /** Settles when the run started at open (a resumed re-key) is over; never rejects. */
  readonly settled: Promise<void>;
}

export interface IdHashingDeps {
  db: TaizhangDatabase;
  dataKey: string;
  settings: SettingsStore;
  /** Records are re-hashed after the search index is built, so their idh: tokens are replaced, not raced. */
  indexSettled: () => Promise<void>;
  onError: (error: unknown) => void;
}

async function readState(db: TaizhangDatabase): Promise<RekeyState> {
  const doc = await db.getLocal<RekeyState>(STATE_ID);
  return doc ? (doc.toJSON().data) : { key: DEVICE_KEY, done: true };
}

function hashFieldsOf(kind: HashedKind, record: LedgerRecordByKind[HashedKind], hash: IdNumberHasher) {
  const derived = deriveFields(kind, draftOnly(record as never), { id: record.id }, hash) as Record<string, unknown>;
  return kind === 'officer' ? { idNumberHash: derived.idNumberHash } : { partyIdHashes: derived.partyIdHashes };
}

/** The store's hasher, switchable; `hash` always uses the current key. */
export class IdHashing implements IdHashKeyControl {
  private current: IdNumberHasher;
  private previous: IdNumberHasher | undefined;
  private readonly deviceHasher: IdNumberHasher;
  private stopped = false;
  private running: Promise<RekeyResult> = Promise.resolve({ rewritten: 0, finished: true });

  constructor(private readonly deps: IdHashingDeps) {
    this.deviceHasher = createIdNumberHasher(deps.dataKey);
    this.current = this.deviceHasher;
  }

  readonly hash: IdNumberHasher = (idNumber) => this.current(idNumber);

  get rekeying(): boolean {
    return this.previous !== undefined;
  }

  /** Every key a record may be hashed with now, current first. */
  lookupHashers(): IdNumberHasher[] {
    return this.previous ? [this.current, this.previous] : [this.current];
  }

  get settled(): Promise<void> {
    return this.running.then(() => undefined, () => undefined);
  }

  /**
   * At open with the county key: switch to it and re-key (or resume) in the background. Without a
   * key nothing is rewritten — a missing secret must not flip every record back and forth; only
   * `useDeviceKey` (the device left sync) returns to the device's key.
   */
  start(idHashKey: string | undefined): void {
    if (idHashKey === undefined) return;
    this.switchTo(idHashKey).catch((error: unknown) => this.deps.onError(error));
  }

  rekey(idHashKey: string): Promise<RekeyResult> {
    return this.switchTo(idHashKey);
  }

  useDeviceKey(): Promise<RekeyResult> {
    return this.switchTo(undefined);
  }

  stop(): void {
    this.stopped = true;
  }

  private switchTo(idHashKey: string | undefined): Promise<RekeyResult> {
    // One run at a time: a second call waits for the first, then finds little or nothing to do.
    this.running = this.running.catch(() => undefined).then(() => this.run(idHashKey));
    return this.running;
  }

  private async run(idHashKey: string | undefined): Promise<RekeyResult> {
    const { db } = this.deps;
    const target = idHashKey === undefined ? DEVICE_KEY : keyFingerprint(idHashKey);
    const hasher = idHashKey === undefined ? this.deviceHasher : createIdNumberHasher(idHashKey);
    const state = await readState(db);
    if (state.key === target && state.done) {
      this.current = hasher;
      this.previous = undefined;
      return { rewritten: 0, finished: true };
    }
    // Records not yet rewritten carry the old key's hashes: keep finding them by it meanwhile. The
    // only old key this device can still compute is its own (a county key it no longer has is gone).
    const oldIsDevice = state.key === DEVICE_KEY || state.key === target;
    this.previous = oldIsDevice && target !== DEVICE_KEY ? this.deviceHasher : undefined;
    this.current = hasher;
    const cursor = state.key === target ? state.cursor : undefined;
    await db.upsertLocal<RekeyState>(STATE_ID, { key: target, done: false, ...(cursor ? { cursor } : {}) });
    await this.deps.indexSettled();
    const rewritten = await this.rewriteAll(target, cursor);
    if (rewritten === undefined) return { rewritten: 0, finished: false };
    await db.upsertLocal<RekeyState>(STATE_ID, { key: target, done: true });
    this.previous = undefined;
    return { rewritten, finished: true };
  }

  /** Rewrites the hashes of every record this device writes; undefined when stopped. */
  private async rewriteAll(target: string, cursor: RekeyState['cursor']): Promise<number | undefined> {
    const { db, settings } = this.deps;
    const { role, townshipId } = await settings.get();
    // A county device writes no township records: their owners re-key them, the county only reads.
    if (role !== 'township' || !townshipId) return 0;
    let rewritten = 0;
    for (const kind of hashedKinds.slice(cursor ? hashedKinds.indexOf(cursor.kind) : 0)) {
      let after = cursor?.kind === kind ? cursor.after : '';
      for (;;) {
        if (this.stopped) return undefined;
        const docs = await db[kind].find({ selector: { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: REKEY_CHUNK }).exec();
        for (const doc of docs) {
          const record = doc.toMutableJSON();
          if (record.townshipId !== townshipId) continue;
          const wanted = hashFieldsOf(kind, record, this.current);
          const same = Object.entries(wanted).every(([field, value]) => JSON.stringify((record as Record<string, unknown>)[field]) === JSON.stringify(value));
          if (same) continue;
          const updated = await doc.incrementalModify((latest) => {
            const next = latest as unknown as LedgerRecordByKind[HashedKind];
            return { ...next, ...hashFieldsOf(kind, next, this.current) } as never;
          });
          await replaceRecordTokens(db, kind, [updated.toMutableJSON()]);
          rewritten += 1;
        }
        after = docs.at(-1)?.primary ?? after;
        await db.upsertLocal<RekeyState>(STATE_ID, { key: target, done: false, cursor: { kind, after } });
        if (docs.length < REKEY_CHUNK) break;
      }
    }
    return rewritten;
  }
}

/** findByIdNumber under every key records may carry now (during a re-key: both), merged. */
export async function findByIdNumberAnyKey<K extends HashedKind>(
  db: TaizhangDatabase,
  index: Pick<SearchIndexState, 'ready'>,
  hashers: IdNumberHasher[],
  kind: K,
  idNumber: string,
): Promise<LedgerRecordByKind[K][]> {
  const found = await Promise.all(hashers.map((hash) => findByIdNumber(db, index, hash, kind, idNumber)));
  const byId = new Map(found.flat().map((record) => [record.id, record]));
  return [...byId.values()].sort((a, b) => (a.newestFirstKey < b.newestFirstKey ? -1 : 1));
}
