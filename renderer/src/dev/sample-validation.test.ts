// The generator's promise: every sample draft passes the real domain rules, so a seed or a
// benchmark never trips over its own data and the UI shows records an official could have made.
import { describe, expect, it } from 'vitest';
import { calendarFromReference } from '#shared/domain/calendar/working-day-calendar';
import type { Draft } from '#shared/domain/draft';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { validateRecord } from '#shared/domain/by-kind/validate';
import type { RuleContext } from '#shared/domain/rules/index';
import type { LedgerKind, Officer } from '#shared/domain/schemas/index';
import { createSampleGenerator, sampleContextFrom, type SampleLinks } from './sample-records';

const now = new Date('2026-11-30T10:00:00+08:00');
const reference = defaultReferenceData(now.toISOString());
const sampleContext = sampleContextFrom(reference, now, 'zhongren');
const generator = createSampleGenerator(20261130, sampleContext);
const PER_KIND = 300;

const actor = { person: '样例', deviceId: 'sample' };
const asSaved = (draft: Draft<'officer'>, index: number): Officer => ({
  ...draft, id: `officer-${String(index)}`, townshipId: 'zhongren', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: String(index), searchText: draft.name, idNumberHash: '',
});
const officers = generator.drafts('officer', 0, 12).map(asSaved);
const enforcementDrafts = generator.drafts('enforcementCase', 0, PER_KIND, { officers, enforcementCases: [] });
const links: SampleLinks = {
  officers,
  enforcementCases: enforcementDrafts.map((draft, index) => ({ id: `case-${String(index)}`, closedOn: draft.stages.closedOn })),
};

const ruleContext: RuleContext = {
  today: sampleContext.today,
  officersById: new Map(officers.map((officer) => [officer.id, officer])),
  calendar: calendarFromReference(reference),
  lawIds: new Set(reference.filter((entry) => entry.kind === 'law').map((entry) => entry.id)),
  disputeTypeCodes: new Set(reference.filter((entry) => entry.kind === 'disputeType').map((entry) => entry.code)),
};

function errorsOf<K extends LedgerKind>(kind: K, drafts: Draft<K>[]): string[] {
  // Officer drafts 0–11 are the saved officers of the context: each is checked as its own record.
  return drafts.flatMap((draft, index) => validateRecord(kind, draft, kind === 'officer' ? { ...ruleContext, recordId: `officer-${String(index)}` } : ruleContext)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${kind}#${String(index)} ${issue.code} ${issue.field ?? ''}: ${issue.message}`));
}

describe('sample records pass the domain rules', () => {
  it.each([
    ['mediationCase', () => generator.drafts('mediationCase', 0, PER_KIND)],
    ['enforcementCase', () => enforcementDrafts],
    ['caseReview', () => generator.drafts('caseReview', 0, PER_KIND, links)],
    ['studySession', () => generator.drafts('studySession', 0, PER_KIND, links)],
    ['officer', () => generator.drafts('officer', 0, 40)],
  ] as const)('%s: generated drafts have no error issue', (kind, make) => {
    expect(errorsOf(kind, make() as Draft<typeof kind>[])).toEqual([]);
  });

  it('mediation cases carry what decision 017 asks: only a missing scan or return visit is left to warn about', () => {
    const decision017 = new Set([
      'MED_PARTY_FACTS_MISSING', 'MED_PERFORMANCE_PLACE_MISSING', 'MED_ORIGINALS_INCOMPLETE', 'MED_RIGHTS_NOTICE_MISSING', 'MED_RIGHTS_NOTICE_LATE',
      'MED_ESCALATION_MEASURES_MISSING', 'MED_ESCALATION_NOT_REPORTED', 'MED_ARCHIVE_LATE', 'MED_ARCHIVE_INCOMPLETE', 'MED_ARCHIVE_DOCUMENT_MISSING',
    ]);
    const drafts = generator.drafts('mediationCase', 0, PER_KIND);
    const gaps = drafts.flatMap((draft) => validateRecord('mediationCase', draft, ruleContext))
      .filter((issue) => decision017.has(issue.code) && issue.field !== 'attachments')
      .map((issue) => `${issue.code} ${issue.field ?? ''}`);
    expect(gaps).toEqual([]);
    expect(drafts.some((draft) => draft.archive !== undefined && draft.escalation?.risk === true)).toBe(true);
  });

  it('mixes mediation outcomes: mostly 调解成功, every other status present', () => {
    const statuses = generator.drafts('mediationCase', 0, PER_KIND).map((draft) => draft.status);
    const share = (status: string) => statuses.filter((item) => item === status).length / statuses.length;
    expect(share('succeeded')).toBeGreaterThan(0.5);
    expect(share('succeeded')).toBeLessThan(0.7);
    for (const status of ['accepted', 'mediating', 'failed', 'terminated']) expect(share(status)).toBeGreaterThan(0);
  });
});
