// What the in-memory store fills in itself, the way the real store does: list date, sort key,
// search text with pinyin initials, case numbers and review totals. Kept apart so the fake stays readable.
import { pinyin } from 'pinyin-pro';
import type { Draft } from '#shared/domain/draft';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { enforcementStages, type EnforcementStage } from '#shared/domain/schemas/enforcement-case';

type AnyDraft = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The date a list of this kind is sorted and ranged on. */
export function listDateOf(kind: LedgerKind, record: AnyDraft): string {
  switch (kind) {
    case 'mediationCase': return text(record.receivedOn);
    case 'studySession': return text(record.heldOn);
    case 'enforcementCase': return text((record.stages as { filedOn?: string } | undefined)?.filedOn);
    case 'officer': return text(record.certificateIssuedOn);
    case 'caseReview': return text(record.reviewedOn);
  }
}

const initials = (text: string): string => pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('');

function namesOf(kind: LedgerKind, record: AnyDraft): string[] {
  switch (kind) {
    case 'mediationCase': return ((record.parties as { name: string }[] | undefined) ?? []).map((party) => party.name);
    case 'enforcementCase': return [(record.party as { name?: string } | undefined)?.name ?? '', text(record.matter)];
    case 'officer': return [text(record.name)];
    case 'studySession': return [text(record.topic), text(record.lecturer)];
    case 'caseReview': return [text(record.reviewedUnit), text(record.reviewer)];
  }
}

export function searchTextOf(kind: LedgerKind, record: AnyDraft): string {
  const names = namesOf(kind, record).filter(Boolean);
  return [text(record.caseNumber), ...names, ...names.map(initials)].join(' ').toLowerCase();
}

function furthestStage(stages: Record<string, string | undefined>): EnforcementStage {
  const reached = enforcementStages.filter((stage) => {
    const key = stage === 'hearing' ? 'hearingHeldOn' : `${stage}On`;
    return Boolean(stages[key]);
  });
  return reached.at(-1) ?? 'filed';
}

function reviewTotals(draft: AnyDraft): { totalScore: number; grade: 'excellent' | 'good' | 'pass' | 'fail' } {
  const vetoed = ((draft.vetoItems as string[] | undefined) ?? []).length > 0;
  const totalScore = vetoed ? 0 : Number(draft.formScore ?? 0) + Number(draft.contentScore ?? 0);
  const grade = totalScore >= 90 ? 'excellent' : totalScore >= 80 ? 'good' : totalScore >= 60 ? 'pass' : 'fail';
  return { totalScore, grade };
}

/** Fields the store derives on every save, beyond identity and audit. */
export function derivedFields<K extends LedgerKind>(
  kind: K, draft: Draft<K>, sequence: { year: number; seq: number } | null,
): Partial<LedgerRecordByKind[K]> {
  const source = draft as unknown as AnyDraft;
  const extra: AnyDraft = {};
  if (sequence && (kind === 'mediationCase' || kind === 'enforcementCase')) {
    extra.caseYear = sequence.year;
    extra.caseSeq = sequence.seq;
    extra.caseNumber = `〔${sequence.year}〕${kind === 'mediationCase' ? '调' : '执'}字第${sequence.seq}号`;
  }
  if (kind === 'mediationCase') extra.partyIdHashes = [];
  if (kind === 'enforcementCase') {
    extra.partyIdHashes = [];
    extra.stage = furthestStage(source.stages as Record<string, string | undefined>);
  }
  if (kind === 'officer') extra.idNumberHash = '';
  if (kind === 'caseReview') Object.assign(extra, reviewTotals(source));
  return extra as Partial<LedgerRecordByKind[K]>;
}

/** Dotted paths whose values differ, for the history entry (objects compared leaf by leaf). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!isObject(before) || !isObject(after)) return [prefix];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
}
