// create / update / trash / restore of one ledger record, each with its search words and history
// entry as one journaled save (save-journal.ts).
// Validation comes first: a draft with an error writes nothing at all.
import { v7 as uuidv7 } from 'uuid';
import type { Draft } from '#shared/domain/draft';
import { hasErrors, type DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { assignCaseNumbers, type CaseNumber } from './case-numbers';
import type { Actor, SaveResult } from './contract';
import { diffRecords } from './history-diff';
import { historyEntry } from './history-log';
import { ruleContext, writeErrorIssue, writerIssues, type LedgerDeps } from './ledger-context';
import { draftOnly } from './managed-fields';
import { listYear, numberingRequest } from './numbering-request';
import { createdRecord, editedRecord } from './record-assembly';
import { reviewedCases, unknownReviewedCase, type ReviewedCase } from './reviewed-case';
import { journaledModify } from './save-journal';
import type { NumberedKind } from './rules';

const isNumbered = (kind: LedgerKind): kind is NumberedKind => kind === 'mediationCase' || kind === 'enforcementCase';

const refused = <K extends LedgerKind>(issues: DomainIssue[]): SaveResult<K> => ({ ok: false, issues });
const saved = <K extends LedgerKind>(record: LedgerRecordByKind[K], issues: DomainIssue[]): SaveResult<K> => ({
  ok: true,
  record,
  warnings: issues.filter((issue) => issue.severity === 'warning'),
});

/** Settings, writer checks and the rules, in the order that lets nothing be written on an error. */
async function checkDraft<K extends LedgerKind>(deps: LedgerDeps, kind: K, draft: Draft<K>, actor: Actor, townshipId: string, recordId?: string) {
  const writer = writerIssues(townshipId, actor);
  if (writer.length > 0) return writer;
  return deps.rules.validate(kind, draft, await ruleContext(deps), recordId);
}

export async function numberFor(deps: LedgerDeps, kind: NumberedKind, townshipId: string, year: number, count: number): Promise<CaseNumber[] | DomainIssue> {
  const request = await numberingRequest(deps.reference, kind, townshipId, year, count);
  if (!('townshipShortName' in request)) return request;
  return deps.numbering ? deps.numbering.assign(request) : assignCaseNumbers(deps.db, request);
}

async function reviewedCase(deps: LedgerDeps, draft: Draft<'caseReview'>): Promise<ReviewedCase | DomainIssue> {
  const found = await reviewedCases(deps.db, [draft.enforcementCaseId]);
  return found.get(draft.enforcementCaseId) ?? unknownReviewedCase(draft.enforcementCaseId);
}

export async function createRecord<K extends LedgerKind>(deps: LedgerDeps, kind: K, input: Draft<K>, actor: Actor): Promise<SaveResult<K>> {
  const draft = draftOnly(input);
  const settings = await deps.settings.get();
  let townshipId = settings.townshipId;
  const issues = await checkDraft(deps, kind, draft, actor, townshipId);
  if (hasErrors(issues)) return refused(issues);

  const id = uuidv7();
  let number: Partial<CaseNumber> = {};
  if (isNumbered(kind)) {
    const assigned = await numberFor(deps, kind, townshipId, listYear(kind, draft), 1);
    if (!Array.isArray(assigned)) return refused([assigned]);
    number = assigned[0] ?? {};
  } else if (kind === 'caseReview') {
    const reviewed = await reviewedCase(deps, draft as unknown as Draft<'caseReview'>);
    if ('code' in reviewed) return refused([reviewed]);
    number = { caseNumber: reviewed.caseNumber };
    townshipId = reviewed.townshipId;
  }
  const now = deps.clock().toISOString();
  const record = createdRecord(kind, draft, { id, townshipId, now, actor, number }, deps.hash);
  const entry = historyEntry({ recordId: id, recordKind: kind, townshipId, at: now, actor, action: 'create', changes: [] });
  await deps.journal.begin([entry]);
  try {
    await deps.db[kind].insert(record as never);
  } catch (error) {
    deps.journal.abandon([entry]);
    return refused([writeErrorIssue(error)]);
  }
  await deps.journal.finish(kind, [record], [entry]);
  return saved(record, issues);
}

export async function updateRecord<K extends LedgerKind>(deps: LedgerDeps, kind: K, id: string, input: Draft<K>, actor: Actor): Promise<SaveResult<K>> {
  const doc = await deps.db[kind].findOne(id).exec();
  if (!doc) return refused([{ code: 'RECORD_NOT_FOUND', message: '要修改的记录不存在，可能已被删除', severity: 'error' }]);
  const draft = draftOnly(input);
  const current = doc.toMutableJSON() as LedgerRecordByKind[K];
  const issues = await checkDraft(deps, kind, draft, actor, current.townshipId, id);
  if (hasErrors(issues)) return refused(issues);

  let reviewed: ReviewedCase | undefined;
  if (kind === 'caseReview') {
    const found = await reviewedCase(deps, draft as unknown as Draft<'caseReview'>);
    if ('code' in found) return refused([found]);
    reviewed = found;
  }
  const now = deps.clock().toISOString();
  const nextOf = (latest: Record<string, unknown>) => editedRecord(kind, draft, latest, { now, actor, reviewedCase: reviewed }, deps.hash);
  if (diffRecords(current, nextOf(current)).length === 0) {
    return saved(current, issues);
  }
  let written: Awaited<ReturnType<typeof journaledModify<K>>>;
  try {
    // Runs again on the latest revision if another write got there first; the diff is taken against that revision.
    written = await journaledModify<K>(deps.journal, doc, (latest) => {
      const old = latest as unknown as Record<string, unknown>;
      const next = nextOf(old) as LedgerRecordByKind[K];
      const changes = diffRecords(old, next);
      // A review moved with its case's township takes its history entry along (decision 026, amended).
      return { next, entry: historyEntry({ recordId: id, recordKind: kind, townshipId: next.townshipId, at: now, actor, action: 'update', changes }) };
    });
  } catch (error) {
    return refused([writeErrorIssue(error)]);
  }
  if (!written) return saved(current, issues);
  await deps.journal.finish(kind, [written.record], [written.entry]);
  return saved(written.record, issues);
}

/** 删除 (to the recycle bin) and 恢复: an ordinary edit of `trashed`, with its own history action. */
export async function setTrashed(deps: LedgerDeps, kind: LedgerKind, id: string, trashed: boolean, actor: Actor): Promise<void> {
  const doc = await deps.db[kind].findOne(id).exec();
  if (!doc) throw new Error('RECORD_NOT_FOUND: 记录不存在');
  if (doc.trashed === trashed) return;
  const now = deps.clock().toISOString();
  const entry = historyEntry({
    recordId: id,
    recordKind: kind,
    townshipId: doc.townshipId,
    at: now,
    actor,
    action: trashed ? 'delete' : 'restore',
    changes: [{ field: 'trashed', before: String(!trashed), after: String(trashed) }],
  });
  const written = await journaledModify(deps.journal, doc, (latest) => ({ next: { ...latest, trashed, updatedAt: now, updatedBy: { ...actor } }, entry }));
  if (written) await deps.journal.finish(kind, [written.record], [written.entry]);
}
