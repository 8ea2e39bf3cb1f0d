// The printed 案卷评查评分表 of one review (decision 023): what is on the paper, in order — the case, every veto item
// marked found or not, the form and content points against their maxima, the total and grade, the findings, the
// reviewer and the date. Pure; the renderer lays it out on A4.
import { reviewGradeLabels } from '../labels';
import { contentScoreMaximum, formScoreMaximum, vetoItemCatalogue } from '../rules/case-review-score';
import type { CaseReview } from '../schemas/case-review';

export interface ScoreSheet {
  title: string;
  heading: readonly (readonly [label: string, value: string])[];
  veto: readonly { label: string; found: boolean }[];
  points: readonly { label: string; scope: string; points: number; maximum: number }[];
  total: { points: number; maximum: number; grade: string; note: string };
  findings: string;
  signature: readonly (readonly [label: string, value: string])[];
}

/** YYYY-MM-DD → 2026年12月6日 */
const chineseDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return year && month && day ? `${year}年${month}月${day}日` : date;
};

export function reviewScoreSheet(review: Pick<CaseReview, 'caseNumber' | 'reviewedUnit' | 'reviewedOn' | 'reviewer' | 'vetoItems' | 'formScore' | 'contentScore' | 'totalScore' | 'grade' | 'findings'>): ScoreSheet {
  const vetoed = review.vetoItems.length > 0;
  return {
    title: '行政执法案卷评查评分表',
    heading: [['被评查案件', review.caseNumber], ['被评查单位', review.reviewedUnit]],
    veto: Object.entries(vetoItemCatalogue).map(([code, label]) => ({ label, found: review.vetoItems.includes(code) })),
    points: [
      { label: '案卷形式', scope: '文书规范、一案一卷、目录页码、装订顺序', points: review.formScore, maximum: formScoreMaximum },
      { label: '案卷内容', scope: '按扣分项逐项扣减，不出现负分', points: review.contentScore, maximum: contentScoreMaximum },
    ],
    total: {
      points: review.totalScore,
      maximum: formScoreMaximum + contentScoreMaximum,
      grade: reviewGradeLabels[review.grade],
      note: vetoed ? '存在否决项，判为不合格卷，计0分' : '',
    },
    findings: review.findings || '无',
    signature: [['评查人', review.reviewer], ['评查日期', chineseDate(review.reviewedOn)]],
  };
}
