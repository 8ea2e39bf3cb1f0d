// The Chinese names of a case review's fields and coded values: the kind's description (kinds/case-review.ts) and
// its pages read them from here.
import { reviewGradeLabels } from '../labels';
import { vetoItemCatalogue } from '../rules/case-review-score';
import type { FieldLabels, ValueLabels } from './field-labels';

export const reviewFieldLabels: FieldLabels = {
  enforcementCaseId: '被评查的执法案件', reviewedCase: '被评查的执法案件', caseNumber: '案号', reviewedUnit: '被评查单位',
  reviewedOn: '评查日期', reviewer: '评查人', vetoItems: '否决项', 'vetoItems.*': '否决项', formScore: '案卷形式得分',
  contentScore: '案卷内容得分', totalScore: '总分', grade: '评查等级', findings: '评查意见', trashed: '回收站状态',
};

/** Coded values in history, in words: 否决项（第1项）：（空） → 执法主体不合法. */
export const reviewValueLabels: ValueLabels = { 'vetoItems.*': vetoItemCatalogue, grade: reviewGradeLabels };
