// 临时案号 (docs/decisions/008): an enrolled device with no reserved number left and no server
// gives the case a provisional number that says so (〔2026〕绥滨调字第临A3F9-1号, caseSeq 0). The number
// is listed in the database before the record is written; once numbers can be had again, each
// listed record gets a real one, as an ordinary edit with a 修改记录 entry, so it syncs.
import { formatProvisionalCaseNumber, deviceTagOf, PROVISIONAL_CASE_SEQ } from '#shared/sync/index';
import type { CaseNumber } from './case-numbers';
import { modifyNumbering, numberingState, type CaseNumberRequest, type ProvisionalEntry } from './case-number-source';
import type { Actor } from './contract';
import { reserveNumbers } from './counter';
import type { TaizhangDatabase } from './database';
import { deriveFields } from './derived-fields';
import { historyEntry } from './history-log';
import type { IdNumberHasher } from './id-number-hash';
import { draftOnly } from './managed-fields';
import type { NumberedKind } from './rules';
import { journaledModify, type SaveJournal } from './save-journal';

const provisionalCounterId = (townshipId: string, kind: NumberedKind, year: number) => `provisionalCounter:${townshipId}:${kind}:${year}`;

/** Provisional numbers for the part of a request no real number was found for; listed before use. */
export async function provisionalNumbers(db: TaizhangDatabase, deviceId: string, request: CaseNumberRequest): Promise<CaseNumber[]> {
  const { kind, townshipId, townshipShortName, year, count } = request;
  const first = await reserveNumbers(db, provisionalCounterId(townshipId, kind, year), count);
  const deviceTag = deviceTagOf(deviceId);
  const numbers = Array.from({ length: count }, (_, i) => ({
    caseYear: year,
    caseSeq: PROVISIONAL_CASE_SEQ,
    caseNumber: formatProvisionalCaseNumber({ kind, year, townshipShortName, deviceTag, seq: first + i }),
  }));
  await modifyNumbering(db, (data) => ({
    data: { ...data, provisional: [...data.provisional, ...numbers.map((n) => ({ kind, townshipId, year, caseNumber: n.caseNumber }))] },
    result: undefined,
  }));
  return numbers;
}

export async function provisionalEntries(db: TaizhangDatabase): Promise<ProvisionalEntry[]> {
  return (await numberingState(db)).provisional;
}

const forget = (db: TaizhangDatabase, caseNumber: string) =>
  modifyNumbering(db, (data) => ({ data: { ...data, provisional: data.provisional.filter((e) => e.caseNumber !== caseNumber) }, result: undefined }));

export interface ReplaceDeps {
  db: TaizhangDatabase;
  hash: IdNumberHasher;
  clock: () => Date;
  journal: SaveJournal;
  actor: () => Promise<Actor>;
  /** One real number for the entry's series, or undefined when none can be had now. */
  realNumber: (entry: ProvisionalEntry) => Promise<CaseNumber | undefined>;
}

/**
 * Gives every listed record a real number; stops at the first series without one. Entries whose
 * record was never written (the save failed) or already has a real number are dropped.
 * Returns how many records were renumbered.
 */
export async function replaceProvisionalNumbers(deps: ReplaceDeps): Promise<number> {
  const { db } = deps;
  let replaced = 0;
  for (const entry of await provisionalEntries(db)) {
    const doc = await db[entry.kind].findOne({ selector: { caseNumber: entry.caseNumber } }).exec();
    if (!doc || doc.caseSeq !== PROVISIONAL_CASE_SEQ) {
      await forget(db, entry.caseNumber);
      continue;
    }
    const number = await deps.realNumber(entry);
    if (!number) break;
    const now = deps.clock().toISOString();
    const actor = await deps.actor();
    // Renumbered meanwhile (another window of this PC): keep its number; the one taken here stays unused.
    // RxDB runs this again on the stored state after a write conflict: the last run decides.
    const written = await journaledModify<NumberedKind>(deps.journal, doc, (record) => {
      if (record.caseSeq !== PROVISIONAL_CASE_SEQ) return undefined;
      const derived = deriveFields(entry.kind, draftOnly(record as never), { id: record.id, caseNumber: number.caseNumber }, deps.hash);
      return {
        next: { ...record, ...derived, ...number, updatedAt: now, updatedBy: { ...actor } } as never,
        entry: historyEntry({
          recordId: doc.id,
          recordKind: entry.kind,
          townshipId: doc.townshipId,
          at: now,
          actor,
          action: 'update',
          changes: [{ field: 'caseNumber', before: entry.caseNumber, after: number.caseNumber }],
        }),
      };
    });
    if (!written) {
      await forget(db, entry.caseNumber);
      continue;
    }
    await deps.journal.finish(entry.kind, [written.record], [written.entry]);
    await forget(db, entry.caseNumber);
    replaced += 1;
  }
  return replaced;
}
