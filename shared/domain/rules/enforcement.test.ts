import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, decisionDocument, enforcementDraft, only } from './test-fixtures';

type Overrides = Parameters<typeof enforcementDraft>[0];
const check = (overrides: Overrides) => validateRecord('enforcementCase', enforcementDraft(overrides), context());
const stages = (extra: Record<string, string | undefined>) => ({ ...enforcementDraft().stages, ...extra });

describe('enforcement case rules', () => {
  it('a complete ordinary penalty case has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('[ENF_TWO_OFFICERS] fewer than two officers is an error (a licence only warns)', () => {
    expect(only(check({ officerIds: ['o2'] }), 'ENF_TWO_OFFICERS')[0]).toMatchObject({ field: 'officerIds', severity: 'error' });
    expect(only(check({ officerIds: ['o2'] }), 'ENF_TWO_OFFICERS')[0]?.message).toContain('第四十二条');
    expect(codesOf(check({ officerIds: ['o2', 'o2'] }))).toContain('ENF_TWO_OFFICERS');
    const licence = check({ category: 'licence', officerIds: ['o2'], publicity: undefined });
    expect(only(licence, 'ENF_TWO_OFFICERS')[0]?.severity).toBe('warning');
  });

  it('[ENF_STAGE_ORDER] stage dates must follow the procedure', () => {
    const issues = check({ stages: stages({ servedOn: '2026-09-29' }) });
    expect(only(issues, 'ENF_STAGE_ORDER')[0]).toMatchObject({ field: 'stages.servedOn', severity: 'error' });
    expect(only(issues, 'ENF_STAGE_ORDER')[0]?.message).toContain('决定日期2026-09-30');
  });

  it('[ENF_DECISION_MISSING] a decision date needs the decision', () => {
    expect(only(check({ decision: undefined }), 'ENF_DECISION_MISSING')[0]).toMatchObject({ field: 'decision' });
  });

  it('[ENF_DECIDED_ON_MISSING] a decision, or a served case, needs the decision date', () => {
    const issues = check({ stages: stages({ decidedOn: undefined, servedOn: undefined }), publicity: undefined });
    expect(only(issues, 'ENF_DECIDED_ON_MISSING')[0]).toMatchObject({ field: 'stages.decidedOn', severity: 'error' });
    const served = check({ decision: undefined, stages: stages({ decidedOn: undefined }), publicity: undefined });
    expect(codesOf(served)).toContain('ENF_DECIDED_ON_MISSING');
  });

  it('[ENF_LEGAL_BASIS_MISSING] a decided case states its legal basis', () => {
    expect(only(check({ legalBasis: '' }), 'ENF_LEGAL_BASIS_MISSING')[0]).toMatchObject({ field: 'legalBasis' });
  });

  it('[ENF_LEGAL_REVIEW_MISSING] a major decided case needs legal review', () => {
    expect(only(check({ major: true }), 'ENF_LEGAL_REVIEW_MISSING')[0]).toMatchObject({ field: 'legalReview', severity: 'error' });
    expect(codesOf(check({ major: true, decision: undefined, stages: stages({ decidedOn: undefined, servedOn: undefined }), publicity: undefined }))).toEqual([]);
  });

  it('[ENF_LEGAL_REVIEW_AFTER_DECISION] the review is dated on or before the decision', () => {
    const discussed = { discussedOn: '2026-09-30', participants: '镇长、分管副镇长', conclusion: '同意罚款伍佰元' };
    const issues = check({ major: true, collectiveDiscussion: discussed, legalReview: { reviewedOn: '2026-10-08', reviewer: '县司法局', opinion: 'approve', firstTime: false } });
    expect(codesOf(issues)).toEqual(['ENF_LEGAL_REVIEW_AFTER_DECISION']);
    expect(check({ major: true, collectiveDiscussion: discussed, legalReview: { reviewedOn: '2026-09-30', reviewer: '县司法局', opinion: 'approve', firstTime: false } })).toEqual([]);
  });

  it('[ENF_LEGAL_REVIEW_NOT_APPROVED] the review must approve', () => {
    const issues = check({ major: true, legalReview: { reviewedOn: '2026-09-28', reviewer: '县司法局', opinion: 'revise' } });
    expect(only(issues, 'ENF_LEGAL_REVIEW_NOT_APPROVED')[0]).toMatchObject({ field: 'legalReview.opinion', severity: 'error' });
    expect(only(issues, 'ENF_LEGAL_REVIEW_NOT_APPROVED')[0]?.message).toContain('修改后再报');
  });

  it('[ENF_DECISION_LATE] a decision after 90 days warns', () => {
    const late = check({ stages: stages({ filedOn: '2026-06-01', investigatedOn: '2026-06-02', notifiedOn: '2026-08-20' }) });
    expect(only(late, 'ENF_DECISION_LATE')[0]).toMatchObject({ severity: 'warning', field: 'stages.decidedOn' });
    expect(only(late, 'ENF_DECISION_LATE')[0]?.message).toContain('2026-08-31');
  });

  it('[ENF_SERVICE_LATE] service after 7 working days warns', () => {
    const issues = check({ stages: stages({ servedOn: '2026-10-16' }), publicity: { publishedOn: '2026-10-15', channel: '公示栏' } });
    expect(codesOf(issues)).toEqual(['ENF_SERVICE_LATE']);
    expect(issues[0]?.message).toContain('2026-10-15');
  });

  it('[ENF_PUBLICITY_LATE] publicity later than 7 working days (National Day skipped) warns', () => {
    expect(codesOf(check({ publicity: { publishedOn: '2026-10-15', channel: '公示栏' } }))).toEqual([]);
    const late = check({ publicity: { publishedOn: '2026-10-16', channel: '公示栏' } });
    expect(only(late, 'ENF_PUBLICITY_LATE')[0]).toMatchObject({ severity: 'warning', field: 'publicity.publishedOn' });
  });

  it('[ENF_PUBLICITY_LATE] other decisions have 20 working days', () => {
    // Decided 2026-09-30: 10-08, 09, 10 (Sat make-up), 12–16, 19–23, 26–30, 11-02, 11-03 → the 20th working day is 11-03.
    const inspection = check({ category: 'inspection', publicity: { publishedOn: '2026-11-03', channel: '公示栏' } });
    expect(codesOf(inspection)).toEqual([]);
    expect(codesOf(check({ category: 'inspection', publicity: { publishedOn: '2026-11-04', channel: '公示栏' } }))).toEqual(['ENF_PUBLICITY_LATE']);
  });

  it('[ENF_PUBLICITY_BEFORE_DECISION] publicity cannot precede the decision', () => {
    expect(codesOf(check({ publicity: { publishedOn: '2026-09-29', channel: '公示栏' } }))).toEqual(['ENF_PUBLICITY_BEFORE_DECISION']);
  });

  it('[ENF_SIMPLE_FINE_LIMIT] on-the-spot fines are capped at 200 (person) and 3000 (organisation)', () => {
    const simple = { procedure: 'simple' as const, stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-01', decidedOn: '2026-09-01', servedOn: '2026-09-01' }, publicity: { publishedOn: '2026-09-02', channel: '公示栏' } };
    const documented = { remedies: decisionDocument.remedies, agencyName: decisionDocument.agencyName, place: '忠仁镇红星村村口' };
    expect(codesOf(check({ ...simple, decision: { outcome: 'penalty', content: '罚款200元', fineAmount: 200, ...documented } }))).toEqual([]);
    const person = check({ ...simple, decision: { outcome: 'penalty', content: '罚款500元', fineAmount: 500, ...documented } });
    expect(only(person, 'ENF_SIMPLE_FINE_LIMIT')[0]).toMatchObject({ field: 'decision.fineAmount', severity: 'error' });
    const organisation = { party: { kind: 'organisation' as const, name: '某农机合作社' }, personal: {} };
    expect(codesOf(check({ ...simple, ...organisation, decision: { outcome: 'penalty', content: '罚款3000元', fineAmount: 3000, ...documented } }))).toEqual([]);
    expect(codesOf(check({ ...simple, ...organisation, decision: { outcome: 'penalty', content: '罚款3001元', fineAmount: 3001, ...documented } }))).toEqual(['ENF_SIMPLE_FINE_LIMIT']);
  });

  it('[ENF_DECIDED_IN_HEARING_WINDOW] deciding within 5 working days of notice warns', () => {
    const issues = check({ stages: stages({ notifiedOn: '2026-09-25', decidedOn: '2026-09-30' }) });
    expect(codesOf(issues)).toEqual(['ENF_DECIDED_IN_HEARING_WINDOW']);
    // After a hearing the decision also needs 法制审核 (art. 58(1)(二)).
    const heard = { stages: stages({ notifiedOn: '2026-09-25', hearingRequestedOn: '2026-09-27', hearingHeldOn: '2026-09-29', decidedOn: '2026-09-30' }) };
    expect(codesOf(check({ ...heard, legalReview: { reviewedOn: '2026-09-29', reviewer: '法制员', opinion: 'approve' } }))).not.toContain('ENF_DECIDED_IN_HEARING_WINDOW');
  });

  it('[ENF_RECORDINGS_MISSING] an ordinary decided case without full-process records warns', () => {
    expect(only(check({ recordings: [] }), 'ENF_RECORDINGS_MISSING')[0]).toMatchObject({ severity: 'warning', field: 'recordings' });
  });

  it('[CREDIT_CODE_INVALID] an organisation party has a valid credit code', () => {
    const issues = check({ party: { kind: 'organisation', name: '某公司', creditCode: '91350100M000100Y44' }, personal: {} });
    expect(codesOf(issues)).toEqual(['CREDIT_CODE_INVALID']);
  });

  it('[FIELD_REQUIRED] [DATE_INVALID] the filing date is required and real', () => {
    expect(only(check({ stages: stages({ filedOn: '' }) }), 'FIELD_REQUIRED')[0]).toMatchObject({ field: 'stages.filedOn' });
    expect(only(check({ stages: stages({ investigatedOn: '2026-09-31' }) }), 'DATE_INVALID')[0]).toMatchObject({ field: 'stages.investigatedOn' });
  });
});
