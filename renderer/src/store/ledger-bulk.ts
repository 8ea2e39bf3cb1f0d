// createMany: imports and the seed. Every draft is validated as in `create`; the valid ones are
// numbered as one block per year and written with bulkInsert in chunks, each chunk one journaled
// save (save-journal.ts): its records, their search tokens and their 'create' history entries.
import { v7 as uuidv7 } from 'uuid';
import type { Draft } from '#shared/domain/draft';
import { hasErrors } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { CaseNumber } from './case-numbers';
import type { Actor, BulkSaveResult } from './contract';
import { createdRecord } from './record-assembly';
import { historyEntry } from './history-log';
import { ruleContext, writeErrorIssue, writerIssues, type LedgerDeps } from './ledger-context';
import { numberFor } from './ledger-write';
import { listYear } from './numbering-request';
import { draftOnly } from './managed-fields';
import { reviewedCases, unknownReviewedCase, type ReviewedCase } from './reviewed-case';

/** Rows per bulkInsert: one IndexedDB transaction each, small enough to keep the UI responsive between them. */
export const BULK_CHUNK = 500;

interface Accepted<K extends LedgerKind> {
  index: number;
  draft: Draft<K>;
  number?: CaseNumber;
  /** caseReview: the reviewed case (its number, and its township, which the review belongs to). */
  reviewed?: ReviewedCase;
}

export async function createManyRecords<K extends LedgerKind>(deps: LedgerDeps, kind: K, inputs: Draft<K>[], actor: Actor): Promise<BulkSaveResult> {
  const result: BulkSaveResult = { saved: 0, rejected: [] };
  const { townshipId } = await deps.settings.get();
  const writer = writerIssues(townshipId, actor);
  if (writer.length > 0) return { saved: 0, rejected: inputs.map((_, index) => ({ index, issues: writer })) };

  const context = await ruleContext(deps);
  const accepted: Accepted<K>[] = [];
  inputs.forEach((input, index) => {
    const draft = draftOnly(input);
    const issues = deps.rules.validate(kind, draft, context);
    if (hasErrors(issues)) result.rejected.push({ index, issues });
    else accepted.push({ index, draft });
  });

  if (kind === 'mediationCase' || kind === 'enforcementCase') {
    const byYear = new Map<number, Accepted<K>[]>();
    for (const item of accepted) {
      const year = listYear(kind, item.draft);
      const group = byYear.get(year);
      if (group) group.push(item);
      else byYear.set(year, [item]);
    }
    for (const [year, items] of byYear) {
      const numbers = await numberFor(deps, kind, townshipId, year, items.length);
      if (!Array.isArray(numbers)) {
        for (const item of items) result.rejected.push({ index: item.index, issues: [numbers] });
        items.length = 0;
        continue;
      }
      items.forEach((item, i) => { item.number = numbers[i]; });
    }
  }

  if (kind === 'caseReview') {
    const reviews = accepted as unknown as Accepted<'caseReview'>[];
    const found = await reviewedCases(deps.db, reviews.map((item) => item.draft.enforcementCaseId));
    for (const item of reviews) {
      const reviewed = found.get(item.draft.enforcementCaseId);
      if (reviewed) item.reviewed = reviewed;
      else result.rejected.push({ index: item.index, issues: [unknownReviewedCase(item.draft.enforcementCaseId)] });
    }
  }

  const needsNumber = kind === 'mediationCase' || kind === 'enforcementCase';
  const toWrite = accepted.filter((item) => (needsNumber ? item.number !== undefined : kind !== 'caseReview' || item.reviewed !== undefined));
  for (let start = 0; start < toWrite.length; start += BULK_CHUNK) {
    const chunk = toWrite.slice(start, start + BULK_CHUNK);
    const now = deps.clock().toISOString();
    const records = chunk.map(({ draft, number, reviewed }) => createdRecord(kind, draft, {
      id: uuidv7(), townshipId: reviewed?.townshipId ?? townshipId, now, actor, number: number ?? (reviewed ? { caseNumber: reviewed.caseNumber } : {}),
    }, deps.hash));
    // A review belongs to its case's township (decision 026, amended), and so does its history entry.
    const entries = records.map((record) => historyEntry({ recordId: record.id, recordKind: kind, townshipId: record.townshipId, at: now, actor, action: 'create', changes: [] }));
    // One journal write, one record write, then search words and history for the whole chunk.
    await deps.journal.begin(entries);
    const written = await deps.db[kind].bulkInsert(records as never[]).catch((error: unknown) => {
      deps.journal.abandon(entries);
      throw error;
    });
    const failedIds = new Set(written.error.map((error) => error.documentId));
    written.error.forEach((error) => {
      const position = records.findIndex((record) => record.id === error.documentId);
      result.rejected.push({ index: chunk[position]?.index ?? -1, issues: [writeErrorIssue(error)] });
    });
    deps.journal.abandon(entries.filter((entry) => failedIds.has(entry.recordId)));
    const savedRecords = records.filter((record) => !failedIds.has(record.id));
    await deps.journal.finish(kind, savedRecords, entries.filter((entry) => !failedIds.has(entry.recordId)));
    result.saved += savedRecords.length;
  }
  result.rejected.sort((a, b) => a.index - b.index);
  return result;
}
