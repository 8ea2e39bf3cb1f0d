import { describe, expect, it } from 'vitest';
import { scoreCaseReview, vetoItemCatalogue } from './case-review-score';
import { validateRecord } from '../by-kind/validate';
import { caseReviewDraft, codesOf, context, only } from './test-fixtures';

const check = (overrides: Parameters<typeof caseReviewDraft>[0]) => validateRecord('caseReview', caseReviewDraft(overrides), context());

describe('case review rules and scoring', () => {
  it('a complete review has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('[REVIEW_SCORE_RANGE] form ≤ 20 and content ≤ 80', () => {
    expect(only(check({ formScore: 21, contentScore: -1 }), 'REVIEW_SCORE_RANGE').map((issue) => issue.field)).toEqual(['formScore', 'contentScore']);
  });

  it('[REVIEW_VETO_UNKNOWN] veto items come from the catalogue', () => {
    const issues = check({ vetoItems: ['fewerThanTwoOfficers', 'badLuck'], findings: '仅一名执法人员' });
    expect(codesOf(issues)).toEqual(['REVIEW_VETO_UNKNOWN']);
    expect(issues[0]?.field).toBe('vetoItems.1');
  });

  it('[REVIEW_FINDINGS_MISSING] a vetoed file states the problem', () => {
    expect(codesOf(check({ vetoItems: ['wrongLaw'], findings: '' }))).toEqual(['REVIEW_FINDINGS_MISSING']);
  });

  it('[REVIEW_VETO_ZERO] any veto item gives 0 and 不合格', () => {
    expect(scoreCaseReview({ vetoItems: ['uncertifiedOfficer'], formScore: 20, contentScore: 80 })).toEqual({ totalScore: 0, grade: 'fail' });
  });

  it('[REVIEW_GRADE] grades by total: ≥90 优秀, ≥80 良好, ≥60 合格, else 不合格', () => {
    const grade = (formScore: number, contentScore: number) => scoreCaseReview({ vetoItems: [], formScore, contentScore });
    expect(grade(18, 72)).toEqual({ totalScore: 90, grade: 'excellent' });
    expect(grade(18, 71.5)).toEqual({ totalScore: 89.5, grade: 'good' });
    expect(grade(10, 70)).toEqual({ totalScore: 80, grade: 'good' });
    expect(grade(10, 50)).toEqual({ totalScore: 60, grade: 'pass' });
    expect(grade(10, 49)).toEqual({ totalScore: 59, grade: 'fail' });
  });

  it('[REVIEW_VETO_CATALOGUE] the catalogue holds the nine veto items of the review standard', () => {
    expect(Object.keys(vetoItemCatalogue)).toHaveLength(9);
    expect(Object.values(vetoItemCatalogue)).toContain('执法人员少于两人');
  });
});
