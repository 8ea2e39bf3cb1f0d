// The form's side of the procedure blocks added in schema version 1 (告知的拟处罚, 陈述申辩, 听证通知, 集体讨论,
// 先行登记保存, 结案理由) and the 法制审核 reviewer's qualification: empty texts in the form, and in the draft only
// the blocks something was filled in, so a half-filled block reaches the rules, which name what is missing.
import type { ClosingReason, EnforcementCase, StatementReviewResult } from '#shared/domain/schemas/enforcement-case';

type Statement = NonNullable<EnforcementCase['statement']>;
type LegalReview = NonNullable<EnforcementCase['legalReview']>;

/** The reviewer's standing under 行政处罚法 art. 58(2), one choice instead of two yes/no fields. */
export const reviewerQualificationLabels = {
  experienced: '非初次从事法制审核',
  firstQualified: '初次从事，已取得法律职业资格',
  firstUnqualified: '初次从事，未取得法律职业资格',
} as const;
export type ReviewerQualification = keyof typeof reviewerQualificationLabels;

export interface ProcedureValues {
  notice: { proposedContent: string; proposedFine?: number };
  statement: { madeOn: string; form?: Statement['form']; summary: string; reviewedOn: string; reviewResult?: StatementReviewResult; reviewReason: string };
  hearing: { noticeOn: string; place: string; host: string };
  collectiveDiscussion: { discussedOn: string; participants: string; conclusion: string };
  evidencePreservation: { registeredOn: string; items: string; handledOn: string };
  closing: { reason?: ClosingReason; note: string };
}

export const emptyProcedureValues = (): ProcedureValues => ({
  notice: { proposedContent: '' },
  statement: { madeOn: '', summary: '', reviewedOn: '', reviewReason: '' },
  hearing: { noticeOn: '', place: '', host: '' },
  collectiveDiscussion: { discussedOn: '', participants: '', conclusion: '' },
  evidencePreservation: { registeredOn: '', items: '', handledOn: '' },
  closing: { note: '' },
});

export function procedureValuesOf(record: EnforcementCase): ProcedureValues {
  const empty = emptyProcedureValues();
  return {
    notice: { ...empty.notice, ...record.notice },
    statement: { ...empty.statement, ...record.statement },
    hearing: { ...empty.hearing, ...record.hearing },
    collectiveDiscussion: { ...empty.collectiveDiscussion, ...record.collectiveDiscussion },
    evidencePreservation: { ...empty.evidencePreservation, ...record.evidencePreservation },
    closing: { ...empty.closing, ...record.closing },
  };
}

/** Trims texts and drops empty ones and undefined values, so optional fields are absent rather than ''. */
export function compact<T extends object>(value: T): Partial<T> {
  const entries = Object.entries(value).map(([key, v]) => [key, typeof v === 'string' ? v.trim() : v] as const);
  return Object.fromEntries(entries.filter(([, v]) => v !== '' && v !== undefined && v !== null)) as Partial<T>;
}

const filled = (value: object): boolean => Object.keys(value).length > 0;

/** Each block that has something in it, compacted; blocks left empty are absent from the draft. */
export function procedureDraftOf(values: ProcedureValues): Partial<Pick<EnforcementCase, keyof ProcedureValues>> {
  const blocks = {
    notice: compact(values.notice),
    statement: compact(values.statement),
    hearing: compact(values.hearing),
    collectiveDiscussion: compact(values.collectiveDiscussion),
    evidencePreservation: compact(values.evidencePreservation),
    closing: compact(values.closing),
  };
  return Object.fromEntries(Object.entries(blocks).filter(([, block]) => filled(block)));
}

export function reviewerQualificationOf(review: Pick<LegalReview, 'firstTime' | 'legalProfessionQualified'> | undefined): ReviewerQualification | undefined {
  if (review?.firstTime === undefined) return undefined;
  if (!review.firstTime) return 'experienced';
  return review.legalProfessionQualified ? 'firstQualified' : 'firstUnqualified';
}

export function reviewerQualificationFields(choice: ReviewerQualification | undefined): Pick<LegalReview, 'firstTime' | 'legalProfessionQualified'> {
  if (choice === undefined) return {};
  if (choice === 'experienced') return { firstTime: false };
  return { firstTime: true, legalProfessionQualified: choice === 'firstQualified' };
}
