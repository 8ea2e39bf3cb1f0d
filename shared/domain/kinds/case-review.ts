// 案卷评查: a review of an enforcement case file as the generic parts of the app see it (description.ts).
import { caseNumberTokens, personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { reviewGradeLabels } from '../labels';
import { validateCaseReview } from '../rules/case-review';
import { vetoItemCatalogue } from '../rules/case-review-score';
import type { CaseReview } from '../schemas/case-review';
import type { FieldLabels, LedgerKindDescription, ValueLabels } from './description';

export const reviewFieldLabels: FieldLabels = {
  enforcementCaseId: '被评查的执法案件', reviewedCase: '被评查的执法案件', caseNumber: '案号', reviewedUnit: '被评查单位',
  reviewedOn: '评查日期', reviewer: '评查人', vetoItems: '否决项', 'vetoItems.*': '否决项', formScore: '案卷形式得分',
  contentScore: '案卷内容得分', totalScore: '总分', grade: '评查等级', findings: '评查意见', trashed: '回收站状态',
};

/** Coded values in history, in words: 否决项（第1项）：（空） → 执法主体不合法. */
export const reviewValueLabels: ValueLabels = { 'vetoItems.*': vetoItemCatalogue, grade: reviewGradeLabels };

export const caseReviewKind = {
  kind: 'caseReview',
  label: '案卷评查',
  path: '/reviews',
  listOrder: 'newestFirst',
  listDate: (record: Pick<CaseReview, 'reviewedOn'>) => record.reviewedOn,
  searchTerms: (record: Pick<CaseReview, 'reviewedUnit' | 'reviewer'>) => [record.reviewedUnit, ...personNameTerms(record.reviewer)],
  searchTokens: (record) => [...caseNumberTokens(record.caseNumber), ...textTokens(record.reviewedUnit), ...personTokens(record.reviewer)],
  title: (record) => `${record.caseNumber} ${record.reviewedUnit}`,
  fields: { labels: reviewFieldLabels, values: reviewValueLabels },
  validate: validateCaseReview,
} satisfies LedgerKindDescription<'caseReview'>;
