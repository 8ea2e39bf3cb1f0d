// 行政处罚法 art. 45 (陈述申辩 reviewed, no heavier penalty for arguing) and art. 64(二)(四) (hearing notice
// 7 working days ahead, a host who did not investigate).
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, enforcementDraft, only } from './test-fixtures';

type Overrides = Parameters<typeof enforcementDraft>[0];
const check = (overrides: Overrides) => validateRecord('enforcementCase', enforcementDraft(overrides), context());
const base = enforcementDraft();
const argued = { madeOn: '2026-09-12', form: 'written' as const, summary: '当事人称系初次焚烧，已自行扑灭' };
const reviewed = { ...argued, reviewedOn: '2026-09-25', reviewResult: 'rejected' as const, reviewReason: '现场照片证明焚烧面积较大，不予采纳' };

describe('陈述申辩 (行政处罚法 art. 45)', () => {
  it('[ENF_STATEMENT_NOT_REVIEWED] art. 45(1): a decision after a statement that was never reviewed is refused', () => {
    const issue = only(check({ statement: argued, notice: { proposedFine: 500 } }), 'ENF_STATEMENT_NOT_REVIEWED')[0];
    expect(issue).toMatchObject({ field: 'statement.reviewResult', severity: 'error' });
    expect(issue?.message).toContain('第四十五条');
    expect(issue?.message).toContain('2026-09-12');
    expect(codesOf(check({ statement: reviewed, notice: { proposedFine: 500 } }))).toEqual([]);
    // Before the decision the statement simply waits for its review.
    const undecided = { stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-10' }, decision: undefined, publicity: undefined };
    expect(codesOf(check({ ...undecided, statement: argued }))).not.toContain('ENF_STATEMENT_NOT_REVIEWED');
  });

  it('[ENF_STATEMENT_REVIEW_REASON_MISSING] art. 45(1): a statement not (or partly) adopted says why', () => {
    const issue = only(check({ statement: { ...reviewed, reviewReason: '' }, notice: { proposedFine: 500 } }), 'ENF_STATEMENT_REVIEW_REASON_MISSING')[0];
    expect(issue).toMatchObject({ field: 'statement.reviewReason', severity: 'error' });
    expect(codesOf(check({ statement: { ...reviewed, reviewResult: 'adopted', reviewReason: '' }, notice: { proposedFine: 500 } }))).toEqual([]);
  });

  it('[ENF_STATEMENT_REVIEW_AFTER_DECISION] art. 45: the review comes before the decision', () => {
    const issue = only(check({ statement: { ...reviewed, reviewedOn: '2026-10-02' }, notice: { proposedFine: 500 } }), 'ENF_STATEMENT_REVIEW_AFTER_DECISION')[0];
    expect(issue?.message).toContain('2026-09-30');
  });

  it('[ENF_PENALTY_HEAVIER_AFTER_STATEMENT] art. 45(2): a fine above the one proposed in the 告知 is refused once the party argued', () => {
    const issue = only(check({ statement: reviewed, notice: { proposedFine: 300 } }), 'ENF_PENALTY_HEAVIER_AFTER_STATEMENT')[0];
    expect(issue).toMatchObject({ field: 'decision.fineAmount', severity: 'error' });
    expect(issue?.message).toContain('第四十五条第二款');
    expect(issue?.message).toContain('告知拟罚款300元，决定罚款500元');
    // No statement, no art. 45(2) comparison: the proposal may be revised before any argument.
    expect(codesOf(check({ notice: { proposedFine: 300 } }))).toEqual([]);
  });

  it('[ENF_PROPOSED_PENALTY_MISSING] art. 45(2): after a statement the proposed fine is recorded so the two can be compared', () => {
    expect(only(check({ statement: reviewed }), 'ENF_PROPOSED_PENALTY_MISSING')[0]).toMatchObject({ field: 'notice.proposedFine', severity: 'warning' });
  });
});

describe('听证 (行政处罚法 art. 64)', () => {
  const heard = {
    stages: { ...base.stages, hearingRequestedOn: '2026-09-14', hearingHeldOn: '2026-09-24' },
    legalReview: { reviewedOn: '2026-09-28', reviewer: '县司法局法制审核员', opinion: 'approve' as const, firstTime: false },
  };

  it('[ENF_HEARING_NOTICE_LATE] art. 64(二), 85: notice under 7 working days before the hearing is refused, naming the last day', () => {
    // Held Thursday 09-24: seven working days back (Sunday 09-20 is a make-up working day) is Wednesday 09-16.
    expect(codesOf(check({ ...heard, hearing: { noticeOn: '2026-09-16', place: '镇政府会议室', host: '钱主持' } }))).toEqual([]);
    const issue = only(check({ ...heard, hearing: { noticeOn: '2026-09-17', place: '镇政府会议室', host: '钱主持' } }), 'ENF_HEARING_NOTICE_LATE')[0];
    expect(issue).toMatchObject({ field: 'hearing.noticeOn', severity: 'error' });
    expect(issue?.message).toContain('第六十四条第二项');
    expect(issue?.message).toContain('通知最迟应于2026-09-16发出');
  });

  it('[ENF_HEARING_NOTICE_MISSING] art. 64(二): a hearing held with no notice date recorded warns (older records did not have it)', () => {
    expect(only(check({ ...heard, hearing: { host: '钱主持' } }), 'ENF_HEARING_NOTICE_MISSING')[0]).toMatchObject({ severity: 'warning' });
  });

  it('[ENF_HEARING_HOST_INVESTIGATOR] art. 64(四): an officer of the case cannot host its hearing', () => {
    // 李四 is officer o2, one of the case's two officers.
    const issue = only(check({ ...heard, hearing: { noticeOn: '2026-09-14', host: '李四' } }), 'ENF_HEARING_HOST_INVESTIGATOR')[0];
    expect(issue).toMatchObject({ field: 'hearing.host', severity: 'error' });
    expect(issue?.message).toContain('第六十四条第四项');
    // 王五 is an officer of the township but not of this case.
    expect(codesOf(check({ ...heard, hearing: { noticeOn: '2026-09-14', host: '王五' } }))).toEqual([]);
  });

  it('[ENF_HEARING_HOST_MISSING] art. 64(四): a hearing held names its host', () => {
    expect(only(check({ ...heard, hearing: { noticeOn: '2026-09-14' } }), 'ENF_HEARING_HOST_MISSING')[0]).toMatchObject({ severity: 'warning', field: 'hearing.host' });
  });
});
