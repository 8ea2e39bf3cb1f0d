// 案卷评查: a review of an enforcement case file as the generic parts of the app see it (description.ts).
import { caseNumberTokens, personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { validateCaseReview } from '../rules/case-review';
import type { CaseReview } from '../schemas/case-review';
import type { LedgerKindDescription } from './description';
import { reviewFactsOf } from '../statistics/review-statistics';
import { statisticsSource } from '../statistics/statistics-source';
import { reviewFieldLabels, reviewValueLabels } from '../fields/case-review';

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
  statistics: statisticsSource('reviews', reviewFactsOf),
} satisfies LedgerKindDescription<'caseReview'>;
