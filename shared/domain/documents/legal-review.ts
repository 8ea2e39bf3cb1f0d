// 法制审核意见书 (行政处罚法 art. 58: before a major decision the agency's legal reviewers examine it; the fields of
// the form [W20] in docs/domain.md: the opinion 同意 / 不同意 / 修改后再报, the reviewer, the date): the case, the
// party, the matter and the decision proposed, the opinion with its explanation, signed by the reviewer. Made once the
// case records its 法制审核.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import { legalReviewOpinionLabels } from '../labels';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { agencyNameOf, type EnforcementSource } from './enforcement-parts';
import { dateText } from './format';
import { MissingList } from './missing';

type ReviewSource = EnforcementSource & Pick<EnforcementCase, 'caseNumber' | 'legalReview'>;

function fill(record: ReviewSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const review = record.legalReview;
  const matter = missing.text(record.matter, 'matter');
  // What is reviewed is the decision about to be made: the decision's content once typed, else the penalty proposed at 告知.
  const proposed = record.decision?.content?.trim() || record.notice?.proposedContent?.trim() || missing.text(undefined, 'decision.content');
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  if (!review?.opinion) missing.lacks('legalReview.opinion');
  const reviewer = missing.text(review?.reviewer, 'legalReview.reviewer');
  const reviewedOn = missing.text(review?.reviewedOn, 'legalReview.reviewedOn');
  const note = review?.note?.trim();
  return {
    missing: missing.items,
    fields: {
      agencyName: agencyNameOf(record, context),
      caseNumber: record.caseNumber,
      partyName: record.party.name,
      matter,
      proposed,
      legalBasis,
      opinion: review?.opinion ? legalReviewOpinionLabels[review.opinion] : '',
      notes: note ? [{ line: note }] : [],
      reviewer,
      reviewedOn: reviewedOn ? dateText(reviewedOn) : '',
    },
  };
}

export const legalReviewDocument: DocumentDescription<ReviewSource> = {
  id: 'legal-review',
  title: '法制审核意见书',
  template: 'legal-review.docx',
  fill,
};
