// The case-review form's shape and its conversion with the record. The form holds the reviewed case
// as a picked option (id, number, party); the record keeps only its id, and the store copies the case
// number from the case itself, so a review can never carry a number that does not match its case.
import type { Draft } from '#shared/domain/draft';
import type { CaseReview } from '#shared/domain/schemas/index';

export interface ReviewedCaseOption {
  id: string;
  caseNumber: string;
  /** The party's name, to tell cases apart in the picker; '' when not known. */
  partyName: string;
}

export interface ReviewFormValues {
  reviewedCase: ReviewedCaseOption | null;
  reviewedUnit: string;
  reviewedOn: string;
  reviewer: string;
  /** Codes from vetoItemCatalogue. */
  vetoItems: string[];
  formScore?: number;
  contentScore?: number;
  findings: string;
}

export function newReviewValues(reviewedUnit: string, today: string): ReviewFormValues {
  return { reviewedCase: null, reviewedUnit, reviewedOn: today, reviewer: '', vetoItems: [], findings: '' };
}

export function reviewValuesOf(record: CaseReview, partyName = ''): ReviewFormValues {
  return {
    reviewedCase: { id: record.enforcementCaseId, caseNumber: record.caseNumber, partyName },
    reviewedUnit: record.reviewedUnit, reviewedOn: record.reviewedOn, reviewer: record.reviewer,
    vetoItems: [...record.vetoItems], formScore: record.formScore, contentScore: record.contentScore, findings: record.findings,
  };
}

export function reviewDraftOf(values: ReviewFormValues): Draft<'caseReview'> {
  return {
    enforcementCaseId: values.reviewedCase?.id ?? '',
    reviewedUnit: values.reviewedUnit.trim(),
    reviewedOn: values.reviewedOn,
    reviewer: values.reviewer.trim(),
    vetoItems: values.vetoItems,
    // Empty boxes go to the rules as "no number", which they refuse naming the section.
    formScore: values.formScore as number,
    contentScore: values.contentScore as number,
    findings: values.findings.trim(),
  };
}

/** Where an issue about the record shows up in the form. */
export function reviewFormFieldOf(recordPath: string): string {
  if (recordPath === 'enforcementCaseId') return 'reviewedCase';
  if (/^vetoItems\.\d+$/.test(recordPath)) return 'vetoItems';
  return recordPath;
}
