// 案卷评查 figures of a set of reviews: how many case files were reviewed (the plan's ≥ 2 a year, counted as the
// dashboard counts it) and how many of them were found 不合格.
import type { CaseReview } from '../schemas/case-review';

/** A review belongs to the township of the case it reviewed (the store stamps it so, decision 026 amended). */
export type ReviewFacts = Pick<CaseReview, 'townshipId' | 'reviewedOn' | 'grade'>;

/** The facts of one review the figures read. */
export const reviewFactsOf = ({ townshipId, reviewedOn, grade }: CaseReview): ReviewFacts => ({ townshipId, reviewedOn, grade });

export interface ReviewFigures {
  reviews: number;
  /** Reviews graded 不合格 (a veto item, or under the pass mark). */
  failed: number;
}

export function reviewFigures(reviews: readonly ReviewFacts[]): ReviewFigures {
  return { reviews: reviews.length, failed: reviews.filter((review) => review.grade === 'fail').length };
}
