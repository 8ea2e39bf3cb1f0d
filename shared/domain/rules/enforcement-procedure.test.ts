// 行政处罚法 procedure rules: 告知 before a penalty (arts. 44, 52, 62), the hearing (arts. 64, 65),
// 法制审核 by hearing and by amount (art. 58), service before closing (art. 61).
import { describe, expect, it } from 'vitest';
import { defaultEnforcementThresholds } from '../reference/thresholds';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, decisionDocument, enforcementDraft, only } from './test-fixtures';

type Overrides = Parameters<typeof enforcementDraft>[0];
const check = (overrides: Overrides, ctx = context()) => validateRecord('enforcementCase', enforcementDraft(overrides), ctx);
const stages = (extra: Record<string, string | undefined>) => ({ ...enforcementDraft().stages, ...extra });
const approved = { reviewedOn: '2026-09-28', reviewer: '县司法局法制审核员', opinion: 'approve' as const, firstTime: false };
const noticedHearing = { noticeOn: '2026-09-14', place: '镇政府会议室', host: '钱主持' };

describe('enforcement procedure (行政处罚法)', () => {
  it('[ENF_NOTICE_MISSING] art. 62: an ordinary penalty decided without 告知 is refused, naming arts. 44 and 62', () => {
    const issue = only(check({ stages: stages({ notifiedOn: undefined }) }), 'ENF_NOTICE_MISSING')[0];
    expect(issue).toMatchObject({ field: 'stages.notifiedOn', severity: 'error' });
    expect(issue?.message).toContain('第六十二条');
    expect(issue?.message).toContain('不得作出行政处罚决定');
  });

  it('[ENF_NOTICE_MISSING] art. 52: an on-the-spot penalty needs its on-the-spot 告知, which may be the same day', () => {
    const simple = { procedure: 'simple' as const, decision: { outcome: 'penalty' as const, content: '罚款100元', fineAmount: 100 } };
    const missing = only(check({ ...simple, stages: { filedOn: '2026-09-01', decidedOn: '2026-09-01', servedOn: '2026-09-01' } }), 'ENF_NOTICE_MISSING')[0];
    expect(missing?.message).toContain('第五十二条');
    expect(codesOf(check({ ...simple, stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-01', decidedOn: '2026-09-01', servedOn: '2026-09-01' } })))
      .not.toContain('ENF_NOTICE_MISSING');
  });

  it('[ENF_NOTICE_MISSING] no 告知 of a penalty is owed when none is decided (不予处罚, 移送) or before the decision', () => {
    expect(codesOf(check({ stages: stages({ notifiedOn: undefined }), decision: { outcome: 'noPenalty', content: '违法行为轻微并及时改正，不予处罚' } })))
      .not.toContain('ENF_NOTICE_MISSING');
    expect(codesOf(check({ stages: { filedOn: '2026-09-01' }, decision: undefined, publicity: undefined }))).not.toContain('ENF_NOTICE_MISSING');
    expect(codesOf(check({ category: 'inspection', stages: stages({ notifiedOn: undefined }), decision: { outcome: 'penalty', content: '责令改正' } })))
      .not.toContain('ENF_NOTICE_MISSING');
  });

  it('[ENF_HEARING_NOT_HELD] arts. 62, 65: a hearing requested and never held blocks the decision', () => {
    const requested = stages({ notifiedOn: '2026-09-10', hearingRequestedOn: '2026-09-14' });
    const issue = only(check({ stages: requested }), 'ENF_HEARING_NOT_HELD')[0];
    expect(issue).toMatchObject({ field: 'stages.hearingHeldOn', severity: 'error' });
    expect(issue?.message).toContain('第六十五条');
    // Before any decision the request simply waits for its hearing.
    expect(codesOf(check({ stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-10', hearingRequestedOn: '2026-09-14' }, decision: undefined, publicity: undefined })))
      .not.toContain('ENF_HEARING_NOT_HELD');
    const held = check({ stages: stages({ notifiedOn: '2026-09-10', hearingRequestedOn: '2026-09-14', hearingHeldOn: '2026-09-24' }), hearing: noticedHearing, legalReview: approved });
    expect(codesOf(held)).toEqual([]);
  });

  it('[ENF_HEARING_REQUEST_LATE] art. 64(一): a request after the 5 working days warns with the last day', () => {
    // 告知 Thursday 2026-09-10: the 5 working days run to Thursday 09-17.
    const late = only(check({ stages: stages({ hearingRequestedOn: '2026-09-18', hearingHeldOn: '2026-09-24' }), legalReview: approved }), 'ENF_HEARING_REQUEST_LATE');
    expect(late[0]).toMatchObject({ severity: 'warning', field: 'stages.hearingRequestedOn' });
    expect(late[0]?.message).toContain('至2026-09-17');
    expect(codesOf(check({ stages: stages({ hearingRequestedOn: '2026-09-17', hearingHeldOn: '2026-09-24' }), legalReview: approved }))).not.toContain('ENF_HEARING_REQUEST_LATE');
  });

  it('[ENF_LEGAL_REVIEW_MISSING] art. 58(一)(二): a decision after a hearing needs 法制审核 even when not marked 重大', () => {
    const issue = only(check({ stages: stages({ hearingRequestedOn: '2026-09-14', hearingHeldOn: '2026-09-24' }) }), 'ENF_LEGAL_REVIEW_MISSING')[0];
    expect(issue).toMatchObject({ field: 'legalReview', severity: 'error' });
    expect(issue?.message).toContain('举行听证');
    expect(issue?.message).toContain('第五十八条');
  });

  it('[ENF_LEGAL_REVIEW_MISSING] art. 58(四): a fine at the county amount needs 法制审核 (person 10,000, organisation 100,000 by default)', () => {
    const fine = (amount: number) => ({ outcome: 'penalty' as const, content: `罚款${amount}元`, fineAmount: amount, ...decisionDocument });
    const person = only(check({ decision: fine(100_000) }), 'ENF_LEGAL_REVIEW_MISSING')[0];
    expect(person?.message).toContain('罚款100000元');
    expect(person?.message).toContain('10000元');
    expect(codesOf(check({ decision: fine(9_999) }))).not.toContain('ENF_LEGAL_REVIEW_MISSING');
    expect(codesOf(check({ decision: fine(10_000) }))).toContain('ENF_LEGAL_REVIEW_MISSING');
    expect(codesOf(check({ decision: fine(10_000), legalReview: approved }))).toEqual([]);
    const organisation = { party: { kind: 'organisation' as const, name: '某农机合作社' }, personal: {} };
    expect(codesOf(check({ ...organisation, decision: fine(99_999) }))).not.toContain('ENF_LEGAL_REVIEW_MISSING');
    expect(codesOf(check({ ...organisation, decision: fine(100_000) }))).toContain('ENF_LEGAL_REVIEW_MISSING');
    // The county's own amount replaces the default.
    const stricter = context({ thresholds: { ...defaultEnforcementThresholds, legalReviewFine: { person: 5_000, organisation: 50_000 } } });
    expect(codesOf(check({ decision: fine(5_000) }, stricter))).toContain('ENF_LEGAL_REVIEW_MISSING');
  });

  it('[ENF_LEGAL_REVIEW_AFTER_DECISION] a review required by amount must also precede the decision', () => {
    const issues = check({ decision: { outcome: 'penalty', content: '罚款二万元', fineAmount: 20_000 }, legalReview: { ...approved, reviewedOn: '2026-10-01' } });
    expect(only(issues, 'ENF_LEGAL_REVIEW_AFTER_DECISION')[0]?.message).toContain('达到本县须法制审核的数额');
  });

  it('[ENF_CLOSED_WITHOUT_SERVICE] art. 61: a decided case is closed only after its decision was served', () => {
    const issue = only(check({ stages: stages({ servedOn: undefined, closedOn: '2026-10-20' }) }), 'ENF_CLOSED_WITHOUT_SERVICE')[0];
    expect(issue).toMatchObject({ field: 'stages.servedOn', severity: 'error' });
    expect(issue?.message).toContain('第六十一条');
    expect(codesOf(check({ stages: stages({ executedOn: '2026-10-12', closedOn: '2026-10-20' }) }))).toEqual([]);
  });
});
