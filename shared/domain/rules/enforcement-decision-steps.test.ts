// 行政处罚法 art. 56 (先行登记保存), 57(2) (集体讨论), 58(2) (reviewer qualification), 59 and 52 (决定书 contents),
// 48(2) (publicity withdrawn), and closing only once executed or with a reason (arts. 66, 67, 72).
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, enforcementDraft, only } from './test-fixtures';

type Overrides = Parameters<typeof enforcementDraft>[0];
const check = (overrides: Overrides) => validateRecord('enforcementCase', enforcementDraft(overrides), context());
const base = enforcementDraft();
const review = { reviewedOn: '2026-09-28', reviewer: '刘审核', opinion: 'approve' as const, firstTime: false };
const discussed = { discussedOn: '2026-09-29', participants: '镇长、分管副镇长、综合执法办主任', conclusion: '同意罚款伍佰元' };

describe('决定前的程序 (行政处罚法 arts. 56–58)', () => {
  it('[ENF_PRESERVATION_LATE] arts. 56, 85: evidence registered and preserved is handled within 7 working days', () => {
    // Registered Thursday 09-03: the 7th working day after is Monday 09-14.
    expect(codesOf(check({ evidencePreservation: { registeredOn: '2026-09-03', handledOn: '2026-09-14' } }))).toEqual([]);
    const late = only(check({ evidencePreservation: { registeredOn: '2026-09-03', handledOn: '2026-09-15' } }), 'ENF_PRESERVATION_LATE')[0];
    expect(late).toMatchObject({ field: 'evidencePreservation.handledOn', severity: 'warning' });
    expect(late?.message).toContain('第五十六条');
    expect(late?.message).toContain('期限至2026-09-14');
    expect(only(check({ evidencePreservation: { registeredOn: '2026-09-03' } }), 'ENF_PRESERVATION_LATE')[0]?.message).toContain('尚未填写处理决定日期');
  });

  it('[ENF_COLLECTIVE_DISCUSSION_MISSING] art. 57(2): a penalty on a major case without the heads\' collective discussion is refused', () => {
    const issue = only(check({ major: true, legalReview: review }), 'ENF_COLLECTIVE_DISCUSSION_MISSING')[0];
    expect(issue).toMatchObject({ field: 'collectiveDiscussion', severity: 'error' });
    expect(issue?.message).toContain('第五十七条第二款');
    expect(codesOf(check({ major: true, legalReview: review, collectiveDiscussion: discussed }))).toEqual([]);
    // Not a penalty (不予处罚) or not major: no discussion owed by art. 57(2).
    expect(codesOf(check({ major: true, legalReview: review, decision: { outcome: 'noPenalty', content: '不予处罚' } }))).not.toContain('ENF_COLLECTIVE_DISCUSSION_MISSING');
    expect(codesOf(check({}))).not.toContain('ENF_COLLECTIVE_DISCUSSION_MISSING');
  });

  it('[ENF_COLLECTIVE_DISCUSSION_AFTER_DECISION] art. 57(2): the discussion comes before the decision', () => {
    const issue = only(check({ major: true, legalReview: review, collectiveDiscussion: { ...discussed, discussedOn: '2026-10-02' } }), 'ENF_COLLECTIVE_DISCUSSION_AFTER_DECISION')[0];
    expect(issue).toMatchObject({ field: 'collectiveDiscussion.discussedOn', severity: 'error' });
  });

  it('[ENF_REVIEWER_UNQUALIFIED] art. 58(2): a first-time 法制审核 reviewer without the legal-profession qualification is refused', () => {
    const issue = only(check({ legalReview: { ...review, firstTime: true } }), 'ENF_REVIEWER_UNQUALIFIED')[0];
    expect(issue).toMatchObject({ field: 'legalReview.legalProfessionQualified', severity: 'error' });
    expect(issue?.message).toContain('第五十八条第二款');
    expect(codesOf(check({ legalReview: { ...review, firstTime: true, legalProfessionQualified: true } }))).toEqual([]);
  });

  it('[ENF_REVIEWER_QUALIFICATION_UNKNOWN] art. 58(2): a review that does not say whether the reviewer is new to it warns', () => {
    const { firstTime: _omitted, ...unsaid } = review;
    expect(only(check({ legalReview: unsaid }), 'ENF_REVIEWER_QUALIFICATION_UNKNOWN')[0]).toMatchObject({ severity: 'warning', field: 'legalReview.firstTime' });
  });
});

describe('决定书 (行政处罚法 art. 59)', () => {
  it('[ENF_DECISION_DOCUMENT_INCOMPLETE] art. 59: one warning per item a penalty decision does not state, each naming it', () => {
    const bare = { outcome: 'penalty' as const, content: '罚款伍佰元', fineAmount: 500 };
    const issues = only(check({ decision: bare }), 'ENF_DECISION_DOCUMENT_INCOMPLETE');
    expect(issues.map((issue) => issue.field)).toEqual(['decision.performance', 'decision.remedies', 'decision.agencyName', 'decision.sealedOn']);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(issues[1]?.message).toContain('申请行政复议、提起行政诉讼的途径和期限');
    expect(issues[1]?.message).toContain('第五十九条');
    expect(codesOf(check({}))).not.toContain('ENF_DECISION_DOCUMENT_INCOMPLETE');
  });

  it('[ENF_DECISION_DOCUMENT_INCOMPLETE] art. 52: an on-the-spot decision states the remedies, the agency and the place', () => {
    const simple = {
      procedure: 'simple' as const, stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-01', decidedOn: '2026-09-01', servedOn: '2026-09-01' },
      publicity: { publishedOn: '2026-09-02', channel: '公示栏' }, decision: { outcome: 'penalty' as const, content: '罚款100元', fineAmount: 100 },
    };
    const issues = only(check(simple), 'ENF_DECISION_DOCUMENT_INCOMPLETE');
    expect(issues.map((issue) => issue.field)).toEqual(['decision.remedies', 'decision.agencyName', 'decision.place']);
    expect(issues[0]?.message).toContain('第五十二条');
    expect(issues[2]?.message).toBe('行政处罚决定书应当载明“作出处罚的地点”（行政处罚法第五十二条），请按决定书填写');
    const placed = check({ ...simple, decision: { ...simple.decision, remedies: '六十日内申请行政复议', agencyName: '忠仁镇人民政府', place: '忠仁镇红星村村口' } });
    expect(codesOf(placed)).not.toContain('ENF_DECISION_DOCUMENT_INCOMPLETE');
    // An ordinary-procedure decision names no place: art. 59 does not ask for one.
    expect(only(check({ decision: { outcome: 'penalty', content: '罚款伍佰元', fineAmount: 500 } }), 'ENF_DECISION_DOCUMENT_INCOMPLETE')
      .map((issue) => issue.field)).not.toContain('decision.place');
  });
});

describe('新日期的先后 (ENF_STAGE_ORDER)', () => {
  it('[ENF_STAGE_ORDER] 处理决定 not before 先行登记保存, 盖章 not before 决定, 撤回公示 not before the change', () => {
    const fields = (overrides: Overrides) => only(check(overrides), 'ENF_STAGE_ORDER').map((issue) => issue.field);
    expect(fields({ evidencePreservation: { registeredOn: '2026-09-03', handledOn: '2026-09-02' } })).toEqual(['evidencePreservation.handledOn']);
    expect(fields({ decision: { ...base.decision!, sealedOn: '2026-09-29' } })).toEqual(['decision.sealedOn']);
    const publicity = { publishedOn: '2026-10-15', channel: '公示栏', changedOn: '2026-11-05', changeKind: 'revoked' as const, withdrawnOn: '2026-11-04' };
    expect(fields({ publicity })).toEqual(['publicity.withdrawnOn']);
  });
});

describe('公示撤回与结案 (行政处罚法 arts. 48, 66, 67)', () => {
  const published = { publishedOn: '2026-10-15', channel: '公示栏', changedOn: '2026-11-05', changeKind: 'revoked' as const };

  it('[ENF_PUBLICITY_WITHDRAWN_LATE] art. 48(2), 85: a revoked decision\'s publicity withdrawn after 3 working days warns', () => {
    expect(codesOf(check({ publicity: { ...published, withdrawnOn: '2026-11-10' } }))).toEqual([]);
    const issue = only(check({ publicity: { ...published, withdrawnOn: '2026-11-11' } }), 'ENF_PUBLICITY_WITHDRAWN_LATE')[0];
    expect(issue).toMatchObject({ field: 'publicity.withdrawnOn', severity: 'warning' });
    expect(issue?.message).toContain('第四十八条第二款');
    expect(issue?.message).toContain('被依法撤销');
  });

  it('[ENF_PUBLICITY_NOT_WITHDRAWN] art. 48(2): still published 3 working days after the revocation warns', () => {
    expect(only(check({ publicity: published }), 'ENF_PUBLICITY_NOT_WITHDRAWN')[0]?.message).toContain('期限至2026-11-10');
  });

  it('[ENF_CLOSED_WITHOUT_EXECUTION] arts. 66, 67, 72: a penalty closes once executed, or with a recorded reason', () => {
    const closed = { ...base.stages, closedOn: '2026-11-20' };
    const issue = only(check({ stages: closed }), 'ENF_CLOSED_WITHOUT_EXECUTION')[0];
    expect(issue).toMatchObject({ field: 'closing.reason', severity: 'error' });
    expect(issue?.message).toContain('第六十七条');
    expect(codesOf(check({ stages: { ...closed, executedOn: '2026-10-20' } }))).toEqual([]);
    expect(codesOf(check({ stages: closed, closing: { reason: 'courtEnforcement', note: '已于2026-11-18申请县法院强制执行' } }))).toEqual([]);
    expect(codesOf(check({ stages: closed, closing: { reason: 'other' } }))).toEqual(['FIELD_REQUIRED']);
    // 不予处罚 leaves nothing to execute.
    expect(codesOf(check({ stages: closed, decision: { outcome: 'noPenalty', content: '违法行为轻微，不予处罚' } }))).not.toContain('ENF_CLOSED_WITHOUT_EXECUTION');
  });
});
